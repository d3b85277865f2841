package org.putright.residents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Staff pages for resident records: search, a resident's record (household, history, audit trail, links to their
 * adjustments, representatives, restrictions and subject access), correcting contact details, the CSV import with its
 * dry run, and probable duplicates with their merge. Work without JavaScript.
 */
@Controller
class ResidentPages {

    private static final Set<String> MANAGE = Set.of("ROLE_ADMIN", "ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER");
    private static final Set<String> EDIT = Set.of("ROLE_ADMIN", "ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_INVESTIGATING_OFFICER");
    private static final String PAGE_MANAGE = "hasAnyRole('ADMIN','COMPLAINTS_OFFICER','MANAGER')";
    private static final String PAGE_EDIT = "hasAnyRole('ADMIN','COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER')";

    private final ResidentDirectory directory;
    private final ResidentHistory history;
    private final ResidentImport imports;
    private final ResidentDuplicates duplicates;
    private final ResidentMerges merges;
    private final Actors actors;

    ResidentPages(ResidentDirectory directory, ResidentHistory history, ResidentImport imports, ResidentDuplicates duplicates,
            ResidentMerges merges, Actors actors) {
        this.directory = directory;
        this.history = history;
        this.imports = imports;
        this.duplicates = duplicates;
        this.merges = merges;
        this.actors = actors;
    }

    /** One entry of the audit trail as the page shows it. */
    public record TrailLine(java.time.Instant at, String actor, String what, List<String> details) {
    }

    @ModelAttribute("rw")
    ResidentWords words() {
        return new ResidentWords();
    }

    // ------------------------------------------------------------ search

    @GetMapping("/residents")
    String search(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("results", text.isEmpty() ? List.of() : directory.search(text));
        model.addAttribute("limit", ResidentDirectory.SEARCH_LIMIT);
        model.addAttribute("canManage", has(MANAGE));
        return "residents/search";
    }

    // ------------------------------------------------------------ a resident's record

    @GetMapping("/residents/{id}")
    String record(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ResidentDirectory.ResidentFile file;
        try {
            file = directory.file(id);
        }
        catch (NotFoundException e) {
            return notFound(model, response);
        }
        model.addAttribute("file", file);
        model.addAttribute("r", file.resident());
        model.addAttribute("history", file.resident().mergedInto() == null ? history.of(id, null) : List.of());
        model.addAttribute("trail", directory.trail(id).reversed().stream().map(ResidentPages::line).toList());
        model.addAttribute("canEdit", has(EDIT) && file.resident().mergedInto() == null && file.resident().anonymisedOn() == null);
        return "residents/record";
    }

    static TrailLine line(ResidentLog.Entry e) {
        List<String> details = new ArrayList<>();
        JsonNode d = e.details();
        ResidentWords words = new ResidentWords();
        if (d != null && d.isObject()) {
            for (Map.Entry<String, JsonNode> property : d.properties()) {
                String key = property.getKey();
                JsonNode value = property.getValue();
                if ("changes".equals(key) && value.isArray()) {
                    for (JsonNode change : value) {
                        details.add(words.field(text(change.get("field"))) + ": " + orNothing(text(change.get("from"))) + " → "
                                + orNothing(text(change.get("to"))));
                    }
                }
                else if (!value.isNull()) {
                    details.add(words.event(key) + ": " + flat(value));
                }
            }
        }
        return new TrailLine(e.occurredAt(), e.actor(), words.event(e.type()), details);
    }

    private static String flat(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(flat(v)));
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : value.properties()) {
                parts.add(p.getKey() + " " + flat(p.getValue()));
            }
            return String.join(", ", parts);
        }
        return value.asString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String orNothing(String text) {
        return text == null ? "(nothing)" : text;
    }

    // ------------------------------------------------------------ correcting contact details

    @GetMapping("/residents/{id}/contact")
    @PreAuthorize(PAGE_EDIT)
    String contactForm(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ResidentRecord r;
        try {
            r = directory.file(id).resident();
        }
        catch (NotFoundException e) {
            return notFound(model, response);
        }
        PostalAddress a = r.address() == null ? new PostalAddress(null, null, null, null) : r.address();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", r.email());
        form.put("phone", r.phone());
        form.put("preferredContact", r.preferredContact() == null ? null : r.preferredContact().name());
        form.put("line1", a.line1());
        form.put("line2", a.line2());
        form.put("town", a.town());
        form.put("postcode", a.postcode());
        return contactPage(model, r, form, new LinkedHashMap<>());
    }

    private String contactPage(Model model, ResidentRecord r, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("contacts", ResidentRecord.PreferredContact.values());
        return "residents/contact";
    }

    @PostMapping("/residents/{id}/contact")
    @PreAuthorize(PAGE_EDIT)
    String correctContact(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ResidentRecord r;
        try {
            r = directory.file(id).resident();
        }
        catch (NotFoundException e) {
            return notFound(model, response);
        }
        ResidentDirectory.ContactDetails details = new ResidentDirectory.ContactDetails(form.get("email"), form.get("phone"),
                form.get("preferredContact"), form.get("line1"), form.get("line2"), form.get("town"), form.get("postcode"));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ResidentValidation.Problem p : ResidentDirectory.check(details)) {
            errors.putIfAbsent(fieldId(p.field()), message(p));
        }
        if (errors.isEmpty()) {
            try {
                List<FieldChange> changes = directory.correctContact(id, details, actors.current());
                redirect.addFlashAttribute("success", changes.isEmpty() ? "Nothing was changed" : "Contact details updated");
                return "redirect:/residents/" + id;
            }
            catch (InvalidRequestException e) {
                errors.put(fieldId(e.field()), e.getMessage());
            }
            catch (ConflictException e) {
                errors.put("email", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return contactPage(model, r, form, errors);
    }

    /** The page's input id for a validated field. */
    private static String fieldId(String field) {
        return switch (field) {
            case "address.line1" -> "line1";
            case "address.line2" -> "line2";
            case "address.town" -> "town";
            case "address.postcode" -> "postcode";
            case "preferredContact" -> "preferredContact";
            default -> field;
        };
    }

    /** Validation messages that start lower-case ("must be ...") get the field's name in front, as the error summary needs. */
    private static String message(ResidentValidation.Problem p) {
        String m = p.message();
        return Character.isLowerCase(m.charAt(0)) ? new ResidentWords().field(p.field()) + " " + m : m;
    }

    // ------------------------------------------------------------ CSV import

    @GetMapping("/residents/import")
    @PreAuthorize(PAGE_MANAGE)
    String importForm(Model model) {
        return importPage(model, new LinkedHashMap<>(), null, null, null);
    }

    private String importPage(Model model, Map<String, String> errors, ResidentImport.Report report, UUID stagedId, String fileName) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("stagedId", stagedId);
        model.addAttribute("fileName", fileName);
        model.addAttribute("columns", ResidentImport.COLUMNS);
        return "residents/import";
    }

    @PostMapping("/residents/import")
    @PreAuthorize(PAGE_MANAGE)
    String checkImport(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String content = null;
        if (file == null || file.isEmpty()) {
            errors.put("file", "Select a CSV file exported from the housing management system");
        }
        else if (file.getSize() > ResidentImport.MAX_CHARACTERS) {
            errors.put("file", "The file must be smaller than 10 MB: split it into smaller files");
        }
        else {
            try {
                content = decode(file.getBytes());
            }
            catch (IOException e) {
                errors.put("file", "The file could not be read: try uploading it again");
            }
            if (content != null && content.indexOf('\0') >= 0) {
                errors.put("file", "The file must be a CSV file: save the spreadsheet as CSV and upload that");
                content = null;
            }
        }
        if (content != null) {
            ResidentImport.Report report = imports.dryRun(content);
            if (report.rowsRead() == 0 && !report.errors().isEmpty()) {
                // the file as a whole cannot be used (no header, wrong columns): the error summary says why
                errors.put("file", fileProblem(report));
            }
            else {
                UUID staged = report.hasChanges() ? imports.stage(file.getOriginalFilename(), content, actors.current()) : null;
                return importPage(model, errors, report, staged, file.getOriginalFilename());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return importPage(model, errors, null, null, null);
    }

    private static String fileProblem(ResidentImport.Report report) {
        List<String> parts = new ArrayList<>();
        for (ResidentImport.LineError e : report.errors()) {
            parts.add(e.column() == null ? e.message() : "\"" + e.column() + "\" " + e.message());
        }
        return "The file cannot be imported: " + String.join("; ", parts);
    }

    @PostMapping("/residents/import/{stagedId}/apply")
    @PreAuthorize(PAGE_MANAGE)
    String applyImport(@PathVariable UUID stagedId, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            String fileName = imports.staged(stagedId).map(ResidentImport.Staged::fileName).orElse(null);
            ResidentImport.Report report = imports.applyStaged(stagedId, actors.current());
            return importPage(model, errors, report, null, fileName);
        }
        catch (NotFoundException | ConflictException e) {
            errors.put("file", e.getMessage());
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        return importPage(model, errors, null, null, null);
    }

    /** UTF-8 as exports should be; a spreadsheet's Windows-1252 export otherwise (the pound sign, accented names). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    // ------------------------------------------------------------ duplicates and merging

    @GetMapping("/residents/duplicates")
    String duplicatesPage(Model model) {
        model.addAttribute("duplicates", duplicates.find());
        model.addAttribute("canManage", has(MANAGE));
        return "residents/duplicates";
    }

    @GetMapping("/residents/{id}/merge")
    @PreAuthorize(PAGE_MANAGE)
    String mergeForm(@PathVariable UUID id, @RequestParam(required = false) UUID into, Model model, HttpServletResponse response) {
        return mergePage(id, into, "", new LinkedHashMap<>(), model, response);
    }

    private String mergePage(UUID id, UUID into, String reason, Map<String, String> errors, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("merged", directory.file(id));
            model.addAttribute("survivor", into == null ? null : directory.file(into));
        }
        catch (NotFoundException e) {
            return notFound(model, response);
        }
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "residents/merge";
    }

    @PostMapping("/residents/{id}/merge")
    @PreAuthorize(PAGE_MANAGE)
    String merge(@PathVariable UUID id, @RequestParam(required = false) UUID into, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            merges.merge(id, into, reason, actors.current());
            redirect.addFlashAttribute("success", "The records were merged: this record now holds both");
            return "redirect:/residents/" + into;
        }
        catch (InvalidRequestException e) {
            errors.put("reason".equals(e.field()) ? "reason" : "into", e.getMessage());
        }
        catch (ConflictException e) {
            errors.put("into", e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return mergePage(id, into, reason == null ? "" : reason, errors, model, response);
    }

    // ------------------------------------------------------------ plumbing

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "residents/record-not-found";
    }

    private static boolean has(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Iterator<? extends GrantedAuthority> it = authentication.getAuthorities().iterator();
        while (it.hasNext()) {
            if (roles.contains(it.next().getAuthority())) {
                return true;
            }
        }
        return false;
    }
}

package org.putright.correspondence.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: the intake queue of mail that quoted no known reference, one item in full, and file downloads. */
@Controller
@RequestMapping("/correspondence")
class CorrespondencePages {

    private static final Set<String> TRIAGE = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private final CorrespondenceLog log;
    private final CorrespondenceApi.Downloads downloads;
    private final ComplaintService complaints;

    CorrespondencePages(CorrespondenceLog log, CorrespondenceApi.Downloads downloads, ComplaintService complaints) {
        this.log = log;
        this.downloads = downloads;
        this.complaints = complaints;
    }

    /** Words for the templates (public: SpEL calls them). */
    public static final class Words {

        public String when(Instant instant) {
            return instant == null ? "" : WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
        }

        public String label(Enum<?> value) {
            if (value == null) {
                return "";
            }
            String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
            return value.name().equals("MP") ? "MP" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        public String size(long bytes) {
            return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(Locale.UK, "%.1f MB",
                    bytes / (1024.0 * 1024.0));
        }

        public String excerpt(String text, int max) {
            if (text == null) {
                return "";
            }
            String flat = text.strip();
            return flat.length() <= max ? flat : flat.substring(0, max).stripTrailing() + "…";
        }
    }

    @ModelAttribute("cw")
    Words words() {
        return new Words();
    }

    @GetMapping("/intake")
    String intake(Model model) {
        model.addAttribute("items", log.intake());
        model.addAttribute("canTriage", hasAny(TRIAGE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "correspondence/intake";
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable UUID id, @RequestParam(name = "reference", required = false) String reference, Model model,
            RedirectAttributes redirect) {
        requireRole(TRIAGE);
        String field = "reference-" + id;
        Map<String, String> errors = new LinkedHashMap<>();
        if (reference == null || reference.isBlank()) {
            errors.put(field, "Enter the complaint reference, like CMP-2026-000123");
        }
        else {
            try {
                CorrespondenceItem item = orNotFound(() -> log.assign(id, reference));
                ComplaintView complaint = complaints.get(item.complaintId());
                redirect.addFlashAttribute("success", "Filed under " + complaint.reference() + " ("
                        + complaint.resident().name() + ")");
                return "redirect:/correspondence/intake";
            }
            catch (InvalidRequestException e) {
                errors.put(field, e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("typed", Map.of(id.toString(), reference == null ? "" : reference));
        return intake(model);
    }

    @GetMapping("/{id}")
    String item(@PathVariable UUID id, Model model) {
        CorrespondenceItem item = orNotFound(() -> log.get(id));
        model.addAttribute("item", item);
        model.addAttribute("complaint", item.complaintId() == null ? null : complaints.get(item.complaintId()));
        return "correspondence/item";
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID attachmentId) {
        return orNotFound(() -> downloads.attachment(attachmentId));
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable UUID id) {
        return orNotFound(() -> downloads.raw(id));
    }

    /** A page answers a missing item with the "page not found" page, not the API's problem document. */
    private static <T> T orNotFound(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        }
        catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static boolean hasAny(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }

    private static void requireRole(Set<String> roles) {
        if (!hasAny(roles)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role does not allow this");
        }
    }

}

package org.putright.selfassessment;

import org.putright.shared.web.PageForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages for self-assessments (8.1): the list with forms to start one (from last year's, afresh, or from an
 * uploaded form), an assessment as a table per section with live evidence and flags, a provision's answer and actions,
 * and the sign-off page listing what stops the sign-off, with the governing body and publication. Governance viewers
 * read only.
 */
@Controller
class SelfAssessmentPages {

    private static final Set<String> WRITERS = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_ADMIN");
    private static final Set<String> SIGNERS = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER");
    private static final String WRITE = SelfAssessmentApi.WRITE;

    private final SelfAssessments assessments;
    private final SelfAssessmentExports exports;
    private final FormUploads uploads;
    private final CodeVersions codes;
    private final LiveEvidenceContradictsCompliance contradictions;
    private final WorkingDays workingDays;

    SelfAssessmentPages(SelfAssessments assessments, SelfAssessmentExports exports, FormUploads uploads, CodeVersions codes,
            LiveEvidenceContradictsCompliance contradictions, WorkingDays workingDays) {
        this.assessments = assessments;
        this.exports = exports;
        this.uploads = uploads;
        this.codes = codes;
        this.contradictions = contradictions;
        this.workingDays = workingDays;
    }

    /** A page for an assessment or provision that does not exist: 404 with the staff layout. */
    private interface PageBody {
        String render();
    }

    private static String orNotFound(PageBody body, Model model, HttpServletResponse response) {
        try {
            return body.render();
        }
        catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", e.getMessage());
            return "selfassessment/not-found";
        }
    }

    // ------------------------------------------------------------ the list

    @GetMapping("/self-assessments")
    String listPage(Model model) {
        LocalDate today = workingDays.today();
        int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        Map<String, String> defaults = new HashMap<>();
        defaults.put("codeVersion", codes.all().getFirst().version());
        defaults.put("reason", "ANNUAL");
        defaults.put("startFrom", "auto");
        defaults.put("periodStart.day", "1");
        defaults.put("periodStart.month", "4");
        defaults.put("periodStart.year", String.valueOf(year + 1));
        defaults.put("periodEnd.day", "31");
        defaults.put("periodEnd.month", "3");
        defaults.put("periodEnd.year", String.valueOf(year + 2));
        return renderList(model, new PageForm(defaults), new PageForm(defaults), null);
    }

    private String renderList(Model model, PageForm start, PageForm upload, String failedForm) {
        model.addAttribute("assessments", assessments.list());
        model.addAttribute("versions", codes.all());
        model.addAttribute("reasons", SelfAssessments.Reason.values());
        model.addAttribute("start", start);
        model.addAttribute("upload", upload);
        model.addAttribute("failedForm", failedForm);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if ("start".equals(failedForm)) {
            errors.putAll(start.errors());
        }
        if ("upload".equals(failedForm)) {
            errors.putAll(upload.errors());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", canWrite());
        model.addAttribute("w", new PageWords());
        return "selfassessment/list";
    }

    @PostMapping("/self-assessments")
    @PreAuthorize(WRITE)
    String create(@RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate start = form.date("periodStart", "periodStart", true, "the first day of the period assessed");
        LocalDate end = form.date("periodEnd", "periodEnd", true, "the last day of the period assessed");
        String from = form.text("startFrom");
        UUID startFrom = null;
        if (!from.isEmpty() && !"auto".equals(from) && !"none".equals(from)) {
            try {
                startFrom = UUID.fromString(from);
            }
            catch (IllegalArgumentException e) {
                form.reject("startFrom", "Choose where the assessment starts from");
            }
        }
        if (!form.hasErrors()) {
            try {
                var created = assessments.create(new SelfAssessments.NewAssessment(form.text("codeVersion"), start, end, form.text("reason"),
                        startFrom, "none".equals(from)));
                return "redirect:/self-assessments/" + created.id();
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderList(model, form, PageForm.empty(), "start");
    }

    @PostMapping("/self-assessments/import")
    @PreAuthorize(WRITE)
    String importForm(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PageForm form = new PageForm(values);
        LocalDate start = form.date("periodStart", "upload-periodStart", true, "the first day of the period assessed");
        LocalDate end = form.date("periodEnd", "upload-periodEnd", true, "the last day of the period assessed");
        if (file == null || file.isEmpty()) {
            form.reject("upload-file", "Choose the self-assessment form to upload");
        }
        if (!form.hasErrors()) {
            try {
                var imported = uploads.importForm(file, new SelfAssessments.NewAssessment(form.text("codeVersion"), start, end, form.text("reason"),
                        null, true));
                redirect.addFlashAttribute("importProblems", imported.problems());
                redirect.addFlashAttribute("importedFrom", file.getOriginalFilename());
                return "redirect:/self-assessments/" + imported.assessment().id();
            }
            catch (InvalidRequestException e) {
                form.reject("upload-" + e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderList(model, PageForm.empty(), form, "upload");
    }

    // ------------------------------------------------------------ an assessment

    @GetMapping("/self-assessments/{id}")
    String assessmentPage(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return orNotFound(() -> renderAssessment(id, model), model, response);
    }

    private String renderAssessment(UUID id, Model model) {
        SelfAssessments.Assessment a = assessments.get(id);
        model.addAttribute("a", a);
        model.addAttribute("sections", a.bySection());
        model.addAttribute("threshold", contradictions.threshold().stripTrailingZeros().toPlainString());
        model.addAttribute("canWrite", canWrite() && !a.signedOff());
        model.addAttribute("w", new PageWords());
        return "selfassessment/assessment";
    }

    @GetMapping("/self-assessments/{id}/export.html")
    ResponseEntity<String> exportHtml(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return SelfAssessmentApi.download(exports.html(a), new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), a, "html", true);
    }

    @GetMapping("/self-assessments/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return SelfAssessmentApi.download(exports.pdf(a), MediaType.APPLICATION_PDF, a, "pdf", false);
    }

    @GetMapping("/self-assessments/{id}/export.docx")
    ResponseEntity<byte[]> exportDocx(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return SelfAssessmentApi.download(exports.docx(a), SelfAssessmentApi.DOCX, a, "docx", false);
    }

    // ------------------------------------------------------------ a provision

    @GetMapping("/self-assessments/{id}/provisions/{number}")
    String provisionPage(@PathVariable UUID id, @PathVariable String number, Model model, HttpServletResponse response) {
        return orNotFound(() -> renderProvision(id, number, model), model, response);
    }

    private String renderProvision(UUID id, String number, Model model) {
        SelfAssessments.Assessment a = assessments.get(id);
        SelfAssessments.ProvisionAnswer p = provision(a, number);
        Map<String, String> values = new HashMap<>();
        values.put("comply", p.comply() == null ? "" : p.comply().name());
        values.put("evidence", p.evidence());
        values.put("commentary", p.commentary());
        values.put("alternativeApproach", p.alternativeApproach());
        values.put("confirmedDespiteEvidence", p.confirmedDespiteEvidence() ? "true" : "");
        return renderProvision(model, a, p, new PageForm(values), null, null);
    }

    private String renderProvision(Model model, SelfAssessments.Assessment a, SelfAssessments.ProvisionAnswer p, PageForm answer, String failedForm,
            PageForm failed) {
        Map<String, PageForm> forms = new HashMap<>();
        forms.put("answer", answer);
        forms.put("action", PageForm.empty());
        for (SelfAssessments.Action action : p.actions()) {
            forms.put("status-" + action.id(), PageForm.empty());
        }
        if (failedForm != null) {
            forms.put(failedForm, failed);
        }
        model.addAttribute("a", a);
        model.addAttribute("p", p);
        model.addAttribute("forms", forms);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("errors", failed != null ? failed.errors() : answer.errors());
        model.addAttribute("complyValues", SelfAssessments.Comply.values());
        model.addAttribute("statuses", SelfAssessments.ActionStatus.values());
        model.addAttribute("alternativeWording", UnmetMustNeedsAlternativeApproach.FORM_WORDING);
        model.addAttribute("canWrite", canWrite() && !a.signedOff());
        model.addAttribute("canProgress", canWrite());
        model.addAttribute("w", new PageWords());
        return "selfassessment/provision";
    }

    @PostMapping("/self-assessments/{id}/provisions/{number}")
    @PreAuthorize(WRITE)
    String saveAnswer(@PathVariable UUID id, @PathVariable String number, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        PageForm form = new PageForm(values);
        SelfAssessments.Assessment a = assessments.get(id);
        provision(a, number);
        try {
            assessments.answer(id, number, new SelfAssessments.Answer(form.text("comply"), form.text("evidence"), form.text("commentary"),
                    form.text("alternativeApproach"), "true".equals(form.text("confirmedDespiteEvidence"))));
            return "redirect:/self-assessments/" + id + "#provision-" + number.replace('.', '-');
        }
        catch (InvalidRequestException e) {
            form.reject(e.field(), e.getMessage());
        }
        catch (ConflictException e) {
            form.reject("comply", e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderProvision(model, a, provision(a, number), form, null, null);
    }

    @PostMapping("/self-assessments/{id}/provisions/{number}/actions")
    @PreAuthorize(WRITE)
    String addAction(@PathVariable UUID id, @PathVariable String number, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate target = form.date("targetDate", "action-targetDate", false, "the target date");
        if (!form.hasErrors()) {
            try {
                assessments.addAction(id, number, new SelfAssessments.NewAction(form.text("description"), form.text("owner"), target));
                return "redirect:/self-assessments/" + id + "/provisions/" + number + "#actions";
            }
            catch (InvalidRequestException e) {
                form.reject("action-" + e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("action-description", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SelfAssessments.Assessment a = assessments.get(id);
        return renderProvision(model, a, provision(a, number), PageForm.empty(), "action", form);
    }

    @PostMapping("/self-assessments/{id}/actions/{actionId}/status")
    @PreAuthorize(WRITE)
    String actionStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        String prefix = "status-" + actionId;
        PageForm form = new PageForm(values);
        SelfAssessments.Assessment before = assessments.get(id);
        String number = before.provisions().stream().filter(p -> p.actions().stream().anyMatch(x -> x.id().equals(actionId)))
                .map(SelfAssessments.ProvisionAnswer::number).findFirst()
                .orElseThrow(() -> new NotFoundException("Self-assessment " + id + " has no action " + actionId + "."));
        try {
            assessments.changeActionStatus(id, actionId, form.text("status"), form.text("completionEvidence"));
            return "redirect:/self-assessments/" + id + "/provisions/" + number + "#action-" + actionId;
        }
        catch (InvalidRequestException e) {
            form.reject(prefix + "-" + e.field(), e.getMessage());
        }
        catch (ConflictException e) {
            form.reject(prefix + "-status", e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        SelfAssessments.Assessment a = assessments.get(id);
        return renderProvision(model, a, provision(a, number), PageForm.empty(), prefix, form);
    }

    // ------------------------------------------------------------ sign-off, governing body, publication

    @GetMapping("/self-assessments/{id}/sign-off")
    String signOffPage(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return orNotFound(() -> renderSignOff(model, assessments.get(id), null, null, List.of()), model, response);
    }

    private String renderSignOff(Model model, SelfAssessments.Assessment a, String failedForm, PageForm failed, List<String> refusedProvisions) {
        Map<String, PageForm> forms = new HashMap<>();
        for (String name : List.of("signOff", "governingBody", "publication")) {
            forms.put(name, PageForm.empty());
        }
        if (failedForm != null) {
            forms.put(failedForm, failed);
        }
        List<SelfAssessments.ProvisionAnswer> contradicted = new ArrayList<>(a.provisions().stream().filter(SelfAssessments.ProvisionAnswer::contradicted).toList());
        model.addAttribute("a", a);
        model.addAttribute("forms", forms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("refused", refusedProvisions);
        model.addAttribute("contradicted", contradicted);
        model.addAttribute("missingAlternative", a.provisions().stream().filter(SelfAssessments.ProvisionAnswer::alternativeApproachMissing).toList());
        model.addAttribute("unanswered", a.progress().total() - a.progress().answered());
        model.addAttribute("threshold", contradictions.threshold().stripTrailingZeros().toPlainString());
        model.addAttribute("canSignOff", canSignOff() && !a.signedOff());
        model.addAttribute("canWrite", canWrite());
        model.addAttribute("w", new PageWords());
        return "selfassessment/sign-off";
    }

    @PostMapping("/self-assessments/{id}/sign-off")
    @PreAuthorize(SelfAssessmentApi.SIGN_OFF)
    String signOff(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate on = form.date("signedOffOn", "signedOffOn", true, "the date of the sign-off");
        List<String> refused = List.of();
        if (!form.hasErrors()) {
            try {
                assessments.signOff(id, on, form.text("note"));
                return "redirect:/self-assessments/" + id + "/sign-off";
            }
            catch (CodeRuleViolation e) {
                form.reject("stops", e.getMessage());
                @SuppressWarnings("unchecked")
                List<String> provisions = (List<String>) e.details().getOrDefault("provisions", List.of());
                refused = provisions;
            }
            catch (InvalidRequestException e) {
                form.reject("provisions".equals(e.field()) ? "stops" : "signedOffOn", e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("signedOffOn", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderSignOff(model, assessments.get(id), "signOff", form, refused);
    }

    @PostMapping("/self-assessments/{id}/governing-body")
    @PreAuthorize(WRITE)
    String governingBody(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate on = form.date("consideredOn", "consideredOn", true, "the date the governing body considered it");
        if (!form.hasErrors()) {
            try {
                assessments.governingBody(id, on, form.text("response"));
                return "redirect:/self-assessments/" + id + "/sign-off#governing-body";
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("consideredOn", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderSignOff(model, assessments.get(id), "governingBody", form, List.of());
    }

    @PostMapping("/self-assessments/{id}/publication")
    @PreAuthorize(WRITE)
    String publication(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate on = form.date("publishedOn", "publishedOn", true, "the date it was published");
        if (!form.hasErrors()) {
            try {
                assessments.publish(id, on);
                return "redirect:/self-assessments/" + id + "/sign-off#publication";
            }
            catch (InvalidRequestException | ConflictException e) {
                form.reject("publishedOn", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderSignOff(model, assessments.get(id), "publication", form, List.of());
    }

    // ------------------------------------------------------------ helpers

    private static SelfAssessments.ProvisionAnswer provision(SelfAssessments.Assessment a, String number) {
        SelfAssessments.ProvisionAnswer p = a.provision(number);
        if (p == null) {
            throw new NotFoundException("The " + a.codeVersion() + " Code has no provision " + number + ".");
        }
        return p;
    }

    private static boolean canWrite() {
        return hasAny(WRITERS);
    }

    private static boolean canSignOff() {
        return hasAny(SIGNERS);
    }

    private static boolean hasAny(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }
}

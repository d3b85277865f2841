package org.putright.remedies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages for putting things right: every open promise across cases with its alerts (6.6, 6.17), a case's remedies
 * from offer to payment with the Ombudsman's guidance (7.4), learning from a case and the improvement register (9.1, 9.2).
 */
@Controller
class RemediesPages {

    private static final Set<String> CASEWORK = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER");
    private static final Set<String> INVESTIGATION = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_INVESTIGATING_OFFICER");
    private static final String PAGE_CASEWORK = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER')";
    private static final String PAGE_INVESTIGATION = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER')";

    private final PromisedActions actions;
    private final RemedyAlerts alerts;
    private final FinancialRemedies remedies;
    private final RemedyGuidance guidance;
    private final Learning learning;
    private final ComplaintService complaints;
    private final WorkingDays workingDays;

    RemediesPages(PromisedActions actions, RemedyAlerts alerts, FinancialRemedies remedies, RemedyGuidance guidance, Learning learning,
            ComplaintService complaints, WorkingDays workingDays) {
        this.actions = actions;
        this.alerts = alerts;
        this.remedies = remedies;
        this.guidance = guidance;
        this.learning = learning;
        this.complaints = complaints;
        this.workingDays = workingDays;
    }

    /** One row of the promises page: an open action, its status tag and its alerts. */
    public record PromiseRow(PromisedActions.Action action, String status, String tagClass, List<RemedyAlerts.Alert> alerts) {
    }

    // ------------------------------------------------------------ promises

    @GetMapping("/promises")
    String promises(@RequestParam(required = false) String owner, @RequestParam(required = false) String overdue, Model model) {
        LocalDate today = workingDays.today();
        boolean overdueOnly = "yes".equals(overdue);
        Map<String, List<RemedyAlerts.Alert>> alertsByAction = new HashMap<>();
        for (RemedyAlerts.Alert alert : alerts.list(true, null)) {
            alertsByAction.computeIfAbsent(key(alert.complaintId(), alert.stage(), alert.actionIndex()), k -> new ArrayList<>()).add(alert);
        }
        List<PromiseRow> rows = actions.open(owner, overdueOnly ? today : null).stream().map(a -> {
            String status = alerts.status(a.dueOn(), today);
            return new PromiseRow(a, status, tagClass(status), alertsByAction.getOrDefault(key(a.complaintId(), a.stage(), a.index()), List.of()));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("owners", actions.openOwners());
        model.addAttribute("owner", owner == null ? "" : owner);
        model.addAttribute("overdue", overdueOnly);
        model.addAttribute("today", today);
        model.addAttribute("canAcknowledge", has(INVESTIGATION));
        model.addAttribute("p", new Words());
        return "remedies/promises";
    }

    @PostMapping("/promises/alerts/{id}/acknowledgement")
    @PreAuthorize(PAGE_INVESTIGATION)
    String acknowledge(@PathVariable UUID id) {
        try {
            alerts.acknowledge(id);
        }
        catch (ConflictException alreadyAcknowledged) {
            // someone else got there first: the page shows the alert as acknowledged either way
        }
        return "redirect:/promises";
    }

    static String tagClass(String status) {
        return switch (status) {
            case "OVERDUE" -> "govuk-tag--red";
            case "DUE SOON" -> "govuk-tag--yellow";
            case "DONE", "PAID" -> "govuk-tag--green";
            case "DECLINED" -> "govuk-tag--grey";
            default -> "govuk-tag--blue";
        };
    }

    private static String key(UUID complaintId, int stage, int index) {
        return complaintId + "/" + stage + "/" + index;
    }

    // ------------------------------------------------------------ a case's remedies

    @GetMapping("/cases/{id}/remedies")
    String caseRemedies(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return renderRemedies(id, model, null, null);
        }
        catch (NotFoundException e) {
            return notFound(e, model, response);
        }
    }

    private String renderRemedies(UUID id, Model model, String formId, FormState failed) {
        FinancialRemedies.Remedies tracked = remedies.forComplaint(id);
        Map<String, FormState> forms = new HashMap<>();
        for (FinancialRemedies.TrackedRemedy r : tracked.remedies()) {
            forms.put("accept-" + r.stage() + "-" + r.index(), FormState.empty());
            forms.put("pay-" + r.stage() + "-" + r.index(), new FormState(r.offeredTotal() == null ? Map.of()
                    : Map.of("amount", r.offeredTotal().toPlainString())));
        }
        if (formId != null) {
            forms.put(formId, failed);
        }
        model.addAttribute("tracked", tracked);
        model.addAttribute("forms", forms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("guidance", guidance.guidance());
        model.addAttribute("canRecord", has(CASEWORK));
        model.addAttribute("p", new Words());
        return "remedies/case-remedies";
    }

    @PostMapping("/cases/{id}/remedies/{stage}/{index}/acceptance")
    @PreAuthorize(PAGE_CASEWORK)
    String recordAcceptance(@PathVariable UUID id, @PathVariable int stage, @PathVariable int index, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        String formId = "accept-" + stage + "-" + index;
        FormState state = new FormState(form);
        String answer = form.get("answer");
        if (!"accepted".equals(answer) && !"declined".equals(answer)) {
            state.reject(formId + "-answer", "Select whether the resident accepted or declined the remedy");
        }
        DateFields on = DateFields.from(form, "on");
        if (on.isBlank()) {
            state.reject(formId + "-on", "Enter the date the resident gave their answer");
        }
        else if (on.toDate() == null) {
            state.reject(formId + "-on", "The date of the answer must be a real date");
        }
        if (!state.hasErrors()) {
            try {
                remedies.decide(id, stage, index, on.toDate(), "accepted".equals(answer));
                return "redirect:/cases/" + id + "/remedies#remedy-" + stage + "-" + index;
            }
            catch (InvalidRequestException e) {
                state.reject(formId + "-on", e.getMessage());
            }
            catch (ConflictException e) {
                state.reject(formId + "-answer", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderRemedies(id, model, formId, state);
    }

    @PostMapping("/cases/{id}/remedies/{stage}/{index}/payment")
    @PreAuthorize(PAGE_CASEWORK)
    String recordPayment(@PathVariable UUID id, @PathVariable int stage, @PathVariable int index, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        String formId = "pay-" + stage + "-" + index;
        FormState state = new FormState(form);
        DateFields on = DateFields.from(form, "on");
        if (on.isBlank()) {
            state.reject(formId + "-on", "Enter the date the payment was made");
        }
        else if (on.toDate() == null) {
            state.reject(formId + "-on", "The payment date must be a real date");
        }
        BigDecimal amount = null;
        String typed = form.getOrDefault("amount", "").trim().replace("£", "").replace(",", "");
        if (typed.isEmpty()) {
            state.reject(formId + "-amount", "Enter the amount paid");
        }
        else {
            try {
                amount = new BigDecimal(typed);
                if (amount.scale() > 2) {
                    state.reject(formId + "-amount", "Enter the amount in pounds and pence, like 150.00");
                }
            }
            catch (NumberFormatException e) {
                state.reject(formId + "-amount", "Enter the amount in pounds and pence, like 150.00");
            }
        }
        if (!state.hasErrors()) {
            try {
                remedies.pay(id, stage, index, on.toDate(), amount, form.get("reference"), form.get("reason"));
                return "redirect:/cases/" + id + "/remedies#remedy-" + stage + "-" + index;
            }
            catch (InvalidRequestException e) {
                state.reject(formId + ("paidOn".equals(e.field()) ? "-on" : "-amount"), e.getMessage());
            }
            catch (ConflictException e) {
                state.reject(formId + "-on", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderRemedies(id, model, formId, state);
    }

    // ------------------------------------------------------------ learning

    @GetMapping("/cases/{id}/learning")
    String caseLearning(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return renderLearning(id, model, FormState.empty(), List.of());
        }
        catch (NotFoundException e) {
            return notFound(e, model, response);
        }
    }

    private String renderLearning(UUID id, Model model, FormState form, List<String> selected) {
        ComplaintView complaint = complaints.get(id);
        model.addAttribute("c", complaint);
        model.addAttribute("lessons", learning.lessons(id));
        model.addAttribute("improvements", learning.register(null));
        model.addAttribute("form", form);
        model.addAttribute("selected", selected);
        model.addAttribute("errors", form.errors());
        model.addAttribute("canRecord", has(INVESTIGATION));
        model.addAttribute("p", new Words());
        return "remedies/case-learning";
    }

    @PostMapping("/cases/{id}/learning")
    @PreAuthorize(PAGE_INVESTIGATION)
    String recordLearning(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "improvementIds", required = false) List<String> improvementIds, Model model, HttpServletResponse response) {
        FormState state = new FormState(form);
        List<String> selected = improvementIds == null ? List.of() : improvementIds;
        String lesson = form.getOrDefault("lesson", "");
        if (lesson.isBlank()) {
            state.reject("lesson", "Enter what was learned from this complaint");
        }
        else if (lesson.length() > 10_000) {
            state.reject("lesson", "What was learned must be 10,000 characters or fewer");
        }
        if (!state.hasErrors()) {
            try {
                List<UUID> ids = selected.stream().map(UUID::fromString).toList();
                learning.recordLesson(id, lesson, ids);
                return "redirect:/cases/" + id + "/learning";
            }
            catch (IllegalArgumentException | InvalidRequestException | ConflictException e) {
                state.reject("lesson", e instanceof IllegalArgumentException && !(e instanceof InvalidRequestException)
                        ? "Choose improvements from the list" : e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderLearning(id, model, state, selected);
    }

    // ------------------------------------------------------------ the register

    @GetMapping("/improvements")
    String improvements(@RequestParam(required = false) String status, Model model) {
        return renderImprovements(status, model, FormState.empty(), null, null);
    }

    private String renderImprovements(String status, Model model, FormState form, UUID statusFormFor, FormState statusForm) {
        Learning.ImprovementStatus filter = parseStatus(status);
        model.addAttribute("improvements", learning.register(filter));
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", Learning.ImprovementStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("statusFormFor", statusFormFor);
        model.addAttribute("statusForm", statusForm == null ? FormState.empty() : statusForm);
        Map<String, String> errors = new java.util.LinkedHashMap<>(form.errors());
        if (statusForm != null) {
            errors.putAll(statusForm.errors());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", has(CASEWORK));
        model.addAttribute("p", new Words());
        return "remedies/improvements";
    }

    private static Learning.ImprovementStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Learning.ImprovementStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/improvements")
    @PreAuthorize(PAGE_CASEWORK)
    String propose(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        FormState state = new FormState(form);
        String title = form.getOrDefault("title", "").trim();
        String description = form.getOrDefault("description", "").trim();
        String owner = form.getOrDefault("owner", "").trim();
        if (title.isEmpty()) {
            state.reject("title", "Enter a title for the improvement");
        }
        else if (title.length() > 300) {
            state.reject("title", "The title must be 300 characters or fewer");
        }
        if (description.isEmpty()) {
            state.reject("description", "Describe the improvement");
        }
        else if (description.length() > 10_000) {
            state.reject("description", "The description must be 10,000 characters or fewer");
        }
        if (owner.isEmpty()) {
            state.reject("owner", "Enter the job title or team that owns the improvement");
        }
        else if (owner.length() > 200) {
            state.reject("owner", "The owner must be 200 characters or fewer");
        }
        DateFields target = DateFields.from(form, "targetOn");
        if (!target.isBlank() && target.toDate() == null) {
            state.reject("targetOn", "The target date must be a real date");
        }
        if (!state.hasErrors()) {
            learning.propose(title, description, owner, target.isBlank() ? null : target.toDate());
            return "redirect:/improvements";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderImprovements(null, model, state, null, null);
    }

    @PostMapping("/improvements/{id}/status")
    @PreAuthorize(PAGE_CASEWORK)
    String changeStatus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        FormState state = new FormState(form);
        Learning.ImprovementStatus status = parseStatus(form.get("status"));
        String field = "status-" + id;
        if (status == null) {
            state.reject(field, "Select the improvement's new status");
        }
        else {
            try {
                learning.changeStatus(id, status, form.get("note"));
                return "redirect:/improvements";
            }
            catch (ConflictException e) {
                state.reject(field, e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderImprovements(null, model, FormState.empty(), id, state);
    }

    /** A page for a case that does not exist: a page, not the API's problem document. */
    private static String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "remedies/not-found";
    }

    private static boolean has(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }
}

package org.putright.residents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintService;
import org.putright.identity.Role;
import org.putright.identity.StaffDirectory;
import org.putright.identity.StaffMember;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages for a resident's reasonable adjustments (5.10), disclosed disabilities (special-category: permitted roles
 * only, each viewing logged) and contact restrictions (5.14), and the queue of reviews due. Forms follow the GOV.UK
 * pattern: on a problem, the page again with an error summary and everything as typed.
 */
@Controller
class CarePages {

    private static final Set<String> CASEWORK = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_INVESTIGATING_OFFICER", "ROLE_MANAGER");

    private final ResidentRecords residents;
    private final Adjustments adjustments;
    private final Disclosures disclosures;
    private final ContactRestrictions restrictions;
    private final ReviewReminders reviews;
    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;

    CarePages(ResidentRecords residents, Adjustments adjustments, Disclosures disclosures, ContactRestrictions restrictions,
            ReviewReminders reviews, ComplaintService complaints, StaffDirectory staff, WorkingDays workingDays) {
        this.residents = residents;
        this.adjustments = adjustments;
        this.disclosures = disclosures;
        this.restrictions = restrictions;
        this.reviews = reviews;
        this.complaints = complaints;
        this.staff = staff;
        this.workingDays = workingDays;
    }

    // ------------------------------------------------------------ adjustments (5.10)

    @GetMapping("/residents/{id}/adjustments")
    String adjustments(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return renderAdjustments(id, model, null, null);
        }
        catch (NotFoundException e) {
            return notFound(e, model, response);
        }
    }

    private String renderAdjustments(UUID id, Model model, String failedFormId, CareForm failed) {
        ResidentRecord resident = residents.get(id);
        LocalDate today = workingDays.today();
        List<Adjustments.Adjustment> all = adjustments.forResident(id);
        CareForm add = "add".equals(failedFormId) ? failed
                : CareForm.withDefaults("", Map.of("agreedOn", today, "reviewOn", adjustments.suggestedReviewOn()));
        Map<String, CareForm> reviewForms = new LinkedHashMap<>();
        for (Adjustments.Adjustment a : all) {
            String formId = "review-" + a.id();
            reviewForms.put(a.id().toString(), formId.equals(failedFormId) ? failed
                    : CareForm.withDefaults(formId + "-", Map.of("reviewedOn", today, "nextReviewOn", adjustments.suggestedReviewOn())));
        }
        model.addAttribute("resident", resident);
        model.addAttribute("current", all.stream().filter(a -> a.endedOn() == null).toList());
        model.addAttribute("ended", all.stream().filter(a -> a.endedOn() != null).toList());
        model.addAttribute("kinds", AdjustmentKind.values());
        model.addAttribute("outcomes", Adjustments.AdjustmentOutcome.values());
        model.addAttribute("add", add);
        model.addAttribute("reviewForms", reviewForms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("today", today);
        model.addAttribute("horizon", reviews.dueSoonHorizon());
        model.addAttribute("canRecord", has(CASEWORK));
        model.addAttribute("p", new CareWords());
        return "residents/care-adjustments";
    }

    @PostMapping("/residents/{id}/adjustments")
    @PreAuthorize(CareApi.CASEWORK)
    String agree(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model, HttpServletResponse response) {
        CareForm form = new CareForm("", values);
        if (AdjustmentKind.parse(form.value("kind")) == null) {
            form.reject("kind", "Select the kind of adjustment");
        }
        LocalDate agreedOn = form.date("agreedOn", "The date agreed", "Enter the date the adjustment was agreed");
        LocalDate reviewOn = form.date("reviewOn", "The review date", "Enter the date the adjustment will be reviewed");
        if (!form.hasErrors()) {
            try {
                Adjustments.Adjustment a = adjustments.record(id, new Adjustments.NewAdjustment(form.value("kind"), form.value("detail"),
                        agreedOn, form.value("agreedBy"), reviewOn));
                return "redirect:/residents/" + id + "/adjustments#adjustment-" + a.id();
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderAdjustments(id, model, "add", form);
    }

    @PostMapping("/residents/{id}/adjustments/{adjustmentId}/reviews")
    @PreAuthorize(CareApi.CASEWORK)
    String reviewAdjustment(@PathVariable UUID id, @PathVariable UUID adjustmentId, @RequestParam MultiValueMap<String, String> values,
            Model model, HttpServletResponse response) {
        String formId = "review-" + adjustmentId;
        CareForm form = new CareForm(formId + "-", values);
        Adjustments.AdjustmentOutcome outcome = parse(Adjustments.AdjustmentOutcome.class, form.value("outcome"));
        if (outcome == null) {
            form.reject("outcome", "Select the outcome of the review");
        }
        LocalDate reviewedOn = form.date("reviewedOn", "The date of the review", "Enter the date of the review");
        LocalDate next = form.date("nextReviewOn", "The next review date",
                outcome == Adjustments.AdjustmentOutcome.END ? null : "Enter the date of the next review");
        if (!form.hasErrors()) {
            try {
                adjustments.review(adjustmentId, new Adjustments.NewReview(reviewedOn, outcome, form.value("notes"),
                        outcome == Adjustments.AdjustmentOutcome.END ? null : next, form.value("newDetail")));
                return "redirect:/residents/" + id + "/adjustments#adjustment-" + adjustmentId;
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("outcome", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderAdjustments(id, model, formId, form);
    }

    // ------------------------------------------------------------ disclosed disabilities (special category)

    @GetMapping("/residents/{id}/disclosures")
    String disclosures(@PathVariable UUID id, @RequestParam(required = false) UUID complaint, Model model, HttpServletResponse response) {
        try {
            return renderDisclosures(id, complaint, model, response, null);
        }
        catch (NotFoundException e) {
            return notFound(e, model, response);
        }
    }

    private String renderDisclosures(UUID id, UUID complaint, Model model, HttpServletResponse response, CareForm failed) {
        ResidentRecord resident = residents.get(id);
        model.addAttribute("resident", resident);
        if (!disclosures.permitted()) {
            // nothing about the disclosures, not even whether there are any
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "residents/care-no-access";
        }
        String reference = null;
        if (complaint != null) {
            try {
                reference = complaints.get(complaint).reference();
            }
            catch (NotFoundException e) {
                complaint = null;
            }
        }
        model.addAttribute("disclosures", disclosures.read(id, reference != null ? "case page " + reference : "disclosures page"));
        model.addAttribute("complaint", complaint);
        model.addAttribute("reads", has(Set.of("ROLE_MANAGER")) ? disclosures.reads(id) : null);
        model.addAttribute("hows", Disclosures.DisclosedHow.values());
        model.addAttribute("form", failed != null ? failed : CareForm.withDefaults("", Map.of("disclosedOn", workingDays.today())));
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("canRecord", has(CASEWORK));
        model.addAttribute("p", new CareWords());
        return "residents/care-disclosures";
    }

    @PostMapping("/residents/{id}/disclosures")
    @PreAuthorize(CareApi.CASEWORK)
    String disclose(@PathVariable UUID id, @RequestParam(required = false) UUID complaint, @RequestParam MultiValueMap<String, String> values,
            Model model, HttpServletResponse response) {
        if (!disclosures.permitted()) {
            model.addAttribute("resident", residents.get(id));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "residents/care-no-access";
        }
        CareForm form = new CareForm("", values);
        form.require("disclosedText", "Enter what the resident told us, in their words");
        LocalDate disclosedOn = form.date("disclosedOn", "The date the resident told us", "Enter the date the resident told us");
        if (Disclosures.parseHow(form.value("disclosedHow")) == null) {
            form.reject("disclosedHow", "Select how the resident told us");
        }
        if (!form.hasErrors()) {
            try {
                disclosures.record(id, form.value("disclosedText"), disclosedOn, form.value("disclosedHow"));
                return "redirect:/residents/" + id + "/disclosures" + (complaint == null ? "" : "?complaint=" + complaint);
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        renderDisclosures(id, complaint, model, response, form);
        return "residents/care-disclosures";
    }

    // ------------------------------------------------------------ contact restrictions (5.14)

    @GetMapping("/residents/{id}/restrictions")
    String restrictions(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return renderRestrictions(id, model, null, null);
        }
        catch (NotFoundException e) {
            return notFound(e, model, response);
        }
    }

    private String renderRestrictions(UUID id, Model model, String failedFormId, CareForm failed) {
        ResidentRecord resident = residents.get(id);
        LocalDate today = workingDays.today();
        List<ContactRestrictions.Restriction> all = restrictions.forResident(id);
        LocalDate suggestedReview = today.plusMonths(restrictions.maxReviewMonths());
        CareForm add = "add".equals(failedFormId) ? failed
                : CareForm.withDefaults("", Map.of("approvedOn", today, "startsOn", today, "reviewOn", suggestedReview));
        Map<String, CareForm> reviewForms = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (ContactRestrictions.Restriction r : all) {
            String formId = "review-" + r.id();
            reviewForms.put(r.id().toString(), formId.equals(failedFormId) ? failed
                    : CareForm.withDefaults(formId + "-", Map.of("reviewedOn", today, "nextReviewOn", suggestedReview)));
            statuses.put(r.id().toString(), r.statusOn(today).name());
        }
        String me = staff.currentUsername();
        model.addAttribute("resident", resident);
        model.addAttribute("restrictions", all);
        model.addAttribute("statuses", statuses);
        model.addAttribute("kinds", RestrictionKind.values());
        model.addAttribute("outcomes", ContactRestrictions.RestrictionOutcome.values());
        model.addAttribute("managers", staff.handlers().stream().filter(s -> s.has(Role.MANAGER) && !s.username().equals(me))
                .map(StaffMember::username).toList());
        model.addAttribute("maxReviewMonths", restrictions.maxReviewMonths());
        model.addAttribute("add", add);
        model.addAttribute("reviewForms", reviewForms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("today", today);
        model.addAttribute("canRecord", has(CASEWORK));
        model.addAttribute("p", new CareWords());
        return "residents/care-restrictions";
    }

    @PostMapping("/residents/{id}/restrictions")
    @PreAuthorize(CareApi.CASEWORK)
    String impose(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model, HttpServletResponse response) {
        CareForm form = new CareForm("", values);
        if (form.values("kinds").isEmpty()) {
            form.reject("kinds", "Select at least one kind of restriction");
        }
        form.require("behaviour", "Describe the behaviour the restriction responds to");
        form.require("evidence", "Describe the evidence of the behaviour");
        form.require("proportionateBecause", "Explain why the restriction is proportionate to the behaviour");
        form.require("equalityConsiderations", "Record the regard had to the Equality Act");
        form.require("approvedBy", "Choose the manager who approved the restriction");
        LocalDate approvedOn = form.date("approvedOn", "The date approved", "Enter the date the restriction was approved");
        LocalDate startsOn = form.date("startsOn", "The start date", "Enter the date the restriction starts");
        LocalDate reviewOn = form.date("reviewOn", "The review date", "Enter the date the restriction will be reviewed");
        if (!form.hasErrors()) {
            try {
                ContactRestrictions.Restriction r = restrictions.impose(id, new ContactRestrictions.NewRestriction(form.values("kinds"),
                        form.value("detail"), form.value("behaviour"), form.value("evidence"), form.value("proportionateBecause"),
                        form.value("equalityConsiderations"), form.value("approvedBy"), approvedOn, startsOn, reviewOn));
                return "redirect:/residents/" + id + "/restrictions#restriction-" + r.id();
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
            catch (CodeRuleViolation e) {
                form.reject(switch (e.rule()) {
                    case "RestrictionApprovedByAnotherManager" -> "approvedBy";
                    case "RestrictionReviewWithinLimit" -> "reviewOn";
                    default -> "kinds";
                }, e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderRestrictions(id, model, "add", form);
    }

    @PostMapping("/residents/{id}/restrictions/{restrictionId}/reviews")
    @PreAuthorize(CareApi.CASEWORK)
    String reviewRestriction(@PathVariable UUID id, @PathVariable UUID restrictionId, @RequestParam MultiValueMap<String, String> values,
            Model model, HttpServletResponse response) {
        String formId = "review-" + restrictionId;
        CareForm form = new CareForm(formId + "-", values);
        ContactRestrictions.RestrictionOutcome outcome = parse(ContactRestrictions.RestrictionOutcome.class, form.value("outcome"));
        if (outcome == null) {
            form.reject("outcome", "Select the outcome of the review");
        }
        LocalDate reviewedOn = form.date("reviewedOn", "The date of the review", "Enter the date of the review");
        form.require("notes", "Record what the review considered and why it reached its outcome");
        boolean lifting = outcome == ContactRestrictions.RestrictionOutcome.LIFT;
        LocalDate next = form.date("nextReviewOn", "The next review date", lifting ? null : "Enter the date of the next review");
        if (!form.hasErrors()) {
            try {
                restrictions.review(restrictionId, new ContactRestrictions.NewReview(reviewedOn, outcome, form.value("notes"),
                        lifting ? null : next, form.values("kinds").isEmpty() ? null : form.values("kinds"), form.value("detail")));
                return "redirect:/residents/" + id + "/restrictions#restriction-" + restrictionId;
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
            catch (CodeRuleViolation e) {
                form.reject("RestrictionReviewWithinLimit".equals(e.rule()) ? "nextReviewOn" : "kinds", e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("outcome", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderRestrictions(id, model, formId, form);
    }

    // ------------------------------------------------------------ the reviews queue

    @GetMapping("/reviews")
    String reviews(@RequestParam(required = false) String within, Model model) {
        int days = reviews.reminderWorkingDays();
        try {
            if (within != null && !within.isBlank()) {
                days = Math.min(260, Math.max(0, Integer.parseInt(within.strip())));
            }
        }
        catch (NumberFormatException e) {
            // the default window, and the box shows it
        }
        model.addAttribute("due", reviews.due(days));
        model.addAttribute("within", days);
        model.addAttribute("p", new CareWords());
        return "residents/care-reviews";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "residents/care-not-found";
    }

    private static boolean has(Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }
}

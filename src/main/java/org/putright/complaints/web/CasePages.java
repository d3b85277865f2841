package org.putright.complaints.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintQueries;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.Intent;
import org.putright.complaints.OutstandingAction;
import org.putright.complaints.PointDecision;
import org.putright.complaints.CaseContributions;
import org.putright.complaints.MissingElements;
import org.putright.complaints.Remedy;
import org.putright.complaints.ResponseDraft;
import org.putright.complaints.Representative;
import org.putright.complaints.Resident;
import org.putright.complaints.RiskFlag;
import org.putright.complaints.Status;
import org.putright.identity.StaffDirectory;
import org.putright.identity.StaffMember;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/** The staff workspace: the work queue, logging a complaint, and the case page with its next actions. */
@Controller
@RequestMapping("/cases")
class CasePages {

    static final int PAGE_SIZE = 25;
    private static final Set<String> CASEWORK = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER");
    private static final Set<String> INVESTIGATION = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_INVESTIGATING_OFFICER");
    private static final Set<String> INTAKE = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_INVESTIGATING_OFFICER", "ROLE_ADMIN");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Each action on the case page: the intents that allow it and the roles that may take it. */
    private record ActionRule(Set<Intent> intents, Set<String> roles) {
    }

    private static final Map<String, ActionRule> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("triage", new ActionRule(EnumSet.of(Intent.CONFIRM_AS_COMPLAINT, Intent.TRIAGE_AS_SERVICE_REQUEST), CASEWORK));
        ACTIONS.put("acknowledge", new ActionRule(EnumSet.of(Intent.ACKNOWLEDGE), CASEWORK));
        ACTIONS.put("assign", new ActionRule(EnumSet.of(Intent.ASSIGN), CASEWORK));
        ACTIONS.put("extend", new ActionRule(EnumSet.of(Intent.EXTEND), INVESTIGATION));
        ACTIONS.put("respond", new ActionRule(EnumSet.of(Intent.RESPOND), INVESTIGATION));
        ACTIONS.put("escalate", new ActionRule(EnumSet.of(Intent.REQUEST_ESCALATION), INVESTIGATION));
        ACTIONS.put("refuse", new ActionRule(EnumSet.of(Intent.REFUSE_TO_ACCEPT, Intent.REFUSE_TO_ESCALATE), CASEWORK));
        ACTIONS.put("resolve", new ActionRule(EnumSet.of(Intent.RESOLVE_SERVICE_REQUEST), INVESTIGATION));
        ACTIONS.put("service-request-complaint", new ActionRule(EnumSet.of(Intent.RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST), INVESTIGATION));
        ACTIONS.put("additional", new ActionRule(EnumSet.of(Intent.JOIN_ADDITIONAL_COMPLAINT, Intent.RAISE_LINKED_COMPLAINT), INVESTIGATION));
        ACTIONS.put("close", new ActionRule(EnumSet.of(Intent.CLOSE), CASEWORK));
        ACTIONS.put("note", new ActionRule(EnumSet.of(Intent.ADD_NOTE), INVESTIGATION));
        ACTIONS.put("risk", new ActionRule(EnumSet.of(Intent.RECORD_RISK_FLAGS), INVESTIGATION));
        ACTIONS.put("early-resolution", new ActionRule(EnumSet.of(Intent.CONSIDER_EARLY_RESOLUTION), INVESTIGATION));
        ACTIONS.put("categories", new ActionRule(EnumSet.of(Intent.CATEGORISE), INVESTIGATION));
        ACTIONS.put("legal-hold", new ActionRule(EnumSet.of(Intent.PLACE_LEGAL_HOLD, Intent.LIFT_LEGAL_HOLD), CASEWORK));
    }

    private final ComplaintService complaints;
    private final ComplaintQueries queries;
    private final StaffDirectory staff;
    private final Words words = new Words();

    private final org.springframework.beans.factory.ObjectProvider<CaseContributions> contributions;

    private final org.putright.shared.PlainLanguage plainLanguage;

    private final org.putright.complaints.Retention retention;

    private final org.putright.complaints.ComplaintCategories categories;

    CasePages(ComplaintService complaints, ComplaintQueries queries, StaffDirectory staff,
            org.springframework.beans.factory.ObjectProvider<CaseContributions> contributions,
            org.putright.shared.PlainLanguage plainLanguage, org.putright.complaints.Retention retention,
            org.putright.complaints.ComplaintCategories categories) {
        this.categories = categories;
        this.retention = retention;
        this.plainLanguage = plainLanguage;
        this.contributions = contributions;
        this.complaints = complaints;
        this.queries = queries;
        this.staff = staff;
    }

    @InitBinder
    void directFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute("w")
    Words words() {
        return words;
    }

    // ------------------------------------------------------------------ work queue

    record PageLink(Integer number, String href, boolean current) {

        /** Built here, not in the template: Thymeleaf reads a pair of "__" in an expression as preprocessing. */
        public String cssClass() {
            return number == null ? "govuk-pagination__item--ellipses" : current ? "govuk-pagination__item--current" : "";
        }
    }

    @GetMapping
    String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String status, @RequestParam(required = false) String handler,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String q, @RequestParam(required = false) String closed,
            @RequestParam(required = false) String priority, @RequestParam(defaultValue = "1") String page, Model model) {
        String me = staff.currentUsername();
        boolean mine = view == null ? hasAny(INVESTIGATION) : "mine".equals(view);
        Integer stageValue = "1".equals(stage) ? Integer.valueOf(1) : "2".equals(stage) ? Integer.valueOf(2) : null;
        Status statusValue = parse(Status.class, status);
        Channel channelValue = parse(Channel.class, channel);
        boolean overdueOnly = overdue != null && !overdue.isBlank();
        boolean includeClosed = closed != null && !closed.isBlank();
        boolean priorityOnly = priority != null && !priority.isBlank();
        // a work queue is open work: cases with a next deadline, unless closed ones are asked for or a status is chosen
        boolean openOnly = !includeClosed && statusValue == null;
        String handlerValue = mine ? me : blankToNull(handler);
        String text = q == null ? null : q.strip();
        int pageNumber = Math.max(1, parseInt(page, 1));

        ComplaintQueries.Page result = queries.list(new ComplaintQueries.Filter(statusValue == null ? null : List.of(statusValue), stageValue,
                handlerValue, channelValue, null, overdueOnly, false, text == null || text.isBlank() ? null : text, openOnly, priorityOnly),
                pageNumber - 1, PAGE_SIZE);

        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/cases").queryParam("view", mine ? "mine" : "all");
        if (stageValue != null) base.queryParam("stage", stageValue);
        if (statusValue != null) base.queryParam("status", statusValue.name());
        if (!mine && handlerValue != null) base.queryParam("handler", handlerValue);
        if (channelValue != null) base.queryParam("channel", channelValue.name());
        if (overdueOnly) base.queryParam("overdue", "yes");
        if (text != null && !text.isBlank()) base.queryParam("q", text);
        if (includeClosed) base.queryParam("closed", "yes");
        if (priorityOnly) base.queryParam("priority", "yes");
        String baseUrl = base.encode().build().toUriString();

        List<StaffMember> handlers = staff.handlers();
        model.addAttribute("mine", mine);
        model.addAttribute("counts", queries.counts(mine ? me : null));
        model.addAttribute("result", result);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pageLinks(baseUrl, pageNumber, result.totalPages()));
        model.addAttribute("previous", pageNumber > 1 ? baseUrl + "&page=" + (pageNumber - 1) : null);
        model.addAttribute("next", pageNumber < result.totalPages() ? baseUrl + "&page=" + (pageNumber + 1) : null);
        model.addAttribute("stage", stageValue == null ? "" : stageValue.toString());
        model.addAttribute("status", statusValue == null ? "" : statusValue.name());
        model.addAttribute("handler", handlerValue == null || mine ? "" : handlerValue);
        model.addAttribute("channel", channelValue == null ? "" : channelValue.name());
        model.addAttribute("overdue", overdueOnly);
        model.addAttribute("closed", includeClosed);
        model.addAttribute("priorityOnly", priorityOnly);
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("withClosed", openOnly ? baseUrl + "&closed=yes" : null);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("handlers", handlers);
        model.addAttribute("names", names(handlers));
        return "cases/queue";
    }

    private static List<PageLink> pageLinks(String baseUrl, int current, int total) {
        List<PageLink> links = new ArrayList<>();
        Integer last = null;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 1) {
                if (last != null && n - last > 1) {
                    links.add(new PageLink(null, null, false));
                }
                links.add(new PageLink(n, baseUrl + "&page=" + n, n == current));
                last = n;
            }
        }
        return links;
    }

    // ------------------------------------------------------------------ log a complaint

    @GetMapping("/new")
    String newComplaint(Model model) {
        NewComplaintForm form = new NewComplaintForm();
        ZonedDateTime now = ZonedDateTime.now(Words.LONDON);
        form.receivedOn = DateParts.of(now.toLocalDate());
        form.receivedTime = HH_MM.format(now);
        return newComplaintPage(model, form, new LinkedHashMap<>());
    }

    private String newComplaintPage(Model model, NewComplaintForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("relationships", Representative.Relationship.values());
        model.addAttribute("riskFlags", RiskFlag.values());
        return "cases/new";
    }

    @PostMapping("/new")
    String logComplaint(@ModelAttribute("form") NewComplaintForm form, Model model, RedirectAttributes redirect) {
        requireRole(INTAKE);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate receivedOn = requiredDate(errors, "receivedOn", form.receivedOn, "the date the complaint was received");
        LocalTime receivedTime = null;
        if (form.receivedTime == null || form.receivedTime.isBlank()) {
            errors.put("receivedTime", "Enter the time the complaint was received");
        }
        else {
            try {
                receivedTime = LocalTime.parse(form.receivedTime.strip(), DateTimeFormatter.ofPattern("H:mm"));
            }
            catch (DateTimeParseException e) {
                errors.put("receivedTime", "Enter the time as hours and minutes, like 14:30");
            }
        }
        Channel channel = parse(Channel.class, form.channel);
        if (channel == null) {
            errors.put("channel", "Select how the complaint was made");
        }
        required(errors, "residentName", form.residentName, "Enter the resident's name", 200);
        max(errors, "tenancyReference", form.tenancyReference, "Tenancy reference", 64);
        if (!blank(form.email) && !EMAIL.matcher(form.email.strip()).matches()) {
            errors.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        max(errors, "email", form.email, "Email address", 320);
        max(errors, "phone", form.phone, "Phone number", 40);
        max(errors, "postcode", form.postcode, "Postcode", 10);
        Representative representative = null;
        Representative.Relationship relationship = parse(Representative.Relationship.class, form.representativeRelationship);
        if (!blank(form.representativeName) || relationship != null) {
            required(errors, "representativeName", form.representativeName, "Enter the representative's name", 200);
            if (relationship == null) {
                errors.put("representativeRelationship", "Select the representative's relationship to the resident");
            }
            representative = new Representative(trim(form.representativeName), relationship, null, null, form.representativeConsent);
        }
        required(errors, "description", form.description, "Enter the resident's complaint in their own words", 50_000);
        LocalDate issueOn = optionalDate(errors, "issueOccurredOn", form.issueOccurredOn, "the date the issue occurred");
        max(errors, "outcomeSought", form.outcomeSought, "What would put it right", 10_000);
        max(errors, "contactPreference", form.contactPreference, "Contact preference", 2_000);
        max(errors, "supportNeeds", form.supportNeeds, "Support needs", 10_000);
        Set<RiskFlag> flags = riskFlags(errors, "riskFlags", form.riskFlags);
        max(errors, "riskNotes", form.riskNotes, "What you know about the risk", 5_000);
        if (errors.isEmpty()) {
            OffsetDateTime receivedAt = receivedOn.atTime(receivedTime).atZone(Words.LONDON).toOffsetDateTime();
            try {
                var created = complaints.receive(new ComplaintService.NewComplaint(receivedAt, channel,
                        new Resident(trim(form.residentName), blankToNull(form.tenancyReference), blankToNull(form.email),
                                blankToNull(form.phone), blankToNull(form.postcode)),
                        representative, form.description, issueOn, form.outcomeSought, form.contactPreference, form.supportNeeds, flags,
                        blankToNull(form.riskNotes)), null);
                redirect.addFlashAttribute("success", "Complaint " + created.complaint().reference() + " logged");
                return "redirect:/cases/" + created.complaint().id();
            }
            catch (InvalidRequestException e) {
                String field = switch (e.field()) {
                    case "receivedAt" -> "receivedOn";
                    case "issueOccurredOn" -> "issueOccurredOn";
                    default -> "description";
                };
                errors.put(field, fieldLabel(field) + " " + e.getMessage());
            }
            catch (CodeRuleViolation e) {
                errors.put("description", provisionMessage(e));
            }
        }
        return newComplaintPage(model, form, errors);
    }

    // ------------------------------------------------------------------ case page

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ComplaintView complaint;
        try {
            complaint = complaints.get(id);
        }
        catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "cases/not-found";
        }
        return casePage(model, complaint, null, null, new LinkedHashMap<>());
    }

    private String casePage(Model model, ComplaintView c, String failedAction, ActionForm submitted, Map<String, String> errors) {
        Set<String> available = availableActions(c);
        Map<String, ActionForm> forms = new LinkedHashMap<>();
        for (String action : ACTIONS.keySet()) {
            forms.put(action, defaults(c, action));
        }
        if (failedAction != null && submitted != null) {
            while (submitted.remedies.size() < 3) {
                submitted.remedies.add(new ActionForm.RemedyRow());
            }
            while (submitted.actions.size() < 3) {
                submitted.actions.add(new ActionForm.ActionRow());
            }
            forms.put(failedAction, submitted);
        }
        Set<String> people = new LinkedHashSet<>();
        c.history().forEach(h -> people.add(h.actor()));
        c.stages().forEach(s -> people.add(s.handler()));
        people.add(c.handler());
        c.history().forEach(h -> {
            if (h.details() instanceof org.putright.complaints.ComplaintEvent.HandlerAssigned a) {
                people.add(a.previousHandler());
            }
        });
        Map<String, String> names = new LinkedHashMap<>();
        for (String person : people) {
            if (person != null) {
                names.put(person, staff.find(person).map(StaffMember::displayName).orElse(person));
            }
        }
        model.addAttribute("c", c);
        model.addAttribute("actions", available);
        model.addAttribute("forms", forms);
        model.addAttribute("openAction", failedAction);
        model.addAttribute("errors", errors);
        model.addAttribute("names", names);
        model.addAttribute("handlers", staff.handlers());
        model.addAttribute("grounds", complaints.refusalGrounds().stream().filter(g -> g.active()).toList());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("remedyTypes", Remedy.Type.values());
        model.addAttribute("amountFields", AmountField.ALL);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("history", c.history().reversed());
        model.addAttribute("sections", contributions.orderedStream()
                .sorted(java.util.Comparator.comparingInt(CaseContributions::order))
                .flatMap(contribution -> contribution.sections(c.id()).stream()).toList());
        model.addAttribute("intents", c.allowedActions().stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("riskFlags", RiskFlag.values());
        model.addAttribute("retentionYears", retention.policy().yearsAfterClosure());
        ComplaintView.CategoriesView filed = c.categories();
        model.addAttribute("serviceAreas", categoryChoices(org.putright.complaints.CategoryKind.SERVICE_AREA, filed.serviceArea()));
        model.addAttribute("causes", categoryChoices(org.putright.complaints.CategoryKind.CAUSE, filed.cause()));
        model.addAttribute("teams", categoryChoices(org.putright.complaints.CategoryKind.TEAM, filed.team()));
        model.addAttribute("categoryLabels", categories.all().stream().collect(Collectors.toMap(
                k -> k.kind().name() + ":" + k.code(), org.putright.complaints.Category::label)));
        return "cases/case";
    }

    /** The active categories of a kind, and the one the complaint is filed under even if it was retired since. */
    private List<org.putright.complaints.Category> categoryChoices(org.putright.complaints.CategoryKind kind, String current) {
        return categories.all().stream().filter(k -> k.kind() == kind && (k.active() || k.code().equals(current))).toList();
    }

    private Set<String> availableActions(ComplaintView c) {
        Set<String> available = new LinkedHashSet<>();
        ACTIONS.forEach((action, rule) -> {
            boolean allowed = switch (action) {
                case "refuse" -> c.allowedActions().contains(c.stage() > 1 ? Intent.REFUSE_TO_ESCALATE : Intent.REFUSE_TO_ACCEPT);
                // 6.1: asked once the case is flagged, until the consideration is recorded
                case "early-resolution" -> c.earlyResolution().checkDue() && c.allowedActions().contains(Intent.CONSIDER_EARLY_RESOLUTION);
                default -> rule.intents().stream().anyMatch(c.allowedActions()::contains);
            };
            if (allowed && hasAny(rule.roles())) {
                available.add(action);
            }
        });
        return available;
    }

    private ActionForm defaults(ComplaintView c, String action) {
        ActionForm form = new ActionForm();
        LocalDate today = LocalDate.now(Words.LONDON);
        form.date = DateParts.of(today);
        form.time = HH_MM.format(ZonedDateTime.now(Words.LONDON));
        if ("acknowledge".equals(action) && c.stage() > 1 && c.definition() != null) {
            Definition d = c.definition();
            form.summary = nullToEmpty(d.summary());
            form.points = String.join("\n", d.points());
            form.outcomesSought = String.join("\n", d.outcomesSought());
            form.notResponsibleFor = String.join("\n", d.notResponsibleFor());
        }
        if ("acknowledge".equals(action) && c.stage() == 1 && c.residentStatement() != null && c.residentStatement().outcomeSought() != null) {
            form.outcomesSought = c.residentStatement().outcomeSought();
        }
        if ("assign".equals(action) || "acknowledge".equals(action) && c.stage() == 1) {
            form.handler = nullToEmpty(c.handler());
        }
        if ("respond".equals(action) && c.definition() != null) {
            for (String point : c.definition().pointsToAnswer()) {
                ActionForm.PointRow row = new ActionForm.PointRow();
                row.point = nullToEmpty(point);
                form.pointRows.add(row);
            }
        }
        if ("respond".equals(action)) {
            for (int i = 0; i < 3; i++) {
                form.remedies.add(new ActionForm.RemedyRow());
                ActionForm.ActionRow row = new ActionForm.ActionRow();
                form.actions.add(row);
            }
        }
        if ("extend".equals(action)) {
            form.days = "10";
        }
        if ("categories".equals(action)) {
            form.serviceArea = nullToEmpty(c.categories().serviceArea());
            form.cause = nullToEmpty(c.categories().cause());
            form.team = nullToEmpty(c.categories().team());
        }
        if ("risk".equals(action)) {
            form.riskFlags = new ArrayList<>(c.riskFlags().stream().map(Enum::name).toList());
            form.notes = nullToEmpty(c.riskNotes());
        }
        return form;
    }

    // ------------------------------------------------------------------ actions

    /** One action: checks the role, reads the form (adding field errors), calls the service; returns the success message. */
    private interface Step {
        String run(Map<String, String> errors);
    }

    private String perform(UUID id, String action, ActionForm form, Model model, RedirectAttributes redirect, Step step) {
        ComplaintView before = complaints.get(id);
        if (!hasAny(ACTIONS.get(action).roles())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role does not allow this");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            String done = step.run(errors);
            if (errors.isEmpty() && done != null) {
                redirect.addFlashAttribute("success", done);
                return "redirect:/cases/" + id;
            }
        }
        catch (CodeRuleViolation e) {
            if (e.details().get("missingElements") instanceof List<?> missing && !missing.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> items = (List<Map<String, String>>) missing;
                missingElementErrors(errors, action, e.provision(), items);
            }
            else {
                errors.put(action + "-form", provisionMessage(e));
            }
        }
        catch (InvalidRequestException e) {
            String field = action + "-" + formField(e.field());
            errors.put(field, fieldLabel(formField(e.field())) + " " + e.getMessage());
        }
        catch (ConflictException e) {
            errors.put(action + "-form", e.getMessage());
        }
        if (errors.isEmpty()) {
            errors.put(action + "-form", "This could not be recorded");
        }
        model.addAttribute("failed", true);
        return casePage(model, complaints.get(before.id()), action, form, errors);
    }

    /** 6.9 / 6.19: each missing element against the field that supplies it. */
    private static void missingElementErrors(Map<String, String> errors, String action, String provision,
            List<Map<String, String>> missing) {
        for (Map<String, String> m : missing) {
            String label = m.get("label") == null ? "" : m.get("label") + ". ";
            errors.merge(elementField(action, m.get("element")), "Provision " + provision + " " + label + m.get("description")
                    + " is missing. " + m.get("howToProvide"), (a, b) -> a + " " + b);
        }
    }

    private static String elementField(String action, String element) {
        return switch (element) {
            case "DECISION" -> action + "-decision";
            case "REASONS" -> action + "-reasons";
            case "REMEDY" -> action + "-no-remedy-reason";
            case "OUTSTANDING_ACTIONS" -> action + "-no-actions";
            default -> action + "-form";
        };
    }

    @PostMapping("/{id}/triage")
    String triage(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "triage", form, model, redirect, errors -> {
            if (!"COMPLAINT".equals(form.outcome) && !"SERVICE_REQUEST".equals(form.outcome)) {
                errors.put("triage-outcome", "Select whether this is a complaint or a service request");
            }
            max(errors, "triage-reasons", form.reasons, "Reasons", 20_000);
            if (!errors.isEmpty()) {
                return null;
            }
            complaints.triage(id, form.outcome, blankToNull(form.reasons), form.residentTold);
            return "COMPLAINT".equals(form.outcome) ? "Confirmed as a complaint" : "Recorded as a service request";
        });
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "acknowledge", form, model, redirect, errors -> {
            LocalDate on = requiredDate(errors, "acknowledge-date", form.date, "the date the complaint was acknowledged");
            if (blank(form.handler)) {
                errors.put("acknowledge-handler", "Select who will handle the complaint");
            }
            max(errors, "acknowledge-summary", form.summary, "Summary", 5_000);
            max(errors, "acknowledge-clarification", form.clarification, "Clarification requested", 5_000);
            if (!errors.isEmpty()) {
                return null;
            }
            Definition definition = new Definition(blankToNull(form.summary), lines(form.points), lines(form.outcomesSought),
                    lines(form.responsibleFor), lines(form.notResponsibleFor), blankToNull(form.clarification));
            ComplaintView done = complaints.acknowledge(id, on, form.handler, definition);
            return "Stage " + done.stage() + " acknowledged";
        });
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "assign", form, model, redirect, errors -> {
            if (blank(form.handler)) {
                errors.put("assign-handler", "Select who will handle the complaint");
                return null;
            }
            complaints.assign(id, form.handler);
            return "Assigned to " + staff.find(form.handler).map(StaffMember::displayName).orElse(form.handler);
        });
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "extend", form, model, redirect, errors -> {
            int days = parseInt(form.days, -1);
            if (days < 1 || days > 200) {
                errors.put("extend-days", "Enter the number of working days as a whole number from 1 to 200");
            }
            max(errors, "extend-reason", form.reason, "Reason", 5_000);
            LocalDate told = optionalDate(errors, "extend-date", form.date, "the date the resident was told");
            max(errors, "extend-goodReason", form.goodReason, "Good reason", 5_000);
            Integer every = blank(form.updateEvery) ? null : parseInt(form.updateEvery, -1);
            if (every != null && (every < 1 || every > 20)) {
                errors.put("extend-update-every", "Enter how often you will update the resident as a whole number of working days from 1 to 20");
            }
            if (!errors.isEmpty()) {
                return null;
            }
            ComplaintView done = complaints.extend(id, days, blankToNull(form.reason), told, blankToNull(form.goodReason), every);
            return "Response deadline extended to " + words.date(done.deadlines().respondBy());
        });
    }

    @PostMapping("/{id}/respond")
    String respond(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "respond", form, model, redirect, errors -> {
            LocalDate on = requiredDate(errors, "respond-date", form.date, "the date of the response");
            // a missing decision, reasons, remedy or actions statement is left to the Code's rule (6.9 / 6.19), which
            // names every missing element at once
            Decision decision = parse(Decision.class, form.decision);
            max(errors, "respond-reasons", form.reasons, "Reasons", 50_000);
            max(errors, "respond-no-remedy-reason", form.noRemedyReason, "Why no remedy is offered", 5_000);
            List<PointDecision> points = new ArrayList<>();
            for (int i = 0; i < form.pointRows.size(); i++) {
                ActionForm.PointRow row = form.pointRows.get(i);
                Decision pointDecision = parse(Decision.class, row.decision);
                if (pointDecision == null) {
                    errors.put("respond-point-" + i, "Select the decision on point " + (i + 1) + ": " + row.point);
                }
                points.add(new PointDecision(row.point, pointDecision, blankToNull(row.reasons)));
            }
            List<Remedy> remedies = new ArrayList<>();
            for (int i = 0; i < form.remedies.size(); i++) {
                ActionForm.RemedyRow row = form.remedies.get(i);
                Remedy.Type type = parse(Remedy.Type.class, row.type);
                boolean anyAmount = !blank(row.statutory) || !blank(row.quantifiableLoss) || !blank(row.timeAndTrouble)
                        || !blank(row.distressAndInconvenience);
                if (type == null && blank(row.description) && row.dueOn.isBlank() && !anyAmount) {
                    continue;
                }
                if (type == null) {
                    errors.put("respond-remedy-type-" + i, "Select the type of remedy " + (i + 1));
                }
                if (blank(row.description)) {
                    errors.put("respond-remedy-description-" + i, "Describe remedy " + (i + 1) + ": what will happen");
                }
                LocalDate due = row.dueOn.isBlank() ? null
                        : requiredDate(errors, "respond-remedy-due-" + i, row.dueOn, "the date remedy " + (i + 1) + " will be done");
                Remedy.Financial financial = null;
                if (anyAmount || type == Remedy.Type.FINANCIAL) {
                    financial = new Remedy.Financial(money(errors, "respond-remedy-statutory-" + i, row.statutory),
                            money(errors, "respond-remedy-loss-" + i, row.quantifiableLoss),
                            money(errors, "respond-remedy-time-" + i, row.timeAndTrouble),
                            money(errors, "respond-remedy-distress-" + i, row.distressAndInconvenience));
                    String suffix = "-" + i;
                    if (type == Remedy.Type.FINANCIAL && financial.total().signum() <= 0 && errors.keySet().stream()
                            .noneMatch(k -> k.startsWith("respond-remedy-") && k.endsWith(suffix))) {
                        errors.put("respond-remedy-statutory-" + i, "Enter the amounts that make up financial remedy " + (i + 1));
                    }
                }
                remedies.add(new Remedy(type, trim(row.description), due, financial));
            }
            List<OutstandingAction> actions = new ArrayList<>();
            for (int i = 0; i < form.actions.size(); i++) {
                ActionForm.ActionRow row = form.actions.get(i);
                if (blank(row.description) && blank(row.owner) && row.dueOn.isBlank()) {
                    continue;
                }
                if (blank(row.description)) {
                    errors.put("respond-action-description-" + i, "Describe outstanding action " + (i + 1));
                }
                if (blank(row.owner)) {
                    errors.put("respond-action-owner-" + i, "Enter who owns outstanding action " + (i + 1) + " (a job title or team)");
                }
                LocalDate due = requiredDate(errors, "respond-action-due-" + i, row.dueOn, "the date outstanding action " + (i + 1) + " is due");
                actions.add(new OutstandingAction(trim(row.description), due, trim(row.owner)));
            }
            if (!remedies.isEmpty() && !blank(form.noRemedyReason)) {
                errors.put("respond-no-remedy-reason", "You listed remedies, so leave “why no remedy is offered” empty");
            }
            if (!actions.isEmpty() && form.noOutstandingActions) {
                errors.put("respond-no-actions", "You listed outstanding actions, so do not also confirm there are none");
            }
            ResponseDraft draft = new ResponseDraft(on, decision, blankToNull(form.reasons), points, remedies,
                    blankToNull(form.noRemedyReason), actions, form.noOutstandingActions);
            // every element the letter would lack (6.9 / 6.19), shown with the form's own errors in one summary
            MissingElements missing = complaints.missingResponseElements(id, draft);
            missingElementErrors(errors, "respond", missing.provision(), missing.missing());
            if (!errors.isEmpty()) {
                return null;
            }
            ComplaintView done = complaints.respond(id, draft);
            return "Stage " + done.stage() + " response recorded";
        });
    }

    /** 6.9 "clear, plain language": the wording check, shown beside the form with everything typed kept. */
    @PostMapping("/{id}/respond/check")
    String checkResponseWording(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model) {
        ComplaintView c = complaints.get(id);
        StringBuilder text = new StringBuilder(nullToEmpty(form.reasons)).append("\n\n");
        form.pointRows.forEach(row -> text.append(nullToEmpty(row.reasons)).append("\n\n"));
        form.remedies.forEach(row -> text.append(nullToEmpty(row.description)).append("\n\n"));
        text.append(nullToEmpty(form.noRemedyReason)).append("\n\n");
        form.actions.forEach(row -> text.append(nullToEmpty(row.description)).append("\n\n"));
        model.addAttribute("wording", plainLanguage.check(text.toString()));
        return casePage(model, c, "respond", form, new LinkedHashMap<>());
    }

    /** Pounds and pence, or null when left empty. */
    private static java.math.BigDecimal money(Map<String, String> errors, String field, String text) {
        if (blank(text)) {
            return null;
        }
        String cleaned = text.strip().replace("£", "").replace(",", "");
        try {
            java.math.BigDecimal amount = new java.math.BigDecimal(cleaned);
            if (amount.signum() < 0 || amount.scale() > 2) {
                errors.put(field, "Enter an amount in pounds and pence, like 150 or 150.00");
                return null;
            }
            return amount;
        }
        catch (NumberFormatException e) {
            errors.put(field, "Enter an amount in pounds and pence, like 150 or 150.00");
            return null;
        }
    }

    @PostMapping("/{id}/escalate")
    String escalate(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "escalate", form, model, redirect, errors -> {
            LocalDate on = requiredDate(errors, "escalate-date", form.date, "the date the resident asked");
            max(errors, "escalate-reason", form.reason, "Reason", 20_000);
            if (!errors.isEmpty()) {
                return null;
            }
            complaints.requestEscalation(id, on, blankToNull(form.reason));
            return "Escalation request recorded";
        });
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "refuse", form, model, redirect, errors -> {
            if (blank(form.ground)) {
                errors.put("refuse-ground", "Select the ground for refusal");
            }
            max(errors, "refuse-reasons", form.reasons, "Reasons", 20_000);
            LocalDate on = requiredDate(errors, "refuse-date", form.date, "the date of the decision");
            max(errors, "refuse-discretion", form.discretion, "Discretion considered", 20_000);
            if (!errors.isEmpty()) {
                return null;
            }
            ComplaintView done = complaints.refuse(id, form.ground, blankToNull(form.reasons), blankToNull(form.discretion), on);
            return done.stage() > 1 ? "Escalation refused" : "Complaint not accepted";
        });
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "resolve", form, model, redirect, errors -> {
            LocalDate on = requiredDate(errors, "resolve-date", form.date, "the date the service request was resolved");
            required(errors, "resolve-summary", form.summary, "Enter what was done", 20_000);
            if (!errors.isEmpty()) {
                return null;
            }
            complaints.resolveServiceRequest(id, on, form.summary.strip());
            return "Service request resolved";
        });
    }

    @PostMapping("/{id}/service-request-complaint")
    String serviceRequestComplaint(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "service-request-complaint", form, model, redirect, errors -> {
            OffsetDateTime at = dateTime(errors, "service-request-complaint", form);
            required(errors, "service-request-complaint-description", form.description, "Enter the resident's complaint in their own words", 50_000);
            if (!errors.isEmpty()) {
                return null;
            }
            var created = complaints.complainAboutServiceRequest(id, at, parse(Channel.class, form.channel), form.description);
            return "Complaint " + created.complaint().reference() + " logged about this service request";
        });
    }

    @PostMapping("/{id}/additional")
    String additional(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "additional", form, model, redirect, errors -> {
            OffsetDateTime at = dateTime(errors, "additional", form);
            required(errors, "additional-description", form.description, "Enter the additional complaint in the resident's words", 50_000);
            if (!"yes".equals(form.related) && !"no".equals(form.related)) {
                errors.put("additional-related", "Select whether it is related to this complaint");
            }
            if (!errors.isEmpty()) {
                return null;
            }
            var result = complaints.additionalComplaint(id, at, form.description, "yes".equals(form.related));
            return result.complaint().id().equals(id) ? "Additional complaint added to this stage"
                    : "New linked complaint " + result.complaint().reference() + " logged";
        });
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "close", form, model, redirect, errors -> {
            LocalDate on = requiredDate(errors, "close-date", form.date, "the date the complaint was closed");
            max(errors, "close-reason", form.reason, "Reason", 5_000);
            if (!errors.isEmpty()) {
                return null;
            }
            complaints.close(id, on, blankToNull(form.reason));
            return "Closed";
        });
    }

    @PostMapping("/{id}/note")
    String note(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "note", form, model, redirect, errors -> {
            required(errors, "note-text", form.text, "Enter the note", 50_000);
            if (!errors.isEmpty()) {
                return null;
            }
            complaints.addNote(id, form.text);
            return "Note added";
        });
    }


    /** 9.4: what the complaint is about, why it went wrong and who was involved, from the landlord's lists. */
    @PostMapping("/{id}/categories")
    String categories(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "categories", form, model, redirect, errors -> {
            if (blank(form.serviceArea) && blank(form.cause) && blank(form.team)) {
                errors.put("categories-service-area", "Select the service area, the cause or the team");
                return null;
            }
            complaints.categorise(id, blankToNull(form.serviceArea), blankToNull(form.cause), blankToNull(form.team));
            return "Categories recorded";
        });
    }

    /** 6.1: the risks to the resident now; unticking every flag removes them. */
    @PostMapping("/{id}/risk")
    String risk(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "risk", form, model, redirect, errors -> {
            Set<RiskFlag> flags = riskFlags(errors, "risk-flags", form.riskFlags);
            max(errors, "risk-notes", form.notes, "What you know about the risk", 5_000);
            if (!errors.isEmpty()) {
                return null;
            }
            ComplaintView done = complaints.recordRiskFlags(id, flags, blankToNull(form.notes));
            return done.riskFlags().isEmpty() ? "Risk and vulnerability flags removed" : "Risk and vulnerability flags recorded";
        });
    }

    /** 6.1: can this flagged stage 1 complaint be resolved early? The answer and what was weighed. */
    @PostMapping("/{id}/early-resolution")
    String earlyResolution(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "early-resolution", form, model, redirect, errors -> {
            if (!"yes".equals(form.canResolveEarly) && !"no".equals(form.canResolveEarly)) {
                errors.put("early-resolution-answer", "Select whether the complaint can be resolved early");
            }
            max(errors, "early-resolution-notes", form.notes, "What you considered", 10_000);
            if (!errors.isEmpty()) {
                return null;
            }
            try {
                complaints.considerEarlyResolution(id, "yes".equals(form.canResolveEarly), blankToNull(form.notes));
            }
            catch (CodeRuleViolation e) {
                errors.put("early-resolution-notes", provisionMessage(e));
                return null;
            }
            return "Early-resolution check recorded";
        });
    }

    @PostMapping("/{id}/legal-hold")
    String legalHold(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
        return perform(id, "legal-hold", form, model, redirect, errors -> {
            boolean held = complaints.get(id).legalHold().held();
            required(errors, "legal-hold-reason", form.reason,
                    held ? "Enter why the hold is no longer needed" : "Enter why the record must be kept, for example the claim or inquiry", 5_000);
            if (!errors.isEmpty()) {
                return null;
            }
            if (held) {
                complaints.liftLegalHold(id, form.reason.strip());
                return "Legal hold lifted";
            }
            complaints.placeLegalHold(id, form.reason.strip());
            return "Legal hold placed: the record is kept whatever the retention policy says";
        });
    }

    // ------------------------------------------------------------------ helpers

    private static Set<RiskFlag> riskFlags(Map<String, String> errors, String field, List<String> names) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        for (String name : names == null ? List.<String>of() : names) {
            RiskFlag flag = parse(RiskFlag.class, name);
            if (flag == null) {
                errors.put(field, "Select risks from the list");
            }
            else {
                flags.add(flag);
            }
        }
        return flags;
    }

    private OffsetDateTime dateTime(Map<String, String> errors, String action, ActionForm form) {
        LocalDate on = requiredDate(errors, action + "-date", form.date, "the date it was received");
        LocalTime time = null;
        try {
            time = LocalTime.parse(form.time == null ? "" : form.time.strip(), DateTimeFormatter.ofPattern("H:mm"));
        }
        catch (DateTimeParseException e) {
            errors.put(action + "-time", "Enter the time as hours and minutes, like 14:30");
        }
        return on == null || time == null ? null : on.atTime(time).atZone(Words.LONDON).toOffsetDateTime();
    }

    static String provisionMessage(CodeRuleViolation e) {
        return "Provision " + e.provision() + " of the Complaint Handling Code: " + e.getMessage();
    }

    private static String formField(String serviceField) {
        if (serviceField == null) {
            return "form";
        }
        return switch (serviceField) {
            case "acknowledgedOn", "respondedOn", "requestedOn", "decidedOn", "closedOn", "resolvedOn", "residentInformedOn", "receivedAt" -> "date";
            case "handler" -> "handler";
            case "ground" -> "ground";
            case "workingDays" -> "days";
            case "updateEveryWorkingDays" -> "update-every";
            case "serviceArea" -> "service-area";
            case "cause" -> "cause";
            case "team" -> "team";
            default -> "form";
        };
    }

    private static String fieldLabel(String field) {
        return switch (field) {
            case "receivedOn", "date" -> "The date";
            case "issueOccurredOn" -> "The date the issue occurred";
            case "handler" -> "The handler";
            case "ground" -> "The ground";
            case "days" -> "The number of working days";
            case "update-every" -> "How often you will update the resident";
            case "service-area" -> "The service area";
            case "cause" -> "The cause";
            case "team" -> "The team or contractor";
            default -> "This";
        };
    }

    static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static boolean hasAny(Set<String> roles) {
        return authorities().stream().anyMatch(roles::contains);
    }

    private static void requireRole(Set<String> roles) {
        if (!hasAny(roles)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role does not allow this");
        }
    }

    private static Map<String, String> names(List<StaffMember> members) {
        return members.stream().collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a, LinkedHashMap::new));
    }

    private static LocalDate requiredDate(Map<String, String> errors, String id, DateParts parts, String what) {
        if (parts == null || parts.isBlank()) {
            errors.put(id, "Enter " + what);
            return null;
        }
        LocalDate date = parts.toDate();
        if (date == null) {
            errors.put(id, capitalise(what) + " must be a real date");
        }
        return date;
    }

    private static LocalDate optionalDate(Map<String, String> errors, String id, DateParts parts, String what) {
        return parts == null || parts.isBlank() ? null : requiredDate(errors, id, parts, what);
    }

    private static void required(Map<String, String> errors, String id, String value, String message, int max) {
        if (blank(value)) {
            errors.put(id, message);
        }
        else {
            max(errors, id, value, "This", max);
        }
    }

    private static void max(Map<String, String> errors, String id, String value, String label, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(id, label + " must be " + max + " characters or fewer");
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}

package org.putright.ombudsman;

import org.putright.shared.web.PageForm;
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
 * Staff pages for the Ombudsman register (9.7 c): the register with overdue orders first and open alerts, recording a
 * case, and a case with its determination, orders and the forms to record compliance. Governance viewers read only.
 */
@Controller
class OmbudsmanPages {

    private static final Set<String> WRITERS = Set.of("ROLE_COMPLAINTS_OFFICER", "ROLE_MANAGER", "ROLE_ADMIN");
    private static final String WRITE = OmbudsmanApi.WRITE;
    /** Rows for elements on the determination form (no JavaScript to add more): enough for most determinations. */
    static final int ELEMENT_ROWS = 6;

    private final OmbudsmanCases cases;
    private final OmbudsmanReminders reminders;
    private final OmbudsmanRegister register;
    private final WorkingDays workingDays;
    private final ComplaintService complaints;

    OmbudsmanPages(OmbudsmanCases cases, OmbudsmanReminders reminders, OmbudsmanRegister register, WorkingDays workingDays,
            ComplaintService complaints) {
        this.complaints = complaints;
        this.cases = cases;
        this.reminders = reminders;
        this.register = register;
        this.workingDays = workingDays;
    }

    // ------------------------------------------------------------ the register

    @GetMapping("/ombudsman")
    String registerPage(@RequestParam(required = false) String status, @RequestParam(required = false) String year, Model model) {
        OmbudsmanCases.CaseStatus statusFilter = parse(OmbudsmanCases.CaseStatus.class, status);
        Integer yearFilter = parseYear(year);
        LocalDate today = workingDays.today();
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - 6; y--) {
            years.add(y);
        }
        if (yearFilter != null && !years.contains(yearFilter)) {
            years.add(yearFilter);
        }
        model.addAttribute("cases", cases.list(statusFilter, yearFilter));
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("statuses", OmbudsmanCases.CaseStatus.values());
        model.addAttribute("year", yearFilter);
        model.addAttribute("years", years);
        model.addAttribute("alerts", reminders.list(true, null));
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("summary", register.summaryFor(LocalDate.of(thisYear, 4, 1), LocalDate.of(thisYear + 1, 3, 31)));
        model.addAttribute("findings", Finding.values());
        model.addAttribute("canWrite", canWrite());
        model.addAttribute("w", new Words());
        return "ombudsman/register";
    }

    // ------------------------------------------------------------ a new case

    @GetMapping("/ombudsman/new")
    @PreAuthorize(WRITE)
    String newCase(@RequestParam(required = false) String complaint, @RequestParam(required = false) UUID complaintId, Model model) {
        Map<String, String> values = new HashMap<>();
        if (complaint != null) {
            values.put("complaintReference", complaint);
        }
        else if (complaintId != null) {
            // from the complaint's case page: its reference pre-fills the form
            try {
                values.put("complaintReference", complaints.get(complaintId).reference());
            }
            catch (NotFoundException e) {
                // an unknown complaint leaves the field empty to type
            }
        }
        return renderNew(model, new PageForm(values));
    }

    private String renderNew(Model model, PageForm form) {
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errors());
        model.addAttribute("w", new Words());
        return "ombudsman/new";
    }

    @PostMapping("/ombudsman")
    @PreAuthorize(WRITE)
    String create(@RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        String reference = form.text("ombudsmanReference");
        String complaint = form.text("complaintReference");
        if (reference.isEmpty()) {
            form.reject("ombudsmanReference", "Enter the Ombudsman's reference for the case");
        }
        if (complaint.isEmpty()) {
            form.reject("complaintReference", "Enter the reference of the complaint the case is about, like CMP-2025-00012");
        }
        LocalDate referredOn = form.date("referredOn", "referredOn", true, "the date the Ombudsman took the case on");
        if (!form.hasErrors()) {
            try {
                OmbudsmanCases.Case created = cases.create(new OmbudsmanCases.NewCase(reference, complaint, referredOn));
                return "redirect:/ombudsman/" + created.id();
            }
            catch (InvalidRequestException e) {
                form.reject(e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("ombudsmanReference", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderNew(model, form);
    }

    // ------------------------------------------------------------ a case

    @GetMapping("/ombudsman/{id}")
    String casePage(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return renderCase(id, model, null, null);
        }
        catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", e.getMessage());
            return "ombudsman/not-found";
        }
    }

    private String renderCase(UUID id, Model model, String failedForm, PageForm failed) {
        OmbudsmanCases.Case c = cases.get(id);
        Map<String, PageForm> forms = new HashMap<>();
        forms.put("status", PageForm.empty());
        forms.put("order", PageForm.empty());
        Map<String, String> elements = new HashMap<>();
        if (c.determination() != null) {
            List<OmbudsmanCases.Element> current = c.determination().elements();
            for (int i = 0; i < current.size(); i++) {
                elements.put("element-" + i + "-description", current.get(i).description());
                elements.put("element-" + i + "-finding", current.get(i).finding().name());
            }
        }
        forms.put("determination", new PageForm(elements));
        for (OmbudsmanCases.Order order : c.orders()) {
            forms.put("comply-" + order.id(), PageForm.empty());
        }
        if (failedForm != null) {
            forms.put(failedForm, failed);
        }
        int rows = Math.max(ELEMENT_ROWS, c.determination() == null ? 0 : c.determination().elements().size() + 1);
        List<Integer> elementRows = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, OmbudsmanCases.MAX_ELEMENTS); i++) {
            elementRows.add(i);
        }
        model.addAttribute("c", c);
        model.addAttribute("forms", forms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("elementRows", elementRows);
        model.addAttribute("findings", Finding.values());
        model.addAttribute("kinds", OmbudsmanCases.OrderKind.values());
        model.addAttribute("canWrite", canWrite());
        model.addAttribute("w", new Words());
        return "ombudsman/case";
    }

    @PostMapping("/ombudsman/{id}/status")
    @PreAuthorize(WRITE)
    String changeStatus(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        OmbudsmanCases.CaseStatus status = parse(OmbudsmanCases.CaseStatus.class, form.text("status"));
        if (status == null) {
            form.reject("status-status", "Choose the case's new status");
        }
        LocalDate on = form.date("on", "status-on", true, "the date of the change");
        String note = form.text("note");
        if (note.length() > 2000) {
            form.reject("status-note", "The note must be 2,000 characters or fewer");
        }
        if (!form.hasErrors()) {
            try {
                cases.changeStatus(id, status, on, note);
                return "redirect:/ombudsman/" + id;
            }
            catch (InvalidRequestException e) {
                form.reject("status-" + e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("status-status", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderCase(id, model, "status", form);
    }

    @PostMapping("/ombudsman/{id}/determination")
    @PreAuthorize(WRITE)
    String determine(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        LocalDate determinedOn = form.date("determinedOn", "determinedOn", true, "the date of the determination");
        List<OmbudsmanCases.Element> elements = new ArrayList<>();
        List<Integer> rowOfElement = new ArrayList<>();
        for (int i = 0; i < OmbudsmanCases.MAX_ELEMENTS; i++) {
            String description = form.text("element-" + i + "-description");
            String findingName = form.text("element-" + i + "-finding");
            if (description.isEmpty() && findingName.isEmpty()) {
                continue;
            }
            Finding finding = parse(Finding.class, findingName);
            if (description.isEmpty()) {
                form.reject("element-" + i + "-description", "Describe element " + (i + 1) + ": the issue the Ombudsman investigated");
            }
            else if (description.length() > 1000) {
                form.reject("element-" + i + "-description", "Element " + (i + 1) + "'s description must be 1,000 characters or fewer");
            }
            if (finding == null) {
                form.reject("element-" + i + "-finding", "Choose the Ombudsman's finding on element " + (i + 1));
            }
            elements.add(new OmbudsmanCases.Element(description, finding));
            rowOfElement.add(i);
        }
        if (elements.isEmpty()) {
            form.reject("element-0-description", "Enter at least one element of the complaint with the Ombudsman's finding");
        }
        if (!form.hasErrors()) {
            try {
                cases.determine(id, determinedOn, elements);
                return "redirect:/ombudsman/" + id + "#determination";
            }
            catch (InvalidRequestException e) {
                form.reject(determinationField(e.field(), rowOfElement), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("determinedOn", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderCase(id, model, "determination", form);
    }

    private static String determinationField(String field, List<Integer> rowOfElement) {
        if (field != null && field.startsWith("elements[")) {
            int index = Integer.parseInt(field.substring("elements[".length(), field.indexOf(']')));
            int row = index < rowOfElement.size() ? rowOfElement.get(index) : 0;
            return "element-" + row + (field.endsWith(".finding") ? "-finding" : "-description");
        }
        return "elements".equals(field) ? "element-0-description" : "determinedOn";
    }

    @PostMapping("/ombudsman/{id}/orders")
    @PreAuthorize(WRITE)
    String addOrder(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        PageForm form = new PageForm(values);
        OmbudsmanCases.OrderKind kind = parse(OmbudsmanCases.OrderKind.class, form.text("kind"));
        if (kind == null) {
            form.reject("order-kind", "Choose whether it is an order, a recommendation or a complaint handling failure order");
        }
        String description = form.text("description");
        if (description.isEmpty()) {
            form.reject("order-description", "Enter what the Ombudsman ordered or recommended");
        }
        else if (description.length() > 5000) {
            form.reject("order-description", "The description must be 5,000 characters or fewer");
        }
        LocalDate madeOn = form.date("madeOn", "order-madeOn", false, "the date it was made");
        LocalDate dueOn = form.date("dueOn", "order-dueOn", false, "the due date");
        if (!form.hasErrors()) {
            try {
                cases.addOrder(id, new OmbudsmanCases.NewOrder(kind, description, madeOn, dueOn));
                return "redirect:/ombudsman/" + id + "#orders";
            }
            catch (InvalidRequestException e) {
                form.reject("order-" + e.field(), e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("order-kind", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderCase(id, model, "order", form);
    }

    @PostMapping("/ombudsman/{id}/orders/{orderId}/compliance")
    @PreAuthorize(WRITE)
    String recordCompliance(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        String prefix = "comply-" + orderId;
        PageForm form = new PageForm(values);
        LocalDate compliedOn = form.date("compliedOn", prefix + "-compliedOn", true, "the date it was complied with");
        String evidence = form.text("evidence");
        if (evidence.isEmpty()) {
            form.reject(prefix + "-evidence", "Enter the evidence of compliance, such as what was done and where the proof is kept");
        }
        else if (evidence.length() > 5000) {
            form.reject(prefix + "-evidence", "The evidence must be 5,000 characters or fewer");
        }
        if (!form.hasErrors()) {
            try {
                cases.recordCompliance(id, orderId, compliedOn, evidence);
                return "redirect:/ombudsman/" + id + "#order-" + orderId;
            }
            catch (InvalidRequestException e) {
                form.reject(prefix + "-" + e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderCase(id, model, prefix, form);
    }

    // ------------------------------------------------------------ helpers

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            return y >= 2000 && y <= 2100 ? y : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean canWrite() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(WRITERS::contains);
    }
}

package org.putright.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.putright.calendar.WorkingDays;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.web.Landlord;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Tenant Satisfaction Measures page for a reporting year, with the downloads in the Regulator's layout. Managers
 * record the homes owned and the TP09 survey results here.
 */
@Controller
class TsmPages {

    static final String VIEW = "hasAnyRole('MANAGER','GOVERNANCE_VIEWER','COMPLAINTS_OFFICER','ADMIN')";

    /** What a form was given and what was wrong with it (field id to message, in order). */
    public record Form(Map<String, String> values, Map<String, String> errors) {

        static Form empty() {
            return new Form(Map.of(), new LinkedHashMap<>());
        }

        public String value(String name) {
            return values.get(name);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    private final TsmMeasures measures;
    private final TsmExport export;
    private final TsmHomes homes;
    private final Tp09Results tp09;
    private final WorkingDays workingDays;
    private final Landlord landlord;

    TsmPages(TsmMeasures measures, TsmExport export, TsmHomes homes, Tp09Results tp09, WorkingDays workingDays, Landlord landlord) {
        this.measures = measures;
        this.export = export;
        this.homes = homes;
        this.tp09 = tp09;
        this.workingDays = workingDays;
        this.landlord = landlord;
    }

    @GetMapping("/reports/tsm")
    @PreAuthorize(VIEW)
    String page(@RequestParam(required = false) Integer year, Authentication who, Model model) {
        return render(year(year), who, model, Form.empty(), Form.empty());
    }

    @PostMapping("/reports/tsm/homes")
    @PreAuthorize(TsmApi.RECORD)
    String recordHomes(@RequestParam Map<String, String> values, Authentication who, Model model, HttpServletResponse response) {
        ReportingYear year = year(parseYear(values.get("year")));
        Form form = new Form(values, new LinkedHashMap<>());
        Integer count = whole(values.get("homes"), "homes-owned", "Enter the number of homes owned", form);
        if (form.errors().isEmpty()) {
            try {
                homes.record(year, count, who.getName());
                return "redirect:/reports/tsm?year=" + year.year() + "#homes";
            }
            catch (InvalidRequestException e) {
                form.errors().put("homes-owned", "The number of homes " + e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(year, who, model, form, Form.empty());
    }

    @PostMapping("/reports/tsm/tp09")
    @PreAuthorize(TsmApi.RECORD)
    String recordTp09(@RequestParam Map<String, String> values, @RequestParam(required = false) MultipartFile file, Authentication who,
            Model model, HttpServletResponse response) throws IOException {
        ReportingYear year = year(parseYear(values.get("year")));
        Form form = new Form(values, new LinkedHashMap<>());
        boolean upload = file != null && !file.isEmpty();
        Integer respondents = null;
        Integer satisfied = null;
        if (!upload) {
            respondents = whole(values.get("respondents"), "respondents", "Enter how many tenants answered, or upload a CSV of the answers", form);
            satisfied = whole(values.get("satisfied"), "satisfied", "Enter how many were very or fairly satisfied", form);
        }
        if (form.errors().isEmpty()) {
            try {
                if (upload) {
                    tp09.importCsv(year, new String(file.getBytes(), StandardCharsets.UTF_8), who.getName());
                }
                else {
                    tp09.record(year, respondents, satisfied, who.getName());
                }
                return "redirect:/reports/tsm?year=" + year.year() + "#tp09";
            }
            catch (InvalidRequestException e) {
                String field = upload ? "file" : e.field();
                form.errors().put(field, (upload ? "The file " : "The number ") + e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(year, who, model, Form.empty(), form);
    }

    @GetMapping("/reports/tsm.csv")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        ReportingYear reportingYear = year(year);
        byte[] body = export.csv(measures.forYear(reportingYear)).getBytes(StandardCharsets.UTF_8);
        return download(body, "text/csv;charset=UTF-8", "tsm-complaints-" + reportingYear.label().replace('/', '-') + ".csv");
    }

    @GetMapping("/reports/tsm.xlsx")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
        ReportingYear reportingYear = year(year);
        byte[] body = export.xlsx(measures.forYear(reportingYear), landlord.name());
        return download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "tsm-complaints-" + reportingYear.label().replace('/', '-') + ".xlsx");
    }

    private String render(ReportingYear year, Authentication who, Model model, Form homesForm, Form tp09Form) {
        TsmMeasures.Report report = measures.forYear(year);
        Map<String, String> errors = new LinkedHashMap<>(homesForm.errors());
        errors.putAll(tp09Form.errors());
        int current = ReportingYear.containing(workingDays.today()).year();
        model.addAttribute("report", report);
        model.addAttribute("year", year);
        model.addAttribute("lines", export.lines(report));
        model.addAttribute("homesHistory", homes.history(year));
        model.addAttribute("years", IntStream.rangeClosed(0, 6).mapToObj(i -> new ReportingYear(current - i)).toList());
        model.addAttribute("canRecord", who.getAuthorities().stream()
                .anyMatch(a -> List.of("ROLE_MANAGER", "ROLE_ADMIN").contains(a.getAuthority())));
        model.addAttribute("homesForm", homesForm);
        model.addAttribute("tp09Form", tp09Form);
        model.addAttribute("errors", errors);
        return "reporting/tsm";
    }

    private ReportingYear year(Integer year) {
        return year == null ? ReportingYear.containing(workingDays.today()) : new ReportingYear(year);
    }

    private static Integer parseYear(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        }
        catch (NumberFormatException e) {
            throw new InvalidRequestException("year", text, "must be a reporting year such as 2025");
        }
    }

    /** A whole number as people type it (commas allowed), or an error on the field. */
    private static Integer whole(String text, String field, String missing, Form form) {
        String typed = text == null ? "" : text.trim().replace(",", "");
        if (typed.isEmpty()) {
            form.errors().put(field, missing);
            return null;
        }
        try {
            return Integer.valueOf(typed);
        }
        catch (NumberFormatException e) {
            form.errors().put(field, "Enter a whole number, like 2000");
            return null;
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}

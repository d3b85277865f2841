package org.putright.reporting;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.reporting.GovernanceReports.Quarter;
import org.putright.reporting.GovernanceReports.Report;
import org.putright.shared.InvalidRequestException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The quarterly report for the governing body (9.6, 9.7) and the annual complaints performance and service improvement
 * report (8.1, 8.2) as pages, with their PDF, DOCX and web versions. Governance viewers read; managers and complaints
 * officers write the commentary and the Ombudsman reports' summaries; only a manager records the governing body's
 * response, on its behalf.
 */
@Controller
class GovernanceReportPages {

    static final String VIEW = DashboardPages.VIEWERS;
    static final String WRITE = "hasAnyRole('MANAGER','COMPLAINTS_OFFICER')";
    static final String RESPOND = "hasRole('MANAGER')";

    private final GovernanceReports reports;
    private final ReportTexts texts;
    private final ReportFiles files;

    GovernanceReportPages(GovernanceReports reports, ReportTexts texts, ReportFiles files) {
        this.reports = reports;
        this.texts = texts;
        this.files = files;
    }

    /** What a form was given and what was wrong with it (field id to message, in order). */
    public record Form(Map<String, String> values, Map<String, String> errors) {

        public String value(String name) {
            return values.get(name);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public DashboardPages.DateParts date(String name) {
            return new DashboardPages.DateParts(values.get(name + ".day"), values.get(name + ".month"), values.get(name + ".year"));
        }
    }

    // ------------------------------------------------------------------ reading

    @GetMapping("/reports/annual")
    @PreAuthorize(VIEW)
    String annual(@RequestParam(required = false) Integer year, Authentication who, Model model) {
        ReportingYear y = year == null ? new ReportingYear(ReportingYear.containing(reports.today()).year() - 1) : new ReportingYear(year);
        Report report = reports.annual(y);
        model.addAttribute("base", "/reports/annual/" + y.year());
        model.addAttribute("previousHref", "/reports/annual?year=" + (y.year() - 1));
        model.addAttribute("previousText", "Annual report " + new ReportingYear(y.year() - 1).label());
        model.addAttribute("nextHref", "/reports/annual?year=" + (y.year() + 1));
        model.addAttribute("nextText", "Annual report " + new ReportingYear(y.year() + 1).label());
        model.addAttribute("apiHref", "/api/v1/reports/annual?year=" + y.year());
        return page(report, who, model);
    }

    @GetMapping("/reports/quarterly")
    @PreAuthorize(VIEW)
    String quarterly(@RequestParam(required = false) String quarter, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Authentication who, Model model) {
        Quarter q = quarter != null ? Quarter.parse(quarter)
                : from != null || to != null ? Quarter.of(from, to) : Quarter.containing(reports.today()).previous();
        Report report = reports.quarterly(q);
        model.addAttribute("base", "/reports/quarterly/" + q.code());
        model.addAttribute("previousHref", "/reports/quarterly?quarter=" + q.previous().code());
        model.addAttribute("previousText", q.previous().label());
        model.addAttribute("nextHref", "/reports/quarterly?quarter=" + q.next().code());
        model.addAttribute("nextText", q.next().label());
        model.addAttribute("apiHref", "/api/v1/reports/quarterly?quarter=" + q.code());
        return page(report, who, model);
    }

    private String page(Report report, Authentication who, Model model) {
        ReportDocument document = ReportDocument.of(report);
        model.addAttribute("report", report);
        model.addAttribute("doc", document);
        model.addAttribute("charts", document.svgCharts());
        model.addAttribute("canWrite", has(who, "ROLE_MANAGER", "ROLE_COMPLAINTS_OFFICER"));
        model.addAttribute("longDate", (java.util.function.Function<LocalDate, String>) ReportDocument::date);
        return "reporting/governance-report";
    }

    @GetMapping("/reports/annual/{year}.pdf")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> annualPdf(@PathVariable int year) {
        ReportingYear y = new ReportingYear(year);
        return download(files.pdf(ReportDocument.of(reports.annual(y))), MediaType.APPLICATION_PDF_VALUE, annualName(y) + ".pdf");
    }

    @GetMapping("/reports/annual/{year}.docx")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> annualDocx(@PathVariable int year) {
        ReportingYear y = new ReportingYear(year);
        return download(files.docx(ReportDocument.of(reports.annual(y))), ReportFiles.DOCX_TYPE, annualName(y) + ".docx");
    }

    /** The web version, to publish on the landlord's website: a standalone page with no staff menu. */
    @GetMapping(value = "/reports/annual/{year}.html", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(VIEW)
    ResponseEntity<String> annualHtml(@PathVariable int year) {
        return html(files.html(ReportDocument.of(reports.annual(new ReportingYear(year)))));
    }

    @GetMapping("/reports/quarterly/{quarter}.pdf")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> quarterlyPdf(@PathVariable String quarter) {
        Quarter q = Quarter.parse(quarter);
        return download(files.pdf(ReportDocument.of(reports.quarterly(q))), MediaType.APPLICATION_PDF_VALUE, quarterName(q) + ".pdf");
    }

    @GetMapping("/reports/quarterly/{quarter}.docx")
    @PreAuthorize(VIEW)
    ResponseEntity<byte[]> quarterlyDocx(@PathVariable String quarter) {
        Quarter q = Quarter.parse(quarter);
        return download(files.docx(ReportDocument.of(reports.quarterly(q))), ReportFiles.DOCX_TYPE, quarterName(q) + ".docx");
    }

    @GetMapping(value = "/reports/quarterly/{quarter}.html", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(VIEW)
    ResponseEntity<String> quarterlyHtml(@PathVariable String quarter) {
        return html(files.html(ReportDocument.of(reports.quarterly(Quarter.parse(quarter)))));
    }

    static String annualName(ReportingYear y) {
        return "complaints-annual-report-" + y.label().replace('/', '-');
    }

    static String quarterName(Quarter q) {
        return "complaints-quarterly-report-" + q.code();
    }

    static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(body);
    }

    // ------------------------------------------------------------------ writing

    @GetMapping("/reports/annual/{year}/text")
    @PreAuthorize(WRITE)
    String annualText(@PathVariable int year, Authentication who, Model model) {
        ReportingYear y = new ReportingYear(year);
        return form(reports.annual(y), "/reports/annual/" + year, "/reports/annual?year=" + year, null, null, who, model);
    }

    @GetMapping("/reports/quarterly/{quarter}/text")
    @PreAuthorize(WRITE)
    String quarterlyText(@PathVariable String quarter, Authentication who, Model model) {
        Quarter q = Quarter.parse(quarter);
        return form(reports.quarterly(q), "/reports/quarterly/" + q.code(), "/reports/quarterly?quarter=" + q.code(), null, null, who, model);
    }

    @PostMapping("/reports/annual/{year}/text")
    @PreAuthorize(WRITE)
    String saveAnnualText(@PathVariable int year, @RequestParam Map<String, String> values, Authentication who, Model model,
            HttpServletResponse response) {
        ReportingYear y = new ReportingYear(year);
        return saveText(ReportTexts.Kind.ANNUAL, y.from(), y.to(), values, who, "/reports/annual?year=" + year,
                () -> reports.annual(y), "/reports/annual/" + year, model, response);
    }

    @PostMapping("/reports/quarterly/{quarter}/text")
    @PreAuthorize(WRITE)
    String saveQuarterlyText(@PathVariable String quarter, @RequestParam Map<String, String> values, Authentication who, Model model,
            HttpServletResponse response) {
        Quarter q = Quarter.parse(quarter);
        return saveText(ReportTexts.Kind.QUARTERLY, q.from(), q.to(), values, who, "/reports/quarterly?quarter=" + q.code(),
                () -> reports.quarterly(q), "/reports/quarterly/" + q.code(), model, response);
    }

    @PostMapping("/reports/annual/{year}/response")
    @PreAuthorize(RESPOND)
    String saveAnnualResponse(@PathVariable int year, @RequestParam Map<String, String> values, Authentication who, Model model,
            HttpServletResponse response) {
        ReportingYear y = new ReportingYear(year);
        return saveResponse(ReportTexts.Kind.ANNUAL, y.from(), y.to(), values, who, "/reports/annual?year=" + year,
                () -> reports.annual(y), "/reports/annual/" + year, model, response);
    }

    @PostMapping("/reports/quarterly/{quarter}/response")
    @PreAuthorize(RESPOND)
    String saveQuarterlyResponse(@PathVariable String quarter, @RequestParam Map<String, String> values, Authentication who, Model model,
            HttpServletResponse response) {
        Quarter q = Quarter.parse(quarter);
        return saveResponse(ReportTexts.Kind.QUARTERLY, q.from(), q.to(), values, who, "/reports/quarterly?quarter=" + q.code(),
                () -> reports.quarterly(q), "/reports/quarterly/" + q.code(), model, response);
    }

    private String saveText(ReportTexts.Kind kind, LocalDate from, LocalDate to, Map<String, String> values, Authentication who, String done,
            java.util.function.Supplier<Report> report, String base, Model model, HttpServletResponse response) {
        Form form = new Form(values, new LinkedHashMap<>());
        for (String field : List.of("commentary", "ombudsmanAnnualReport", "otherOmbudsmanReports")) {
            String text = values.get(field);
            if (text != null && text.length() > ReportTexts.MAX_LENGTH) {
                form.errors().put(field, "The text must be " + ReportTexts.MAX_LENGTH + " characters or fewer");
            }
        }
        if (form.errors().isEmpty()) {
            texts.recordText(kind, from, to, new ReportTexts.Text(values.get("commentary"), values.get("ombudsmanAnnualReport"),
                    values.get("otherOmbudsmanReports")), who.getName());
            return "redirect:" + done;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(report.get(), base, done, form, null, who, model);
    }

    private String saveResponse(ReportTexts.Kind kind, LocalDate from, LocalDate to, Map<String, String> values, Authentication who,
            String done, java.util.function.Supplier<Report> report, String base, Model model, HttpServletResponse response) {
        Form form = new Form(values, new LinkedHashMap<>());
        String text = values.get("governingBodyResponse");
        if (text == null || text.isBlank()) {
            form.errors().put("governingBodyResponse", "Enter the governing body’s response");
        }
        else if (text.length() > ReportTexts.MAX_LENGTH) {
            form.errors().put("governingBodyResponse", "The response must be " + ReportTexts.MAX_LENGTH + " characters or fewer");
        }
        LocalDate considered = date(form, "consideredOn", "the date the governing body considered the report");
        if (form.errors().isEmpty()) {
            try {
                texts.recordResponse(kind, from, to, new ReportTexts.Response(text, considered), reports.today(), who.getName());
                return "redirect:" + done + "#response";
            }
            catch (InvalidRequestException e) {
                form.errors().put(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(report.get(), base, done, null, form, who, model);
    }

    private String form(Report report, String base, String back, Form textForm, Form responseForm, Authentication who, Model model) {
        ReportTexts.Version latest = report.entered();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("commentary", latest.commentary());
        values.put("ombudsmanAnnualReport", latest.ombudsmanAnnualReport());
        values.put("otherOmbudsmanReports", latest.otherOmbudsmanReports());
        values.put("governingBodyResponse", latest.governingBodyResponse());
        if (latest.consideredOn() != null) {
            values.put("consideredOn.day", Integer.toString(latest.consideredOn().getDayOfMonth()));
            values.put("consideredOn.month", Integer.toString(latest.consideredOn().getMonthValue()));
            values.put("consideredOn.year", Integer.toString(latest.consideredOn().getYear()));
        }
        Form current = new Form(values, new LinkedHashMap<>());
        Map<String, String> errors = new LinkedHashMap<>();
        if (textForm != null) {
            errors.putAll(textForm.errors());
        }
        if (responseForm != null) {
            errors.putAll(responseForm.errors());
        }
        model.addAttribute("report", report);
        model.addAttribute("base", base);
        model.addAttribute("back", back);
        model.addAttribute("textForm", textForm == null ? current : textForm);
        model.addAttribute("responseForm", responseForm == null ? current : responseForm);
        model.addAttribute("errors", errors);
        model.addAttribute("canRespond", has(who, "ROLE_MANAGER"));
        return "reporting/governance-report-text";
    }

    private static LocalDate date(Form form, String field, String name) {
        String day = form.values().get(field + ".day");
        String month = form.values().get(field + ".month");
        String year = form.values().get(field + ".year");
        boolean dayBlank = day == null || day.isBlank();
        boolean monthBlank = month == null || month.isBlank();
        boolean yearBlank = year == null || year.isBlank();
        if (dayBlank && monthBlank && yearBlank) {
            form.errors().put(field, "Enter " + name);
            return null;
        }
        if (dayBlank || monthBlank || yearBlank) {
            form.errors().put(field, "The date must include a " + (dayBlank ? "day" : monthBlank ? "month" : "year"));
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                form.errors().put(field, "The year must have 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        }
        catch (NumberFormatException | DateTimeException e) {
            form.errors().put(field, "The date must be a real date");
            return null;
        }
    }

    private static boolean has(Authentication who, String... roles) {
        List<String> wanted = List.of(roles);
        return who.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
    }
}

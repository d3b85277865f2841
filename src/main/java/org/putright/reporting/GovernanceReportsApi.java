package org.putright.reporting;

import java.time.LocalDate;

import org.putright.reporting.GovernanceReports.Quarter;
import org.putright.reporting.GovernanceReports.Report;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance reports' content as JSON (the figures, the sentences drawn from them, the Ombudsman's and the service
 * improvements' figures, the self-assessment and what the landlord wrote, with every version), their PDF and DOCX, and
 * the landlord's text. Quarters are of the reporting year: {@code 2047-Q1} is April to June 2047.
 */
@RestController
@RequestMapping("/api/v1/reports")
class GovernanceReportsApi {

    record TextRequest(String commentary, String ombudsmanAnnualReport, String otherOmbudsmanReports) {
    }

    record ResponseRequest(String governingBodyResponse, LocalDate consideredOn) {
    }

    private final GovernanceReports reports;
    private final ReportTexts texts;
    private final ReportFiles files;

    GovernanceReportsApi(GovernanceReports reports, ReportTexts texts, ReportFiles files) {
        this.reports = reports;
        this.texts = texts;
        this.files = files;
    }

    @GetMapping("/annual")
    @PreAuthorize(GovernanceReportPages.VIEW)
    Report annual(@RequestParam int year) {
        return reports.annual(new ReportingYear(year));
    }

    /** A quarter by {@code quarter} (2047-Q1) or by its first and last days. */
    @GetMapping("/quarterly")
    @PreAuthorize(GovernanceReportPages.VIEW)
    Report quarterly(@RequestParam(required = false) String quarter, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return reports.quarterly(quarter != null ? Quarter.parse(quarter) : Quarter.of(from, to));
    }

    @GetMapping("/annual/{year}.pdf")
    @PreAuthorize(GovernanceReportPages.VIEW)
    ResponseEntity<byte[]> annualPdf(@PathVariable int year) {
        ReportingYear y = new ReportingYear(year);
        return GovernanceReportPages.download(files.pdf(ReportDocument.of(reports.annual(y))), MediaType.APPLICATION_PDF_VALUE,
                GovernanceReportPages.annualName(y) + ".pdf");
    }

    @GetMapping("/annual/{year}.docx")
    @PreAuthorize(GovernanceReportPages.VIEW)
    ResponseEntity<byte[]> annualDocx(@PathVariable int year) {
        ReportingYear y = new ReportingYear(year);
        return GovernanceReportPages.download(files.docx(ReportDocument.of(reports.annual(y))), ReportFiles.DOCX_TYPE,
                GovernanceReportPages.annualName(y) + ".docx");
    }

    @GetMapping("/quarterly/{quarter}.pdf")
    @PreAuthorize(GovernanceReportPages.VIEW)
    ResponseEntity<byte[]> quarterlyPdf(@PathVariable String quarter) {
        Quarter q = Quarter.parse(quarter);
        return GovernanceReportPages.download(files.pdf(ReportDocument.of(reports.quarterly(q))), MediaType.APPLICATION_PDF_VALUE,
                GovernanceReportPages.quarterName(q) + ".pdf");
    }

    @GetMapping("/quarterly/{quarter}.docx")
    @PreAuthorize(GovernanceReportPages.VIEW)
    ResponseEntity<byte[]> quarterlyDocx(@PathVariable String quarter) {
        Quarter q = Quarter.parse(quarter);
        return GovernanceReportPages.download(files.docx(ReportDocument.of(reports.quarterly(q))), ReportFiles.DOCX_TYPE,
                GovernanceReportPages.quarterName(q) + ".docx");
    }

    @PutMapping("/annual/{year}/text")
    @PreAuthorize(GovernanceReportPages.WRITE)
    Report annualText(@PathVariable int year, @RequestBody TextRequest request, Authentication who) {
        ReportingYear y = new ReportingYear(year);
        texts.recordText(ReportTexts.Kind.ANNUAL, y.from(), y.to(), text(request), who.getName());
        return reports.annual(y);
    }

    @PutMapping("/annual/{year}/response")
    @PreAuthorize(GovernanceReportPages.RESPOND)
    Report annualResponse(@PathVariable int year, @RequestBody ResponseRequest request, Authentication who) {
        ReportingYear y = new ReportingYear(year);
        texts.recordResponse(ReportTexts.Kind.ANNUAL, y.from(), y.to(), response(request), reports.today(), who.getName());
        return reports.annual(y);
    }

    @PutMapping("/quarterly/{quarter}/text")
    @PreAuthorize(GovernanceReportPages.WRITE)
    Report quarterlyText(@PathVariable String quarter, @RequestBody TextRequest request, Authentication who) {
        Quarter q = Quarter.parse(quarter);
        texts.recordText(ReportTexts.Kind.QUARTERLY, q.from(), q.to(), text(request), who.getName());
        return reports.quarterly(q);
    }

    @PutMapping("/quarterly/{quarter}/response")
    @PreAuthorize(GovernanceReportPages.RESPOND)
    Report quarterlyResponse(@PathVariable String quarter, @RequestBody ResponseRequest request, Authentication who) {
        Quarter q = Quarter.parse(quarter);
        texts.recordResponse(ReportTexts.Kind.QUARTERLY, q.from(), q.to(), response(request), reports.today(), who.getName());
        return reports.quarterly(q);
    }

    private static ReportTexts.Text text(TextRequest r) {
        return new ReportTexts.Text(r.commentary(), r.ombudsmanAnnualReport(), r.otherOmbudsmanReports());
    }

    private static ReportTexts.Response response(ResponseRequest r) {
        return new ReportTexts.Response(r.governingBodyResponse(), r.consideredOn());
    }
}

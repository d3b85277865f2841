package org.putright.reporting;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON, for any period ({@code from} and {@code to} inclusive, ISO dates). */
@RestController
@RequestMapping("/api/v1/reports")
class DashboardApi {

    private final ReportFigures figures;

    DashboardApi(ReportFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    @PreAuthorize(DashboardPages.VIEWERS)
    ReportFigures.Figures dashboard(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return figures.forPeriod(from, to);
    }
}

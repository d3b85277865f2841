package org.putright.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Tenant Satisfaction Measures on complaints: the year's figures (CH01, CH02, TP09 and PutRight's own survey), the
 * homes owned per year and the TP09 survey results. Managers (and administrators) record; the governing body reads.
 */
@RestController
@RequestMapping("/api/v1/reports/tsm")
@Validated
class TsmApi {

    static final String READ = "hasAnyRole('MANAGER','GOVERNANCE_VIEWER','COMPLAINTS_OFFICER','ADMIN')";
    static final String RECORD = "hasAnyRole('MANAGER','ADMIN')";

    record HomesRequest(Integer homes) {
    }

    /** The latest figure and every entry, latest first. */
    record HomesView(String year, Integer homes, List<TsmHomes.Entry> history) {
    }

    record Tp09Request(Integer respondents, Integer satisfied) {
    }

    private final TsmMeasures measures;
    private final TsmHomes homes;
    private final Tp09Results tp09;

    TsmApi(TsmMeasures measures, TsmHomes homes, Tp09Results tp09) {
        this.measures = measures;
        this.homes = homes;
        this.tp09 = tp09;
    }

    @GetMapping
    @PreAuthorize(READ)
    TsmMeasures.Report report(@RequestParam int year) {
        return measures.forYear(new ReportingYear(year));
    }

    @GetMapping("/{year}/homes")
    @PreAuthorize(READ)
    HomesView homes(@PathVariable int year) {
        return view(new ReportingYear(year));
    }

    @PutMapping("/{year}/homes")
    @PreAuthorize(RECORD)
    HomesView recordHomes(@PathVariable int year, @RequestBody HomesRequest request, Authentication who) {
        ReportingYear reportingYear = new ReportingYear(year);
        homes.record(reportingYear, request.homes(), who.getName());
        return view(reportingYear);
    }

    /** Counts as JSON. */
    @PostMapping(path = "/{year}/tp09", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RECORD)
    Tp09Results.Entry recordTp09(@PathVariable int year, @RequestBody Tp09Request request, Authentication who) {
        return tp09.record(new ReportingYear(year), request.respondents(), request.satisfied(), who.getName());
    }

    /** The survey's answers as CSV (one tenant a row, a column headed {@code answer}). */
    @PostMapping(path = "/{year}/tp09", consumes = "text/csv")
    @PreAuthorize(RECORD)
    Tp09Results.Entry importTp09(@PathVariable int year, @RequestBody byte[] csv, Authentication who) throws IOException {
        return tp09.importCsv(new ReportingYear(year), new String(csv, StandardCharsets.UTF_8), who.getName());
    }

    private HomesView view(ReportingYear year) {
        List<TsmHomes.Entry> history = homes.history(year);
        return new HomesView(year.label(), history.isEmpty() ? null : history.getFirst().homes(), history);
    }
}

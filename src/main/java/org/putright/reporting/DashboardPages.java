package org.putright.reporting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.putright.calendar.WorkingDays;
import org.putright.reporting.ReportFigures.CategoryCount;
import org.putright.reporting.ReportFigures.Figures;
import org.putright.shared.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The governing body's dashboard (9.6, 9.7): the figures for any period, with charts drawn accessibly and the table behind
 * each, and the same figures as CSV and XLSX. The period is chosen with date inputs or a quick link (quarters and
 * reporting years run from 1 April).
 */
@Controller
class DashboardPages {

    static final String VIEWERS = "hasAnyRole('GOVERNANCE_VIEWER','MANAGER','COMPLAINTS_OFFICER')";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReportFigures figures;
    private final WorkingDays workingDays;
    private final org.putright.ombudsman.OmbudsmanRegister ombudsman;

    DashboardPages(ReportFigures figures, WorkingDays workingDays, org.putright.ombudsman.OmbudsmanRegister ombudsman) {
        this.figures = figures;
        this.workingDays = workingDays;
        this.ombudsman = ombudsman;
    }

    /** What was typed into a date input, kept to show back with its error. */
    public static final class DateParts {

        private final String day;
        private final String month;
        private final String year;

        DateParts(String day, String month, String year) {
            this.day = day;
            this.month = month;
            this.year = year;
        }

        static DateParts of(LocalDate date) {
            return new DateParts(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                    Integer.toString(date.getYear()));
        }

        public String getDay() {
            return day;
        }

        public String getMonth() {
            return month;
        }

        public String getYear() {
            return year;
        }
    }

    /** A quick link to a period. */
    public record QuickLink(String label, String href, boolean current) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    @GetMapping("/reports/dashboard")
    @PreAuthorize(VIEWERS)
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(name = "from.day", required = false) String fromDay,
            @RequestParam(name = "from.month", required = false) String fromMonth,
            @RequestParam(name = "from.year", required = false) String fromYear,
            @RequestParam(name = "to.day", required = false) String toDay, @RequestParam(name = "to.month", required = false) String toMonth,
            @RequestParam(name = "to.year", required = false) String toYear, Model model) {
        LocalDate today = workingDays.today();
        Map<String, String> errors = new LinkedHashMap<>();
        boolean typed = fromDay != null || fromMonth != null || fromYear != null || toDay != null || toMonth != null || toYear != null;
        DateParts fromParts;
        DateParts toParts;
        LocalDate start;
        LocalDate end;
        if (typed) {
            fromParts = new DateParts(fromDay, fromMonth, fromYear);
            toParts = new DateParts(toDay, toMonth, toYear);
            start = parse(fromParts, "from", "start date", errors);
            end = parse(toParts, "to", "end date", errors);
        }
        else if (from != null || to != null) {
            start = iso(from, "from", "start date", errors);
            end = iso(to, "to", "end date", errors);
            fromParts = start == null ? new DateParts(null, null, null) : DateParts.of(start);
            toParts = end == null ? new DateParts(null, null, null) : DateParts.of(end);
        }
        else {
            Period year = reportingYear(today);
            start = year.from();
            end = year.to();
            fromParts = DateParts.of(start);
            toParts = DateParts.of(end);
        }
        if (errors.isEmpty()) {
            try {
                ReportFigures.requirePeriod(start, end);
            }
            catch (InvalidRequestException e) {
                errors.put("to", e.field().equals("to") && end.isBefore(start) ? "The end date must be the same as or after the start date"
                        : "The end date must be within " + ReportFigures.MAX_YEARS + " years of the start date");
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fromParts", fromParts);
        model.addAttribute("toParts", toParts);
        model.addAttribute("quickLinks", quickLinks(today, errors.isEmpty() ? new Period(start, end) : null));
        if (!errors.isEmpty()) {
            return "reporting/dashboard";
        }
        Figures f = figures.forPeriod(start, end);
        model.addAttribute("f", f);
        model.addAttribute("period", LONG.format(start) + " to " + LONG.format(end));
        model.addAttribute("query", "?from=" + start + "&to=" + end);
        model.addAttribute("tables", FigureTables.of(f).stream().collect(Collectors.toMap(FigureTables.Table::id, Function.identity())));
        model.addAttribute("text", (Function<Object, String>) FigureTables::text);
        model.addAttribute("trendChart", trendChart(f));
        model.addAttribute("areaChart", barChart("chart-service-areas", "New complaints by service area", f.categories().serviceAreas()));
        model.addAttribute("causeChart", barChart("chart-causes", "New complaints by cause", f.categories().causes()));
        model.addAttribute("teamChart", barChart("chart-teams", "New complaints by team or contractor", f.categories().teams()));
        model.addAttribute("rising", java.util.stream.Stream.concat(f.trends().serviceAreas().stream(), f.trends().causes().stream())
                .filter(ReportFigures.Trend::rising).toList());
        model.addAttribute("longDate", (Function<LocalDate, String>) LONG::format);
        // the Ombudsman's cases, determinations and orders in the same period (9.7 c)
        model.addAttribute("omb", ombudsman.summaryFor(start, end));
        GovernanceReports.Quarter quarter = GovernanceReports.Quarter.containing(start);
        model.addAttribute("quarterReport", "/reports/quarterly?quarter=" + quarter.code());
        model.addAttribute("quarterLabel", quarter.label());
        model.addAttribute("yearReport", "/reports/annual?year=" + ReportingYear.containing(start).year());
        model.addAttribute("yearLabel", ReportingYear.containing(start).label());
        return "reporting/dashboard";
    }

    /** The same as {@code GET /api/v1/reports/dashboard}, for someone signed in to the pages (the API takes no session). */
    @GetMapping(value = "/reports/dashboard.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(VIEWERS)
    @org.springframework.web.bind.annotation.ResponseBody
    Figures json(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return figures.forPeriod(from, to);
    }

    @GetMapping("/reports/dashboard.csv")
    @PreAuthorize(VIEWERS)
    ResponseEntity<byte[]> csv(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        Figures f = figures.forPeriod(from, to);
        return download(FigureDownloads.csv(f), FigureDownloads.name(f, "csv"), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/reports/dashboard.xlsx")
    @PreAuthorize(VIEWERS)
    ResponseEntity<byte[]> xlsx(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        Figures f = figures.forPeriod(from, to);
        return download(FigureDownloads.xlsx(f), FigureDownloads.name(f, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    // ------------------------------------------------------------------ periods

    /** The reporting year (1 April to 31 March) a day falls in. */
    static Period reportingYear(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new Period(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
    }

    /** The quarter of the reporting year a day falls in: April to June, July to September, October to December, January to March. */
    static Period quarter(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    private static List<QuickLink> quickLinks(LocalDate today, Period chosen) {
        Period thisQuarter = quarter(today);
        Period lastQuarter = quarter(thisQuarter.from().minusDays(1));
        Period thisYear = reportingYear(today);
        Period lastYear = reportingYear(thisYear.from().minusDays(1));
        List<QuickLink> links = new ArrayList<>();
        links.add(link("This quarter", thisQuarter, chosen));
        links.add(link("Last quarter", lastQuarter, chosen));
        links.add(link("This reporting year (" + thisYear.from().getYear() + " to " + thisYear.to().getYear() + ")", thisYear, chosen));
        links.add(link("Last reporting year (" + lastYear.from().getYear() + " to " + lastYear.to().getYear() + ")", lastYear, chosen));
        return links;
    }

    private static QuickLink link(String label, Period period, Period chosen) {
        return new QuickLink(label, "/reports/dashboard?from=" + period.from() + "&to=" + period.to(), period.equals(chosen));
    }

    private static LocalDate parse(DateParts parts, String field, String name, Map<String, String> errors) {
        boolean dayBlank = blank(parts.getDay());
        boolean monthBlank = blank(parts.getMonth());
        boolean yearBlank = blank(parts.getYear());
        if (dayBlank && monthBlank && yearBlank) {
            errors.put(field, "Enter the " + name);
            return null;
        }
        if (dayBlank || monthBlank || yearBlank) {
            errors.put(field, "The " + name + " must include a " + (dayBlank ? "day" : monthBlank ? "month" : "year"));
            return null;
        }
        try {
            int year = Integer.parseInt(parts.getYear().strip());
            if (year < 1000 || year > 9999) {
                errors.put(field, "The " + name + " year must have 4 numbers");
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(parts.getMonth().strip()), Integer.parseInt(parts.getDay().strip()));
        }
        catch (NumberFormatException | DateTimeException e) {
            errors.put(field, "The " + name + " must be a real date");
            return null;
        }
    }

    private static LocalDate iso(String text, String field, String name, Map<String, String> errors) {
        if (blank(text)) {
            errors.put(field, "Enter the " + name);
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeException e) {
            errors.put(field, "The " + name + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // ------------------------------------------------------------------ charts

    private static String trendChart(Figures f) {
        List<String> months = f.months().stream().map(m -> FigureTables.MONTH.format(m.month())).toList();
        List<Long> stage1 = f.months().stream().map(ReportFigures.Month::stage1Received).toList();
        List<Long> stage2 = f.months().stream().map(ReportFigures.Month::stage2Received).toList();
        String description = "Line chart of complaints received each month from " + months.getFirst() + " to " + months.getLast()
                + ". Stage 1: " + total(stage1) + " in all, most in a month " + peak(stage1, months) + ". Stage 2: " + total(stage2)
                + " in all, most in a month " + peak(stage2, months) + ". The table after the chart gives every value.";
        return Charts.line("chart-trend", "Complaints received each month, by stage", description, months,
                List.of(new Charts.Series("Stage 1 received", stage1, Charts.BLUE, null, Charts.Marker.CIRCLE),
                        new Charts.Series("Stage 2 received", stage2, Charts.RED, "8 5", Charts.Marker.SQUARE)));
    }

    private static long total(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static String peak(List<Long> values, List<String> months) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) > values.get(best)) {
                best = i;
            }
        }
        return values.isEmpty() ? "0" : values.get(best) + " (" + months.get(best) + ")";
    }

    private static String barChart(String id, String title, List<CategoryCount> counts) {
        String description = "Bar chart. " + (counts.isEmpty() ? "No new complaints in this period."
                : counts.stream().map(c -> c.label() + ": " + c.complaints()).collect(Collectors.joining("; ")) + ".")
                + " The table after the chart gives the same values.";
        return Charts.bars(id, title, description,
                counts.stream().map(c -> new Charts.Bar(c.label(), c.complaints(), c.code() == null)).toList());
    }
}

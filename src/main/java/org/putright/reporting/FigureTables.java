package org.putright.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.putright.reporting.ReportFigures.Figures;
import org.putright.reporting.ReportFigures.StageFigures;

/**
 * Every figure of a period as plain tables (a title, column headings, rows of text and numbers): what the dashboard's
 * tables show and what the CSV and XLSX downloads hold, so the three never disagree.
 */
final class FigureTables {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** A table: {@code id} is its sheet name and anchor; cells are String, Long, BigDecimal or null (not applicable). */
    public record Table(String id, String title, List<String> headings, List<List<Object>> rows) {

        /** Whether a column holds numbers only (right-aligned on the page, as GOV.UK tables do). */
        public boolean numeric(int column) {
            return rows.stream().map(row -> row.get(column)).allMatch(cell -> cell == null || cell instanceof Number);
        }

        public String text(Object cell) {
            return FigureTables.text(cell);
        }
    }

    private FigureTables() {
    }

    static List<Table> of(Figures f) {
        List<Table> tables = new ArrayList<>();
        tables.add(stages(f));
        tables.add(new Table("other", "Other figures", List.of("Figure", "Value"), List.of(
                row("Service requests received (not complaints)", f.serviceRequestsReceived()),
                row("Outstanding actions open on " + f.asOf(), f.actions().openToday()),
                row("Outstanding actions overdue on " + f.asOf(), f.actions().overdueToday()),
                row("Compensation paid (£)", f.learning().compensationPaid()),
                row("Payments made", f.learning().paymentsMade()),
                row("Lessons recorded", f.learning().lessonsRecorded()),
                row("Service improvements proposed", f.learning().improvementsProposed()),
                row("Service improvements completed", f.learning().improvementsCompleted()),
                row("Repeat complainants (more than one new complaint)", f.repeats().repeatComplainants()),
                row("New complaints from repeat complainants", f.repeats().complaintsFromRepeatComplainants()),
                row("Repeat properties (more than one new complaint)", f.repeats().repeatProperties()),
                row("New complaints from repeat properties", f.repeats().complaintsFromRepeatProperties()))));
        tables.add(new Table("refusals", "Complaints refused, by ground (8.1 b)", List.of("Ground", "Stage 1", "Stage 2"),
                f.refusalsByGround().stream().map(r -> row(r.label(), r.stage1(), r.stage2())).toList()));
        tables.add(new Table("months", "Complaints each month", List.of("Month", "Stage 1 received", "Stage 2 received",
                "Stage 1 responses", "Stage 2 responses"), f.months().stream()
                        .map(m -> row(month(m.month()), m.stage1Received(), m.stage2Received(), m.stage1Responded(), m.stage2Responded()))
                        .toList()));
        tables.add(counts("service-areas", "New complaints by service area", "Service area", f.categories().serviceAreas()));
        tables.add(counts("causes", "New complaints by cause", "Cause", f.categories().causes()));
        tables.add(counts("teams", "New complaints by team or contractor", "Team or contractor", f.categories().teams()));
        List<String> headings = new ArrayList<>(List.of("Service area"));
        f.months().forEach(m -> headings.add(month(m.month())));
        headings.add("Total");
        tables.add(new Table("service-areas-monthly", "New complaints by service area each month", headings,
                f.categories().serviceAreasByMonth().stream().map(s -> {
                    List<Object> cells = new ArrayList<>();
                    cells.add(s.label());
                    cells.addAll(s.monthly());
                    cells.add(s.total());
                    return cells;
                }).toList()));
        ReportFigures.Trends t = f.trends();
        List<List<Object>> trendRows = new ArrayList<>();
        t.serviceAreas().forEach(r -> trendRows.add(row("Service area", r.label(), r.previous(), r.latest(), r.changePercent(),
                r.rising() ? "Rising" : "No")));
        t.causes().forEach(r -> trendRows.add(row("Cause", r.label(), r.previous(), r.latest(), r.changePercent(),
                r.rising() ? "Rising" : "No")));
        tables.add(new Table("trends", "Rising categories: " + t.latestFrom() + " to " + t.latestTo() + " against " + t.previousFrom()
                + " to " + t.previousTo(), List.of("List", "Category", "Previous 3 months", "Latest 3 months", "Change (%)", "Rising"),
                trendRows));
        return tables;
    }

    private static Table stages(Figures f) {
        StageFigures one = f.stages().get(0);
        StageFigures two = f.stages().get(1);
        List<List<Object>> rows = new ArrayList<>();
        add(rows, "Received", one, two, StageFigures::received);
        add(rows, "Acknowledged", one, two, StageFigures::acknowledged);
        add(rows, "Acknowledged within the Code's timescale", one, two, StageFigures::acknowledgedInTime);
        add(rows, "Acknowledged within the Code's timescale (%)", one, two, StageFigures::acknowledgedInTimePercent);
        add(rows, "Responded to", one, two, StageFigures::responded);
        add(rows, "Responded to within the Code's timescale", one, two, StageFigures::respondedInTime);
        add(rows, "Responded to within the Code's timescale (%)", one, two, StageFigures::respondedInTimePercent);
        add(rows, "Responses after an extension", one, two, StageFigures::respondedAfterExtension);
        add(rows, "Extensions agreed (in those responses)", one, two, StageFigures::extensions);
        add(rows, "Refused", one, two, StageFigures::refused);
        add(rows, "Upheld", one, two, StageFigures::upheld);
        add(rows, "Partly upheld", one, two, StageFigures::partlyUpheld);
        add(rows, "Not upheld", one, two, StageFigures::notUpheld);
        add(rows, "Remedies offered", one, two, StageFigures::remediesOffered);
        add(rows, "Compensation offered (£)", one, two, StageFigures::financialOffered);
        add(rows, "Outstanding actions promised", one, two, StageFigures::actionsPromised);
        return new Table("stages", "Complaint handling by stage", List.of("Figure", "Stage 1", "Stage 2"), rows);
    }

    private static void add(List<List<Object>> rows, String label, StageFigures one, StageFigures two, Function<StageFigures, Object> value) {
        rows.add(row(label, value.apply(one), value.apply(two)));
    }

    private static Table counts(String id, String title, String heading, List<ReportFigures.CategoryCount> counts) {
        return new Table(id, title, List.of(heading, "New complaints"), counts.stream().map(c -> row(c.label(), c.complaints())).toList());
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells)));
    }

    /** A cell as text: numbers plainly (money with two decimal places), nothing for not applicable. */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> cell.toString();
        };
    }
}

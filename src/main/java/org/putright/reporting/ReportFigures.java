package org.putright.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.CategoryKind;
import org.putright.complaints.ComplaintCategories;
import org.putright.complaints.RefusalGround;
import org.putright.complaints.ComplaintService;
import org.putright.remedies.RemedyFigures;
import org.putright.shared.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint-handling figures for any period (9.6, 9.7, 8.1), counted from {@code report_stage} by a handful of group-by
 * queries, each over one indexed date range: a step counts in the period in which it happened (received, acknowledged,
 * responded to, refused). Stage figures leave service requests out. Categories, repeats and trends count new complaints
 * (stage 1) received in the period.
 */
@Service
public class ReportFigures {

    /** The longest period one request may ask for: ten reporting years of monthly figures. */
    static final int MAX_YEARS = 10;

    private final JdbcClient jdbc;
    private final ComplaintCategories categories;
    private final ComplaintService complaints;
    private final RemedyFigures remedies;
    private final WorkingDays workingDays;
    private final int risingPercent;
    private final int risingMinimum;
    private final ReportMemory largeSort;

    ReportFigures(JdbcClient jdbc, ComplaintCategories categories, ComplaintService complaints, RemedyFigures remedies,
            WorkingDays workingDays, @Value("${putright.reporting.rising.min-increase-percent:25}") int risingPercent,
            @Value("${putright.reporting.rising.min-increase:3}") int risingMinimum, ReportMemory largeSort) {
        this.largeSort = largeSort;
        this.jdbc = jdbc;
        this.categories = categories;
        this.complaints = complaints;
        this.remedies = remedies;
        this.workingDays = workingDays;
        this.risingPercent = risingPercent;
        this.risingMinimum = risingMinimum;
    }

    // ------------------------------------------------------------------ the figures

    /**
     * Everything for a period, {@code from} to {@code to} inclusive. {@code asOf}: the day the snapshot figures (open and
     * overdue actions) were taken.
     */
    public record Figures(LocalDate from, LocalDate to, LocalDate asOf, List<StageFigures> stages, long serviceRequestsReceived,
            List<Refusals> refusalsByGround, Actions actions, Learning learning, List<Month> months, Categories categories,
            Repeats repeats, Trends trends) {
    }

    /**
     * One stage. Received: complaints received (stage 1) or escalations asked for (stage 2) in the period.
     * Acknowledged / responded: those done in the period, with how many met the Code's timescale (a response inside an
     * agreed extension is within it) and the percentage (one decimal place; null when none). Extended: responses in the
     * period that needed an extension, and how many extensions they had. Outcomes, remedies and compensation offered are
     * those of the period's responses.
     */
    public record StageFigures(int stage, long received, long acknowledged, long acknowledgedInTime, BigDecimal acknowledgedInTimePercent,
            long responded, long respondedInTime, BigDecimal respondedInTimePercent, long respondedAfterExtension, long extensions,
            long refused, long upheld, long partlyUpheld, long notUpheld, long remediesOffered, BigDecimal financialOffered,
            long actionsPromised) {
    }

    /** 8.1 b: refusals decided in the period, by the policy's ground (its label from the landlord's list). */
    public record Refusals(String ground, String label, long stage1, long stage2) {
    }

    /** Actions promised in the period's responses; open and overdue ones as of {@code asOf}, whenever promised (6.6, 6.17). */
    public record Actions(long promised, long openToday, long overdueToday) {
    }

    /** Compensation paid, lessons recorded and service improvements proposed and completed in the period (9.1, 9.2, 8.1 e). */
    public record Learning(BigDecimal compensationPaid, long paymentsMade, long lessonsRecorded, long improvementsProposed,
            long improvementsCompleted) {
    }

    /** A calendar month of the period (partial at either end): complaints received at each stage and responses issued. */
    public record Month(YearMonth month, long stage1Received, long stage2Received, long stage1Responded, long stage2Responded) {
    }

    /** A category's count; code null for complaints not categorised. */
    public record CategoryCount(String code, String label, long complaints) {
    }

    /** One category's count in each month of the period, in the order of {@link Figures#months()}. */
    public record CategorySeries(String code, String label, List<Long> monthly, long total) {
    }

    /** New complaints by service area, cause and team or contractor; the monthly series by service area (9.4). */
    public record Categories(List<CategoryCount> serviceAreas, List<CategoryCount> causes, List<CategoryCount> teams,
            List<CategorySeries> serviceAreasByMonth) {
    }

    /**
     * 9.4: residents who made more than one new complaint in the period, and homes more than one came from (for every
     * resident linked to a record with a property reference or address); with the complaints they account for.
     */
    public record Repeats(long repeatComplainants, long complaintsFromRepeatComplainants, long repeatProperties,
            long complaintsFromRepeatProperties) {
    }

    /**
     * 9.4: each category's new complaints in the latest three months up to the end of the period against the three months
     * before; rising when up by at least {@code minIncreasePercent} per cent and at least {@code minIncrease} complaints
     * (so a rise from 1 to 2 is not flagged).
     */
    public record Trends(LocalDate latestFrom, LocalDate latestTo, LocalDate previousFrom, LocalDate previousTo, int minIncreasePercent,
            int minIncrease, List<Trend> serviceAreas, List<Trend> causes) {
    }

    public record Trend(String code, String label, long previous, long latest, BigDecimal changePercent, boolean rising) {
    }

    /** The figures for {@code from} to {@code to} inclusive (business dates, Europe/London). */
    @Transactional(readOnly = true)
    public Figures forPeriod(LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        LocalDate today = workingDays.today();
        largeSort.apply();
        Received receipts = received(from, to);
        Map<Integer, long[]> received = receipts.byStage;
        long[] serviceRequests = { receipts.serviceRequests };
        Map<Integer, long[]> acknowledged = new TreeMap<>();
        jdbc.sql("""
                select stage, count(*), sum(case when acknowledged_in_time then 1 else 0 end) from report_stage
                where acknowledged_on between ? and ? and kind = 'COMPLAINT' group by stage""")
                .params(from, to).query(rs -> {
                    acknowledged.put(rs.getInt(1), new long[] { rs.getLong(2), rs.getLong(3) });
                });
        Map<Integer, Responses> responded = new TreeMap<>();
        Map<YearMonth, long[]> respondedByMonth = new TreeMap<>();
        // one pass over the period's responses (an index-only scan on PostgreSQL): the stages' figures and the months'
        jdbc.sql("""
                select extract(year from responded_on), extract(month from responded_on), stage, decision, count(*),
                    sum(case when responded_in_time then 1 else 0 end), sum(case when extensions > 0 then 1 else 0 end),
                    sum(extensions), sum(remedies), sum(financial_offered), sum(outstanding_actions)
                from report_stage where responded_on between ? and ? and kind = 'COMPLAINT'
                group by extract(year from responded_on), extract(month from responded_on), stage, decision""")
                .params(from, to).query(rs -> {
                    Responses r = responded.computeIfAbsent(rs.getInt(3), s -> new Responses());
                    long count = rs.getLong(5);
                    r.count += count;
                    r.inTime += rs.getLong(6);
                    r.extended += rs.getLong(7);
                    r.extensions += rs.getLong(8);
                    r.remedies += rs.getLong(9);
                    r.financial = r.financial.add(rs.getBigDecimal(10) == null ? BigDecimal.ZERO : rs.getBigDecimal(10));
                    r.actions += rs.getLong(11);
                    String decision = rs.getString(4);
                    if (decision != null) {
                        r.decisions.merge(decision, count, Long::sum);
                    }
                    respondedByMonth.computeIfAbsent(YearMonth.of(rs.getInt(1), rs.getInt(2)), m -> new long[3])[rs.getInt(3) == 1 ? 1 : 2] += count;
                });
        Map<String, long[]> refusals = new TreeMap<>();
        jdbc.sql("""
                select refusal_ground, stage, count(*) from report_stage where refused_on between ? and ? group by refusal_ground, stage""")
                .params(from, to).query(rs -> {
                    refusals.computeIfAbsent(rs.getString(1), g -> new long[3])[Math.min(rs.getInt(2), 2)] += rs.getLong(3);
                });

        List<StageFigures> stages = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            long[] ack = acknowledged.getOrDefault(stage, new long[2]);
            Responses r = responded.getOrDefault(stage, new Responses());
            final int s = stage;
            long refused = refusals.values().stream().mapToLong(counts -> counts[s]).sum();
            stages.add(new StageFigures(stage, received.getOrDefault(stage, new long[1])[0], ack[0], ack[1], percent(ack[1], ack[0]),
                    r.count, r.inTime, percent(r.inTime, r.count), r.extended, r.extensions, refused,
                    r.decisions.getOrDefault("UPHELD", 0L), r.decisions.getOrDefault("PARTLY_UPHELD", 0L),
                    r.decisions.getOrDefault("NOT_UPHELD", 0L), r.remedies, r.financial.setScale(2, RoundingMode.HALF_UP), r.actions));
        }
        Map<String, String> groundLabels = new LinkedHashMap<>();
        complaints.refusalGrounds().forEach(g -> groundLabels.put(g.code(), g.label()));
        List<Refusals> byGround = refusals.entrySet().stream()
                .map(e -> new Refusals(e.getKey(), groundLabels.getOrDefault(e.getKey(), e.getKey()), e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong((Refusals g) -> -(g.stage1() + g.stage2())).thenComparing(Refusals::ground))
                .toList();

        RemedyFigures.Figures remedy = remedies.forPeriod(from, to, today);
        long promised = stages.stream().mapToLong(StageFigures::actionsPromised).sum();
        return new Figures(from, to, today, stages, serviceRequests[0], byGround,
                new Actions(promised, remedy.actionsOpen(), remedy.actionsOverdue()),
                new Learning(remedy.compensationPaid(), remedy.paymentsMade(), remedy.lessonsRecorded(), remedy.improvementsProposed(),
                        remedy.improvementsCompleted()),
                months(from, to, receipts.byMonth, respondedByMonth), categories(from, to, receipts), repeats(from, to), trends(to));
    }

    private static final class Responses {
        long count;
        long inTime;
        long extended;
        long extensions;
        long remedies;
        BigDecimal financial = BigDecimal.ZERO;
        long actions;
        final Map<String, Long> decisions = new TreeMap<>();
    }

    static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidRequestException("from", null, "is required");
        }
        if (to == null) {
            throw new InvalidRequestException("to", null, "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", to.toString(), "must be the same as or after the start date (" + from + ")");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InvalidRequestException("to", to.toString(), "must be within " + MAX_YEARS + " years of the start date");
        }
    }

    /** A percentage to one decimal place, or null when there is nothing to divide by. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ months

    private static List<Month> months(LocalDate from, LocalDate to, Map<YearMonth, long[]> received, Map<YearMonth, long[]> responded) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            long[] in = received.getOrDefault(m, new long[3]);
            long[] out = responded.getOrDefault(m, new long[3]);
            months.add(new Month(m, in[1], in[2], out[1], out[2]));
        }
        return months;
    }

    /** What one pass over the period's receipts gives: by stage, by month and by category. */
    private static final class Received {
        final Map<Integer, long[]> byStage = new TreeMap<>();
        long serviceRequests;
        /** Complaints (not service requests) received each month: [unused, stage 1, stage 2]. */
        final Map<YearMonth, long[]> byMonth = new TreeMap<>();
        /** New complaints (stage 1) by month and categories: the key is year, month, service area, cause, team. */
        final Map<List<Object>, Long> byCategory = new java.util.HashMap<>();
    }

    /**
     * Every receipt in the period, grouped by month, stage, kind and categories, in one pass over the period's range of
     * report_stage_received_cover_idx: a few thousand groups at most, summed up here into the stages', months' and
     * categories' figures.
     */
    private Received received(LocalDate from, LocalDate to) {
        Received received = new Received();
        // by day first, in the covering index's own order (no sort: a stream over an index-only scan), then the few
        // thousand days' groups by month
        jdbc.sql("""
                select extract(year from d), extract(month from d), stage, kind, service_area, cause, team, sum(n) from (
                    select received_on as d, stage, kind, refused_on, service_area, cause, team, count(*) as n from report_stage
                    where received_on between ? and ? group by received_on, stage, kind, refused_on, service_area, cause, team) days
                group by extract(year from d), extract(month from d), stage, kind, service_area, cause, team""")
                .params(from, to).query(rs -> {
                    int stage = rs.getInt(3);
                    long count = rs.getLong(8);
                    if ("SERVICE_REQUEST".equals(rs.getString(4))) {
                        received.serviceRequests += count;
                        return;
                    }
                    received.byStage.computeIfAbsent(stage, s -> new long[1])[0] += count;
                    if (!"COMPLAINT".equals(rs.getString(4))) {
                        return;
                    }
                    YearMonth month = YearMonth.of(rs.getInt(1), rs.getInt(2));
                    received.byMonth.computeIfAbsent(month, m -> new long[3])[stage == 1 ? 1 : 2] += count;
                    if (stage == 1) {
                        received.byCategory.merge(java.util.Arrays.asList(month, rs.getString(5), rs.getString(6), rs.getString(7)), count,
                                Long::sum);
                    }
                });
        return received;
    }

    // ------------------------------------------------------------------ categories and repeats (9.4)

    private Categories categories(LocalDate from, LocalDate to, Received received) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, Long> areas = new LinkedHashMap<>();
        Map<String, Long> causes = new LinkedHashMap<>();
        Map<String, Long> teams = new LinkedHashMap<>();
        Map<String, long[]> areaMonths = new LinkedHashMap<>();
        // every combination of month and categories seen, summed up four ways (a few thousand at most), in month order
        received.byCategory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<Object>, Long> e) -> (YearMonth) e.getKey().get(0)))
                .forEach(e -> {
                    long count = e.getValue();
                    String area = key((String) e.getKey().get(1));
                    areas.merge(area, count, Long::sum);
                    causes.merge(key((String) e.getKey().get(2)), count, Long::sum);
                    teams.merge(key((String) e.getKey().get(3)), count, Long::sum);
                    int index = months.indexOf((YearMonth) e.getKey().get(0));
                    areaMonths.computeIfAbsent(area, a -> new long[months.size()])[index] += count;
                });
        Map<String, String> areaLabels = categories.labels(CategoryKind.SERVICE_AREA);
        List<CategorySeries> series = order(areaMonths.keySet(), areaLabels, areas).stream()
                .map(code -> new CategorySeries(code == NONE ? null : code, label(code, areaLabels),
                        java.util.Arrays.stream(areaMonths.get(code)).boxed().toList(), areas.get(code)))
                .toList();
        return new Categories(counts(areas, areaLabels), counts(causes, categories.labels(CategoryKind.CAUSE)),
                counts(teams, categories.labels(CategoryKind.TEAM)), series);
    }

    /** Stands for "not categorised" in maps (a null key would not survive every map). */
    private static final String NONE = "\u0000none";

    private static String key(String code) {
        return code == null ? NONE : code;
    }

    private static String label(String code, Map<String, String> labels) {
        return code == NONE ? "Not categorised" : labels.getOrDefault(code, code);
    }

    /** Most complaints first, "not categorised" last. */
    private static List<String> order(java.util.Collection<String> codes, Map<String, String> labels, Map<String, Long> totals) {
        return codes.stream().sorted(Comparator.comparing((String c) -> c == NONE).thenComparing(c -> -totals.getOrDefault(c, 0L))
                .thenComparing(c -> label(c, labels))).toList();
    }

    private static List<CategoryCount> counts(Map<String, Long> totals, Map<String, String> labels) {
        return order(totals.keySet(), labels, totals).stream()
                .map(code -> new CategoryCount(code == NONE ? null : code, label(code, labels), totals.get(code))).toList();
    }

    /**
     * Residents and homes with more than one new complaint in the period, and the complaints they account for, counted
     * from each row's neighbours (V26: the same resident's and home's previous and next new complaint): one range over
     * report_stage_repeats_idx, no grouping. A resident repeats when their first complaint in the period (none before it
     * in the period) has its next one by the end; a complaint is a repeat complainant's when another of theirs is in the
     * period just before or after it.
     */
    private Repeats repeats(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select
                    coalesce(sum(case when (prev_resident_on is null or prev_resident_on < ?) and next_resident_on <= ? then 1 else 0 end), 0),
                    coalesce(sum(case when prev_resident_on >= ? or next_resident_on <= ? then 1 else 0 end), 0),
                    coalesce(sum(case when (prev_home_on is null or prev_home_on < ?) and next_home_on <= ? then 1 else 0 end), 0),
                    coalesce(sum(case when prev_home_on >= ? or next_home_on <= ? then 1 else 0 end), 0)
                from report_stage where received_on between ? and ? and stage = 1 and kind = 'COMPLAINT'""")
                .params(from, to, from, to, from, to, from, to, from, to)
                .query((rs, n) -> new Repeats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private Trends trends(LocalDate to) {
        // three months back from the day after: a period ending 30 June compares April to June with January to March
        LocalDate latestFrom = to.plusDays(1).minusMonths(3);
        LocalDate previousTo = latestFrom.minusDays(1);
        LocalDate previousFrom = latestFrom.minusMonths(3);
        Map<String, long[]> areas = new LinkedHashMap<>();
        Map<String, long[]> causes = new LinkedHashMap<>();
        // a query per window (each an index range): a parameter inside GROUP BY is not portable
        LocalDate[][] windows = { { previousFrom, previousTo }, { latestFrom, to } };
        for (int w = 0; w < 2; w++) {
            final int window = w;
            jdbc.sql("""
                    select service_area, cause, count(*) from report_stage
                    where received_on between ? and ? and stage = 1 and kind = 'COMPLAINT' group by service_area, cause""")
                    .params(windows[w][0], windows[w][1]).query(rs -> {
                        long count = rs.getLong(3);
                        if (rs.getString(1) != null) {
                            areas.computeIfAbsent(rs.getString(1), c -> new long[2])[window] += count;
                        }
                        if (rs.getString(2) != null) {
                            causes.computeIfAbsent(rs.getString(2), c -> new long[2])[window] += count;
                        }
                    });
        }
        return new Trends(latestFrom, to, previousFrom, previousTo, risingPercent, risingMinimum,
                trends(areas, categories.labels(CategoryKind.SERVICE_AREA)), trends(causes, categories.labels(CategoryKind.CAUSE)));
    }

    private List<Trend> trends(Map<String, long[]> counts, Map<String, String> labels) {
        return counts.entrySet().stream().map(e -> {
            long previous = e.getValue()[0];
            long latest = e.getValue()[1];
            BigDecimal change = previous == 0 ? null
                    : BigDecimal.valueOf((latest - previous) * 100L).divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
            boolean rising = latest - previous >= risingMinimum && latest * 100 >= previous * (100L + risingPercent);
            return new Trend(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), previous, latest, change, rising);
        }).sorted(Comparator.comparing((Trend t) -> !t.rising()).thenComparing(t -> -(t.latest() - t.previous())).thenComparing(Trend::label))
                .toList();
    }
}

package org.putright.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.putright.calendar.WorkingDays;
import org.putright.ombudsman.OmbudsmanRegister;
import org.putright.ombudsman.OmbudsmanSummary;
import org.putright.remedies.ServiceImprovements;
import org.putright.reporting.ReportFigures.Figures;
import org.putright.shared.InvalidRequestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two governance reports, put together from the figures (counted each time), the Ombudsman register, the service
 * improvements register, the self-assessment (through {@link SelfAssessmentSummaries}) and what the landlord wrote
 * ({@link ReportTexts}):
 * <ul>
 * <li>the quarterly report for the governing body and the Member Responsible for Complaints (9.6, 9.7), for a quarter of
 * the reporting year, compared with the quarter before;</li>
 * <li>the annual complaints performance and service improvement report (8.1 a to f) for a reporting year, compared with
 * the year before, with the governing body's response published alongside (8.2).</li>
 * </ul>
 */
@Service
class GovernanceReports {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Where staff record a self-assessment, for the report to point to when there is none. */
    static final String SELF_ASSESSMENT_PLACE = "/self-assessments";

    /**
     * A report's content. {@code quarter} is like 2047-Q1 for a quarterly report (null for annual), {@code year} the
     * reporting year. {@code previous}: the same figures for the period before, for comparison. {@code analysis}: plain
     * sentences drawn from the figures. {@code tsm} and {@code selfAssessment} belong to the annual report only
     * ({@code selfAssessment} null when none is recorded). {@code entered} is the latest version of what the landlord
     * wrote; {@code versions} every version, latest first.
     */
    record Report(ReportTexts.Kind kind, String title, String periodLabel, String quarter, int year, LocalDate from, LocalDate to,
            String previousLabel, LocalDate previousFrom, LocalDate previousTo, Figures figures, Figures previous, OmbudsmanSummary ombudsman,
            List<ServiceImprovements.Improvement> improvements, List<String> analysis, TsmMeasures.Report tsm,
            SelfAssessmentSummary selfAssessment, String selfAssessmentPlace, ReportTexts.Version entered,
            List<ReportTexts.Version> versions) {
    }

    /** A quarter of a reporting year: 2047-Q1 is April to June 2047, 2047-Q4 January to March 2048. */
    record Quarter(int year, int number) {

        static Quarter parse(String text) {
            Matcher m = text == null ? null : QUARTER.matcher(text.strip());
            if (m == null || !m.matches()) {
                throw new InvalidRequestException("quarter", text,
                        "must be a quarter of a reporting year such as 2047-Q1 (April to June 2047) or 2047-Q4 (January to March 2048)");
            }
            return new Quarter(new ReportingYear(Integer.parseInt(m.group(1))).year(), Integer.parseInt(m.group(2)));
        }

        /** The quarter a period is, when it is exactly one. */
        static Quarter of(LocalDate from, LocalDate to) {
            if (from == null || to == null) {
                throw new InvalidRequestException(from == null ? "from" : "to", null, "is required");
            }
            Quarter q = containing(from);
            if (!q.from().equals(from) || !q.to().equals(to)) {
                throw new InvalidRequestException("to", to, "The period must be a whole quarter: 1 April to 30 June, 1 July to 30 September, "
                        + "1 October to 31 December or 1 January to 31 March");
            }
            return q;
        }

        static Quarter containing(LocalDate day) {
            ReportingYear year = ReportingYear.containing(day);
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(year.from().withDayOfMonth(1), day.withDayOfMonth(1));
            return new Quarter(year.year(), months / 3 + 1);
        }

        LocalDate from() {
            return LocalDate.of(year, 4, 1).plusMonths(3L * (number - 1));
        }

        LocalDate to() {
            return from().plusMonths(3).minusDays(1);
        }

        Quarter previous() {
            return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
        }

        Quarter next() {
            return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
        }

        String code() {
            return year + "-Q" + number;
        }

        /** Quarter 1 of 2047/48 (April to June 2047). */
        String label() {
            return "Quarter " + number + " of " + new ReportingYear(year).label() + " (" + MONTH.format(from()) + " to "
                    + MONTH_YEAR.format(to()) + ")";
        }
    }

    private final ReportFigures figures;
    private final OmbudsmanRegister ombudsman;
    private final ServiceImprovements improvements;
    private final TsmMeasures tsm;
    private final ObjectProvider<SelfAssessmentSummaries> selfAssessments;
    private final ReportTexts texts;
    private final WorkingDays workingDays;

    GovernanceReports(ReportFigures figures, OmbudsmanRegister ombudsman, ServiceImprovements improvements, TsmMeasures tsm,
            ObjectProvider<SelfAssessmentSummaries> selfAssessments, ReportTexts texts, WorkingDays workingDays) {
        this.figures = figures;
        this.ombudsman = ombudsman;
        this.improvements = improvements;
        this.tsm = tsm;
        this.selfAssessments = selfAssessments;
        this.texts = texts;
        this.workingDays = workingDays;
    }

    LocalDate today() {
        return workingDays.today();
    }

    @Transactional(readOnly = true)
    Report quarterly(Quarter q) {
        Quarter before = q.previous();
        Figures now = figures.forPeriod(q.from(), q.to());
        Figures then = figures.forPeriod(before.from(), before.to());
        OmbudsmanSummary omb = ombudsman.summaryFor(q.from(), q.to());
        List<ReportTexts.Version> versions = texts.history(ReportTexts.Kind.QUARTERLY, q.from(), q.to());
        return new Report(ReportTexts.Kind.QUARTERLY, "Complaints report for the governing body", q.label(), q.code(), q.year(), q.from(),
                q.to(), "the previous quarter", before.from(), before.to(), now, then, omb, improvements.forPeriod(q.from(), q.to()),
                ReportAnalysis.sentences(now, then, "the previous quarter", omb), null, null, null, latest(versions), versions);
    }

    @Transactional(readOnly = true)
    Report annual(ReportingYear year) {
        ReportingYear before = new ReportingYear(year.year() - 1);
        Figures now = figures.forPeriod(year.from(), year.to());
        Figures then = figures.forPeriod(before.from(), before.to());
        OmbudsmanSummary omb = ombudsman.summaryFor(year.from(), year.to());
        SelfAssessmentSummary assessment = selfAssessments.stream().map(s -> s.forPeriod(year.from(), year.to()))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        List<ReportTexts.Version> versions = texts.history(ReportTexts.Kind.ANNUAL, year.from(), year.to());
        return new Report(ReportTexts.Kind.ANNUAL, "Annual complaints performance and service improvement report " + year.label(),
                year.label() + " (1 April " + year.year() + " to 31 March " + (year.year() + 1) + ")", null, year.year(), year.from(),
                year.to(), before.label(), before.from(), before.to(), now, then, omb, improvements.forPeriod(year.from(), year.to()),
                ReportAnalysis.sentences(now, then, before.label(), omb), tsm.forYear(year), assessment, SELF_ASSESSMENT_PLACE,
                latest(versions), versions);
    }

    private static ReportTexts.Version latest(List<ReportTexts.Version> versions) {
        return versions.isEmpty() ? ReportTexts.Version.empty() : versions.getFirst();
    }
}

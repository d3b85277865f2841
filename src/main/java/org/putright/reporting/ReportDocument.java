package org.putright.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.putright.ombudsman.Finding;
import org.putright.ombudsman.OmbudsmanSummary;
import org.putright.remedies.ServiceImprovements;
import org.putright.reporting.FigureTables.Table;
import org.putright.reporting.GovernanceReports.Report;
import org.putright.reporting.ReportFigures.Figures;
import org.putright.reporting.ReportFigures.StageFigures;

/**
 * A governance report laid out as a document: sections of headings, paragraphs, lists, tables and charts. The page, the
 * web version, the PDF and the DOCX are all drawn from this one layout, so they say the same thing in the same order.
 * Every chart is followed by the table of its values.
 */
record ReportDocument(String title, String period, List<Section> sections) {

    record Section(String id, String heading, List<Block> blocks) {
    }

    /** A piece of a section; {@link #type()} tells the templates which it is. */
    sealed interface Block {
        String type();
    }

    record Paragraph(String text) implements Block {
        public String type() {
            return "p";
        }
    }

    /** A paragraph ending with a link. */
    record LinkParagraph(String text, String linkText, String href) implements Block {
        public String type() {
            return "link";
        }
    }

    record SubHeading(String text) implements Block {
        public String type() {
            return "h3";
        }
    }

    record Bullets(List<String> items) implements Block {
        public String type() {
            return "ul";
        }
    }

    /** Something stated apart: nothing recorded yet, or what the figures cannot show. */
    record Inset(String text) implements Block {
        public String type() {
            return "inset";
        }
    }

    record TableBlock(Table table) implements Block {
        public String type() {
            return "table";
        }
    }

    /** A chart: a line per series over the labels ({@code line}), or one bar per label (the first series). */
    record Chart(String id, String title, String description, boolean line, List<String> labels, List<String> names,
            List<List<Long>> values) implements Block {
        public String type() {
            return "chart";
        }
    }

    static ReportDocument of(Report r) {
        return r.kind() == ReportTexts.Kind.ANNUAL ? annual(r) : quarterly(r);
    }

    // ------------------------------------------------------------------ annual (8.1, 8.2)

    private static ReportDocument annual(Report r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("about", "About this report", List.of(new Paragraph("This report covers complaints handled from "
                + date(r.from()) + " to " + date(r.to()) + ", compared with " + r.previousLabel() + ". The Housing Ombudsman's Complaint "
                + "Handling Code asks landlords to publish it each year with their self-assessment against the Code, and to publish the "
                + "governing body's response alongside it."))));
        sections.add(new Section("self-assessment", "a) Self-assessment against the Complaint Handling Code", selfAssessment(r)));

        List<Block> b = new ArrayList<>();
        b.add(new SubHeading("What the figures show"));
        b.add(new Bullets(r.analysis()));
        b.add(new SubHeading("Our analysis"));
        entered(b, r.entered().commentary(), "No commentary has been written for this report yet.");
        stageBlocks(b, r);
        b.add(new SubHeading("Tenant Satisfaction Measures on complaints"));
        b.add(new TableBlock(tsm(r.tsm())));
        b.add(new SubHeading("Types of complaints we refused"));
        b.add(new Paragraph("A complaint is refused only on a ground in our complaints policy. These are the grounds used this year."));
        b.add(new TableBlock(refusals(r.figures())));
        themeBlocks(b, r);
        sections.add(new Section("analysis", "b) Analysis of our complaint handling performance", b));

        sections.add(new Section("ombudsman-findings", "c) Findings of non-compliance with the Code by the Ombudsman", ombudsman(r, true)));
        sections.add(new Section("improvements", "d) Service improvements made from learning from complaints", improvements(r)));
        List<Block> e = new ArrayList<>();
        entered(e, r.entered().ombudsmanAnnualReport(), "No annual report from the Ombudsman about us has been recorded for this year.");
        sections.add(new Section("ombudsman-annual-report", "e) The Ombudsman's annual report about our performance", e));
        List<Block> f = new ArrayList<>();
        entered(f, r.entered().otherOmbudsmanReports(), "No other relevant report or publication by the Ombudsman has been recorded for this year.");
        sections.add(new Section("other-ombudsman-reports", "f) Other relevant reports and publications by the Ombudsman", f));
        sections.add(new Section("response", "The governing body's response", response(r)));
        return new ReportDocument(r.title(), r.periodLabel(), sections);
    }

    private static List<Block> selfAssessment(Report r) {
        SelfAssessmentSummary s = r.selfAssessment();
        if (s == null) {
            return List.of(new Inset("No self-assessment against the Code is recorded for " + date(r.from()) + " to " + date(r.to()) + "."),
                    new LinkParagraph("Staff complete and sign off the self-assessment in PutRight: ", "self-assessments",
                            r.selfAssessmentPlace()));
        }
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("We assessed ourselves against the " + s.codeVersion() + " Complaint Handling Code for " + date(s.periodStart())
                + " to " + date(s.periodEnd()) + (s.signedOffOn() == null ? ". It has not yet been signed off."
                        : ". It was signed off on " + date(s.signedOffOn()) + ".")
                + (s.governingBodyConsideredOn() == null ? "" : " The governing body considered it on " + date(s.governingBodyConsideredOn()) + ".")));
        b.add(new TableBlock(new Table("self-assessment", "Self-assessment: provisions by result", List.of("Result", "Provisions"), List.of(
                row("Complied with", (long) s.complied()), row("Partly complied with", (long) s.partly()),
                row("Not complied with", (long) s.notComplied()), row("Not applicable", (long) s.notApplicable()),
                row("All provisions assessed", (long) s.provisions())))));
        b.add(s.contradictedProvisions().isEmpty()
                ? new Paragraph("Our complaint records did not contradict the self-assessment on any provision.")
                : new Paragraph("Our complaint records point the other way on provisions " + String.join(", ", s.contradictedProvisions())
                        + "; the self-assessment explains what we are doing about them."));
        b.add(new Paragraph("The self-assessment led to " + s.openActions() + " open actions, " + s.overdueActions() + " of them overdue."));
        if (s.link() != null && !s.link().isBlank()) {
            b.add(new LinkParagraph("The full self-assessment: ", "read the self-assessment", s.link()));
        }
        return b;
    }

    private static List<Block> response(Report r) {
        List<Block> b = new ArrayList<>();
        if (r.entered().governingBodyResponse() == null) {
            b.add(new Inset("The governing body has not yet responded to this report."));
            return b;
        }
        if (r.entered().consideredOn() != null) {
            b.add(new Paragraph("The governing body considered this report on " + date(r.entered().consideredOn()) + " and responded:"));
        }
        entered(b, r.entered().governingBodyResponse(), "");
        return b;
    }

    // ------------------------------------------------------------------ quarterly (9.6, 9.7)

    private static ReportDocument quarterly(Report r) {
        List<Section> sections = new ArrayList<>();
        List<Block> summary = new ArrayList<>();
        summary.add(new Paragraph("Complaint handling from " + date(r.from()) + " to " + date(r.to()) + ", compared with " + r.previousLabel()
                + " (" + date(r.previousFrom()) + " to " + date(r.previousTo()) + "). Each step counts in the period it happened."));
        summary.add(new Bullets(r.analysis()));
        sections.add(new Section("summary", "Summary", summary));
        List<Block> commentary = new ArrayList<>();
        entered(commentary, r.entered().commentary(), "No commentary has been written for this report yet.");
        sections.add(new Section("commentary", "Commentary", commentary));
        List<Block> volumes = new ArrayList<>();
        stageBlocks(volumes, r);
        volumes.add(new SubHeading("Complaints refused, by ground"));
        volumes.add(new TableBlock(refusals(r.figures())));
        sections.add(new Section("volumes", "Volumes, timeliness and outcomes", volumes));
        List<Block> themes = new ArrayList<>();
        themeBlocks(themes, r);
        sections.add(new Section("themes", "Categories, themes and trends", themes));
        List<Block> remedies = new ArrayList<>();
        Figures f = r.figures();
        remedies.add(new TableBlock(new Table("putting-right", "Putting things right", List.of("Figure", "This quarter", "Previous quarter"),
                List.of(row("Remedies offered in responses", remediesOffered(f), remediesOffered(r.previous())),
                        row("Compensation offered (£)", offered(f), offered(r.previous())),
                        row("Compensation paid (£)", f.learning().compensationPaid(), r.previous().learning().compensationPaid()),
                        row("Actions promised in responses", f.actions().promised(), r.previous().actions().promised())))));
        remedies.add(new Paragraph("On " + date(f.asOf()) + ", " + f.actions().openToday() + " actions promised in responses were still open, "
                + f.actions().overdueToday() + " of them overdue."));
        sections.add(new Section("remedies", "Remedies and outstanding actions", remedies));
        sections.add(new Section("ombudsman", "Ombudsman investigations and orders", ombudsman(r, false)));
        sections.add(new Section("learning", "Learning and service improvements", improvements(r)));
        sections.add(new Section("response", "The governing body's response", response(r)));
        return new ReportDocument(r.title(), r.periodLabel(), sections);
    }

    // ------------------------------------------------------------------ shared parts

    private static void stageBlocks(List<Block> b, Report r) {
        String now = r.kind() == ReportTexts.Kind.ANNUAL ? "This year" : "This quarter";
        String before = r.kind() == ReportTexts.Kind.ANNUAL ? r.previousLabel() : "Previous quarter";
        b.add(new SubHeading("Complaints each month"));
        Figures f = r.figures();
        List<String> months = f.months().stream().map(m -> FigureTables.month(m.month())).toList();
        List<Long> s1 = f.months().stream().map(ReportFigures.Month::stage1Received).toList();
        List<Long> s2 = f.months().stream().map(ReportFigures.Month::stage2Received).toList();
        b.add(new Chart("chart-months", "Complaints received each month, by stage", "Line chart of complaints received each month from "
                + months.getFirst() + " to " + months.getLast() + ": stage 1 " + sum(s1) + " in all, stage 2 " + sum(s2)
                + ". The table after the chart gives every value.", true, months, List.of("Stage 1 received", "Stage 2 received"),
                List.of(s1, s2)));
        b.add(new TableBlock(FigureTables.of(f).stream().filter(t -> t.id().equals("months")).findFirst().orElseThrow()));
        for (int stage = 1; stage <= 2; stage++) {
            StageFigures s = f.stages().get(stage - 1);
            StageFigures p = r.previous().stages().get(stage - 1);
            b.add(new SubHeading("Stage " + stage));
            b.add(new TableBlock(new Table("stage-" + stage, "Stage " + stage + ": " + now.toLowerCase() + " against " + before.toLowerCase()
                    .replace("previous", "the previous"),
                    List.of("Figure", now, before), List.of(
                            row(stage == 1 ? "Complaints received" : "Escalations received", s.received(), p.received()),
                            row("Acknowledged", s.acknowledged(), p.acknowledged()),
                            row("Acknowledged within the Code's timescale (%)", s.acknowledgedInTimePercent(), p.acknowledgedInTimePercent()),
                            row("Responded to", s.responded(), p.responded()),
                            row("Responded to within the Code's timescale (%)", s.respondedInTimePercent(), p.respondedInTimePercent()),
                            row("Responses after an extension", s.respondedAfterExtension(), p.respondedAfterExtension()),
                            row("Refused", s.refused(), p.refused()),
                            row("Upheld", s.upheld(), p.upheld()),
                            row("Partly upheld", s.partlyUpheld(), p.partlyUpheld()),
                            row("Not upheld", s.notUpheld(), p.notUpheld()),
                            row("Compensation offered (£)", s.financialOffered(), p.financialOffered())))));
        }
    }

    private static void themeBlocks(List<Block> b, Report r) {
        Figures f = r.figures();
        b.add(new SubHeading("New complaints by service area"));
        List<ReportFigures.CategoryCount> areas = f.categories().serviceAreas();
        b.add(new Chart("chart-service-areas", "New complaints by service area", "Bar chart. " + (areas.isEmpty() ? "No new complaints."
                : areas.stream().map(c -> c.label() + ": " + c.complaints()).collect(Collectors.joining("; ")) + ".")
                + " The table after the chart gives the same values.", false, areas.stream().map(ReportFigures.CategoryCount::label).toList(),
                List.of("New complaints"), List.of(areas.stream().map(ReportFigures.CategoryCount::complaints).toList())));
        b.add(new TableBlock(new Table("service-areas", "New complaints by service area", List.of("Service area", "New complaints"),
                areas.stream().map(c -> row(c.label(), c.complaints())).toList())));
        b.add(new TableBlock(new Table("causes", "New complaints by cause", List.of("Cause", "New complaints"),
                f.categories().causes().stream().map(c -> row(c.label(), c.complaints())).toList())));
        List<ReportFigures.Trend> rising = java.util.stream.Stream.concat(f.trends().serviceAreas().stream(), f.trends().causes().stream())
                .filter(ReportFigures.Trend::rising).toList();
        b.add(new SubHeading("Rising themes"));
        b.add(rising.isEmpty()
                ? new Paragraph("No service area or cause is rising: none had at least " + f.trends().minIncrease() + " more new complaints, and "
                        + f.trends().minIncreasePercent() + "% more, in the three months to " + date(f.trends().latestTo())
                        + " than in the three months before.")
                : new Paragraph("Rising in the three months to " + date(f.trends().latestTo()) + " against the three months before: "
                        + rising.stream().map(t -> t.label() + " (" + t.previous() + " to " + t.latest() + ")").collect(Collectors.joining(", "))
                        + "."));
        b.add(new Paragraph(f.repeats().repeatComplainants() + " residents made more than one new complaint ("
                + f.repeats().complaintsFromRepeatComplainants() + " complaints), and " + f.repeats().repeatProperties()
                + " homes had more than one (" + f.repeats().complaintsFromRepeatProperties() + " complaints)."));
    }

    private static List<Block> ombudsman(Report r, boolean annual) {
        OmbudsmanSummary o = r.ombudsman();
        List<Block> b = new ArrayList<>();
        if (annual) {
            b.add(new Paragraph("Where the Ombudsman investigated a complaint about us and found service failure or maladministration, or "
                    + "ordered us to put our complaint handling right (a complaint handling failure order), it is a finding that we did not "
                    + "meet the Code or handle the complaint well. These are the Ombudsman's determinations and orders dated in the year."));
        }
        List<List<Object>> findings = new ArrayList<>();
        for (Finding finding : Finding.values()) {
            findings.add(row(findingLabel(finding), (long) o.findings().getOrDefault(finding, 0)));
        }
        b.add(new TableBlock(new Table("ombudsman-cases", "Ombudsman cases", List.of("Figure", "Number"), List.of(
                row("Cases referred to the Ombudsman", (long) o.casesReferred()),
                row("Cases the Ombudsman determined", (long) o.casesDetermined()),
                row("Findings of service failure or maladministration (% of findings in jurisdiction)", o.maladministrationRate())))));
        b.add(new TableBlock(new Table("ombudsman-findings", "The Ombudsman's findings in its determinations", List.of("Finding", "Number"),
                findings)));
        b.add(new TableBlock(new Table("ombudsman-orders", "Orders made and our compliance (as of " + date(o.asOf()) + ")",
                List.of("Kind", "Made", "Complied with", "Complied with late", "Overdue", "Not yet due"), List.of(
                        orders("Complaint handling failure orders", o.complaintHandlingFailureOrders()),
                        orders("Orders", o.orders()),
                        orders("Recommendations", o.recommendations())))));
        long overdue = o.orders().overdue() + o.complaintHandlingFailureOrders().overdue();
        b.add(new Paragraph(overdue == 0 ? "No order the Ombudsman made in the period is overdue."
                : overdue + " of the Ombudsman's orders made in the period are overdue; the governing body should ask why."));
        return b;
    }

    private static List<Object> orders(String label, OmbudsmanSummary.Orders o) {
        return row(label, (long) o.made(), (long) o.complied(), (long) o.compliedLate(), (long) o.overdue(), (long) o.open());
    }

    private static String findingLabel(Finding finding) {
        return switch (finding) {
            case NO_MALADMINISTRATION -> "No maladministration";
            case SERVICE_FAILURE -> "Service failure";
            case MALADMINISTRATION -> "Maladministration";
            case SEVERE_MALADMINISTRATION -> "Severe maladministration";
            case REASONABLE_REDRESS -> "Reasonable redress";
            case OUTSIDE_JURISDICTION -> "Outside jurisdiction";
        };
    }

    private static List<Block> improvements(Report r) {
        List<Block> b = new ArrayList<>();
        Figures f = r.figures();
        b.add(new Paragraph(f.learning().lessonsRecorded() + " lessons were recorded from complaints; " + f.learning().improvementsProposed()
                + " service improvements were proposed and " + f.learning().improvementsCompleted() + " completed."));
        if (r.improvements().isEmpty()) {
            b.add(new Inset("No service improvement was proposed or completed in this period."));
            return b;
        }
        b.add(new TableBlock(new Table("improvement-list", "Service improvements proposed or completed",
                List.of("Improvement", "What changes", "Owner", "Where it stands", "Complaints it came from"),
                r.improvements().stream().map(i -> row(i.title(), i.description(), i.owner(), stand(i), (long) i.complaints())).toList())));
        return b;
    }

    private static String stand(ServiceImprovements.Improvement i) {
        if (i.completedOn() != null && "DONE".equals(i.status())) {
            return "Done " + date(i.completedOn());
        }
        String status = switch (i.status() == null ? "" : i.status()) {
            case "PROPOSED" -> "Proposed";
            case "AGREED" -> "Agreed";
            case "IN_PROGRESS" -> "In progress";
            case "DONE" -> "Done";
            default -> "Unknown";
        };
        return status + (i.targetOn() == null ? "" : ", due " + date(i.targetOn()));
    }

    private static Table tsm(TsmMeasures.Report t) {
        TsmMeasures.Ch01 c1 = t.ch01();
        TsmMeasures.Ch02 c2 = t.ch02();
        return new Table("tsm", "Tenant Satisfaction Measures " + t.year(), List.of("Measure", "Stage 1", "Stage 2"), List.of(
                row("CH01: complaints per 1,000 homes", c1.stage1PerThousand(), c1.stage2PerThousand()),
                row("CH01: complaints counted", (long) c1.stage1Received(), (long) c1.stage2Received()),
                row("CH02: responses within the Code's timescale (%)", c2.stage1WithinTimescale(), c2.stage2WithinTimescale()),
                row("CH02: responses", (long) c2.stage1Responded(), (long) c2.stage2Responded())));
    }

    private static Table refusals(Figures f) {
        return new Table("refusals", "Complaints refused, by ground", List.of("Ground", "Stage 1", "Stage 2"),
                f.refusalsByGround().stream().map(g -> row(g.label(), g.stage1(), g.stage2())).toList());
    }

    /** Text the landlord wrote, a paragraph for each blank-line-separated part; or the note when there is none. */
    private static void entered(List<Block> b, String text, String none) {
        if (text == null || text.isBlank()) {
            if (!none.isEmpty()) {
                b.add(new Inset(none));
            }
            return;
        }
        Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).forEach(p -> b.add(new Paragraph(p)));
    }

    private static long remediesOffered(Figures f) {
        return f.stages().stream().mapToLong(StageFigures::remediesOffered).sum();
    }

    private static BigDecimal offered(Figures f) {
        return f.stages().stream().map(StageFigures::financialOffered).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    static String date(LocalDate day) {
        return day == null ? "" : GovernanceReports.LONG.format(day);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells)));
    }

    /** The charts as inline SVG for web pages, by id. */
    Map<String, String> svgCharts() {
        return charts().stream().collect(Collectors.toMap(Chart::id, c -> c.line()
                ? Charts.line(c.id(), c.title(), c.description(), c.labels(), series(c))
                : Charts.bars(c.id(), c.title(), c.description(), bars(c))));
    }

    List<Chart> charts() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }

    private static List<Charts.Series> series(Chart c) {
        List<Charts.Series> out = new ArrayList<>();
        for (int i = 0; i < c.names().size(); i++) {
            out.add(i == 0 ? new Charts.Series(c.names().get(i), c.values().get(i), Charts.BLUE, null, Charts.Marker.CIRCLE)
                    : new Charts.Series(c.names().get(i), c.values().get(i), Charts.RED, "8 5", Charts.Marker.SQUARE));
        }
        return out;
    }

    private static List<Charts.Bar> bars(Chart c) {
        List<Charts.Bar> out = new ArrayList<>();
        for (int i = 0; i < c.labels().size(); i++) {
            out.add(new Charts.Bar(c.labels().get(i), c.values().getFirst().get(i), "Not categorised".equals(c.labels().get(i))));
        }
        return out;
    }
}

package org.putright.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.putright.ombudsman.Finding;
import org.putright.ombudsman.OmbudsmanSummary;
import org.putright.reporting.ReportFigures.Figures;
import org.putright.reporting.ReportFigures.StageFigures;

/**
 * The quantitative analysis in plain English (8.1 b, 9.7): a sentence for each thing the governing body should notice,
 * comparing the period with the one before. Written only from the figures, so it never says more than they do; the
 * landlord's own commentary sits beside it.
 */
final class ReportAnalysis {

    private ReportAnalysis() {
    }

    static List<String> sentences(Figures now, Figures before, String beforeName, OmbudsmanSummary ombudsman) {
        List<String> out = new ArrayList<>();
        StageFigures s1 = now.stages().get(0);
        StageFigures s2 = now.stages().get(1);
        StageFigures b1 = before.stages().get(0);
        StageFigures b2 = before.stages().get(1);
        out.add(count(s1.received(), "complaint", "complaints") + " received at stage 1, " + change(s1.received(), b1.received(), beforeName)
                + "; " + count(s2.received(), "escalation", "escalations") + " to stage 2, " + change(s2.received(), b2.received(), beforeName)
                + ".");
        for (StageFigures[] pair : List.of(new StageFigures[] { s1, b1 }, new StageFigures[] { s2, b2 })) {
            StageFigures s = pair[0];
            StageFigures b = pair[1];
            out.add(timeliness(s.stage(), "acknowledged", s.acknowledgedInTime(), s.acknowledged(), s.acknowledgedInTimePercent(),
                    b.acknowledgedInTimePercent(), beforeName));
            out.add(timeliness(s.stage(), "responded to", s.respondedInTime(), s.responded(), s.respondedInTimePercent(),
                    b.respondedInTimePercent(), beforeName));
        }
        for (StageFigures s : List.of(s1, s2)) {
            long decided = s.upheld() + s.partlyUpheld() + s.notUpheld();
            if (decided > 0) {
                out.add("Of the " + decided + " stage " + s.stage() + " responses with a decision, " + s.upheld() + " upheld the complaint ("
                        + pct(s.upheld(), decided) + "), " + s.partlyUpheld() + " partly upheld it (" + pct(s.partlyUpheld(), decided) + ") and "
                        + s.notUpheld() + " did not uphold it (" + pct(s.notUpheld(), decided) + ").");
            }
        }
        long refused = now.refusalsByGround().stream().mapToLong(r -> r.stage1() + r.stage2()).sum();
        long refusedBefore = before.refusalsByGround().stream().mapToLong(r -> r.stage1() + r.stage2()).sum();
        if (refused == 0) {
            out.add("No complaint or escalation was refused (" + (refusedBefore == 0 ? "none in " + beforeName : refusedBefore + " in " + beforeName)
                    + ").");
        }
        else {
            ReportFigures.Refusals top = now.refusalsByGround().getFirst();
            out.add(count(refused, "complaint or escalation was", "complaints or escalations were") + " refused, "
                    + change(refused, refusedBefore, beforeName) + "; the most common ground was " + lower(top.label()) + " ("
                    + (top.stage1() + top.stage2()) + ").");
        }
        BigDecimal offered = s1.financialOffered().add(s2.financialOffered());
        out.add("Responses offered £" + money(offered) + " in compensation; " + (now.learning().paymentsMade() == 0 ? "no compensation was paid."
                : "£" + money(now.learning().compensationPaid()) + " was paid in " + count(now.learning().paymentsMade(), "payment", "payments")
                        + "."));
        List<ReportFigures.CategoryCount> areas = now.categories().serviceAreas().stream().filter(c -> c.code() != null).toList();
        if (!areas.isEmpty()) {
            long all = now.categories().serviceAreas().stream().mapToLong(ReportFigures.CategoryCount::complaints).sum();
            ReportFigures.CategoryCount top = areas.getFirst();
            out.add("The service area with most new complaints was " + lower(top.label()) + ": " + top.complaints() + " of " + all + " ("
                    + pct(top.complaints(), all) + ").");
        }
        List<ReportFigures.Trend> rising = Stream.concat(now.trends().serviceAreas().stream(), now.trends().causes().stream())
                .filter(ReportFigures.Trend::rising).toList();
        if (!rising.isEmpty()) {
            out.add("Rising in the last three months: " + rising.stream().map(t -> lower(t.label()) + " (" + t.previous() + " to " + t.latest() + ")")
                    .collect(Collectors.joining(", ")) + ".");
        }
        out.add(count(now.actions().openToday(), "action", "actions") + " promised in responses " + (now.actions().openToday() == 1 ? "was" : "were")
                + " still open on " + GovernanceReports.LONG.format(now.asOf()) + ", " + now.actions().overdueToday() + " of them overdue.");
        out.add(count(now.learning().lessonsRecorded(), "lesson was", "lessons were") + " recorded from complaints; "
                + count(now.learning().improvementsProposed(), "service improvement was", "service improvements were") + " proposed and "
                + now.learning().improvementsCompleted() + " completed.");
        int failings = ombudsman.findings().entrySet().stream().filter(e -> e.getKey().failing()).mapToInt(java.util.Map.Entry::getValue).sum();
        String determinations = "The Ombudsman took on " + count(ombudsman.casesReferred(), "case", "cases") + " and determined "
                + ombudsman.casesDetermined();
        if (ombudsman.findingsInJurisdiction() > 0) {
            determinations += ", finding service failure or maladministration in " + failings + " of " + ombudsman.findingsInJurisdiction()
                    + " findings (" + ombudsman.maladministrationRate().stripTrailingZeros().toPlainString() + "%)";
            int severe = ombudsman.findings().getOrDefault(Finding.SEVERE_MALADMINISTRATION, 0);
            if (severe > 0) {
                determinations += ", " + severe + " of them severe maladministration";
            }
        }
        out.add(determinations + ".");
        OmbudsmanSummary.Orders chfo = ombudsman.complaintHandlingFailureOrders();
        out.add(chfo.made() == 0 ? "The Ombudsman made no complaint handling failure order."
                : "The Ombudsman made " + count(chfo.made(), "complaint handling failure order", "complaint handling failure orders") + "; "
                        + chfo.complied() + " complied with, " + chfo.overdue() + " overdue.");
        OmbudsmanSummary.Orders orders = ombudsman.orders();
        if (orders.made() > 0) {
            out.add("Of the " + count(orders.made(), "order", "orders") + " the Ombudsman made, " + orders.complied() + " "
                    + (orders.complied() == 1 ? "was" : "were") + " complied with (" + orders.compliedLate() + " late), " + orders.overdue()
                    + " overdue and " + orders.open() + " not yet due.");
        }
        return out;
    }

    /** "78% of stage 1 complaints were acknowledged within the Code's timescale (31 of 40), down from 85% in 2046/47." */
    private static String timeliness(int stage, String verb, long inTime, long count, BigDecimal percent, BigDecimal before,
            String beforeName) {
        String what = stage == 1 ? "complaints" : "escalations";
        if (count == 0) {
            return "No stage " + stage + " " + what + " were " + verb + ".";
        }
        String sentence = percent(percent) + " of stage " + stage + " " + what + " were " + verb + " within the Code's timescale (" + inTime
                + " of " + count + ")";
        if (before == null) {
            return sentence + " (none in " + beforeName + ").";
        }
        int cmp = percent.compareTo(before);
        return sentence + (cmp == 0 ? ", the same as in " + beforeName : (cmp > 0 ? ", up from " : ", down from ") + percent(before) + " in "
                + beforeName) + ".";
    }

    private static String change(long now, long before, String beforeName) {
        if (now == before) {
            return "the same as in " + beforeName;
        }
        return (now > before ? "up from " : "down from ") + before + " in " + beforeName;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String pct(long part, long whole) {
        return percent(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    static String money(BigDecimal amount) {
        return String.format(java.util.Locale.UK, "%,.2f", amount);
    }

    /** A label inside a sentence: "Damp and mould" reads "damp and mould" (labels written in capitals stay so). */
    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}

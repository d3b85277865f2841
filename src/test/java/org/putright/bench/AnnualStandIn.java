package org.putright.bench;

import java.util.Locale;

import org.putright.ombudsman.OmbudsmanSummary;
import org.putright.reporting.ReportFigures;
import org.putright.reporting.ReportingYear;
import org.putright.reporting.TsmMeasures;

/**
 * A stand-in for the annual complaints report while the real one is built elsewhere: the year's figures as plain HTML
 * tables (stages, refusals, months, categories, repeats, TSM, Ombudsman), for timing the PDF render. Not a product page.
 */
final class AnnualStandIn {

    private AnnualStandIn() {
    }

    static String html(ReportingYear year, ReportFigures.Figures f, TsmMeasures.Report t, OmbudsmanSummary o) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Annual complaints report</title>
                <style>body{font-family:'DejaVu Sans';font-size:10pt} table{border-collapse:collapse;margin-bottom:12pt}
                td,th{border:1px solid #999;padding:2pt 4pt;text-align:right} th:first-child,td:first-child{text-align:left}</style>
                </head><body>""");
        h.append("<h1>Annual complaints report ").append(year.label()).append("</h1>");
        h.append("<h2>Stages</h2><table><tr><th>Stage</th><th>Received</th><th>Acknowledged</th><th>In time</th><th>Responded</th>")
                .append("<th>In time</th><th>Extended</th><th>Upheld</th><th>Partly</th><th>Not upheld</th><th>Compensation</th></tr>");
        for (ReportFigures.StageFigures s : f.stages()) {
            row(h, "Stage " + s.stage(), s.received(), s.acknowledged(), s.acknowledgedInTimePercent(), s.responded(), s.respondedInTimePercent(),
                    s.respondedAfterExtension(), s.upheld(), s.partlyUpheld(), s.notUpheld(), s.financialOffered());
        }
        h.append("</table><h2>Refusals</h2><table><tr><th>Ground</th><th>Stage 1</th><th>Stage 2</th></tr>");
        f.refusalsByGround().forEach(r -> row(h, r.label(), r.stage1(), r.stage2()));
        h.append("</table><h2>Months</h2><table><tr><th>Month</th><th>Stage 1 received</th><th>Stage 2 received</th><th>Stage 1 responses</th><th>Stage 2 responses</th></tr>");
        f.months().forEach(m -> row(h, m.month().toString(), m.stage1Received(), m.stage2Received(), m.stage1Responded(), m.stage2Responded()));
        h.append("</table><h2>Service areas</h2><table><tr><th>Service area</th>");
        f.months().forEach(m -> h.append("<th>").append(m.month().getMonthValue()).append("</th>"));
        h.append("<th>Total</th></tr>");
        for (ReportFigures.CategorySeries s : f.categories().serviceAreasByMonth()) {
            h.append("<tr><td>").append(s.label()).append("</td>");
            s.monthly().forEach(n -> h.append("<td>").append(n).append("</td>"));
            h.append("<td>").append(s.total()).append("</td></tr>");
        }
        h.append("</table><h2>Causes</h2><table><tr><th>Cause</th><th>Complaints</th></tr>");
        f.categories().causes().forEach(c -> row(h, c.label(), c.complaints()));
        h.append("</table><h2>Repeats</h2><table>");
        row(h, "Repeat complainants", f.repeats().repeatComplainants(), f.repeats().complaintsFromRepeatComplainants());
        row(h, "Repeat homes", f.repeats().repeatProperties(), f.repeats().complaintsFromRepeatProperties());
        h.append("</table><h2>Tenant Satisfaction Measures</h2><table>");
        row(h, "CH01 stage 1 per 1,000 homes", t.ch01().stage1PerThousand());
        row(h, "CH01 stage 2 per 1,000 homes", t.ch01().stage2PerThousand());
        row(h, "CH02 stage 1 within timescale (%)", t.ch02().stage1WithinTimescale());
        row(h, "CH02 stage 2 within timescale (%)", t.ch02().stage2WithinTimescale());
        h.append("</table><h2>Housing Ombudsman</h2><table>");
        row(h, "Cases referred", o.casesReferred());
        row(h, "Cases determined", o.casesDetermined());
        row(h, "Orders made", o.orders().made());
        h.append("</table></body></html>");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, Object... cells) {
        h.append("<tr><td>").append(escape(label)).append("</td>");
        for (Object cell : cells) {
            h.append("<td>").append(cell == null ? "–" : String.format(Locale.ROOT, "%s", cell)).append("</td>");
        }
        h.append("</tr>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

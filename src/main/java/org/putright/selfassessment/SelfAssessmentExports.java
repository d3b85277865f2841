package org.putright.selfassessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.putright.correspondence.DocumentPdfs;
import org.putright.shared.web.Landlord;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An assessment in the Ombudsman's self-assessment form layout: a table per section with the provision, the Code's
 * requirement, whether it is complied with, the evidence, the commentary (with the alternative approach where a
 * "must" is not met) and the actions; then the sign-off, the governing body's response and the publication. The HTML
 * is a standalone accessible page to publish on the landlord's website (no staff menu, live evidence or case links);
 * the PDF is the same HTML through {@link DocumentPdfs}; the DOCX a heading and a table per section.
 */
@Component
class SelfAssessmentExports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TARGET = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final List<String> COLUMNS = List.of("Provision", "Code requirement", "Comply", "Evidence", "Commentary and explanation", "Actions");

    private static final String CSS = """
            @page { size: A4 landscape; margin: 14mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
            html, body, h1, h2, p, li, td, th, caption, dt, dd { font-family: 'DejaVu Sans', Arial, sans-serif; }
            body { font-size: 10pt; line-height: 1.4; color: #0b0c0c; max-width: 80em; margin: 0 auto; padding: 1em; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.4em; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1em; table-layout: fixed; }
            caption { text-align: left; font-weight: bold; font-size: 1.1em; padding-bottom: 0.4em; }
            th, td { text-align: left; vertical-align: top; border: 1px solid #505a5f; padding: 0.3em; overflow-wrap: break-word; word-wrap: break-word; }
            thead th { background: #f3f2f1; }
            col.number { width: 6%; } col.requirement { width: 27%; } col.comply { width: 9%; } col.text { width: 19%; }
            .pre { white-space: pre-wrap; }
            ul { margin: 0; padding-left: 1.1em; }
            dl { display: block; } dt { font-weight: bold; margin-top: 0.4em; } dd { margin-left: 0; }
            """;

    private final DocumentPdfs pdfs;
    private final Landlord landlord;

    SelfAssessmentExports(DocumentPdfs pdfs, Landlord landlord) {
        this.pdfs = pdfs;
        this.landlord = landlord;
    }

    static String title(SelfAssessments.Assessment a) {
        return "Complaint Handling Code self-assessment " + DATE.format(a.periodStart()) + " to " + DATE.format(a.periodEnd());
    }

    static String comply(SelfAssessments.Comply comply) {
        if (comply == null) {
            return "Not answered";
        }
        return switch (comply) {
            case YES -> "Yes";
            case NO -> "No";
            case PARTLY -> "Partly";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    static String reason(SelfAssessments.Reason reason) {
        return switch (reason) {
            case ANNUAL -> "Annual self-assessment";
            case RESTRUCTURE -> "After a significant restructure, merger or change in procedures";
            case OMBUDSMAN_INVESTIGATION -> "Reviewed following an Ombudsman investigation";
        };
    }

    /** "Set up a panel [Target 31/07/2052 – Customer Voice Lead] (complete: evidence)", as the published forms write actions. */
    static String action(SelfAssessments.Action a) {
        StringBuilder text = new StringBuilder(a.description()).append(" [");
        if (a.targetDate() != null) {
            text.append("Target ").append(TARGET.format(a.targetDate())).append(" – ");
        }
        text.append(a.owner()).append("]");
        switch (a.status()) {
            case COMPLETE -> text.append(" Complete").append(a.completionEvidence() == null ? "" : ": " + a.completionEvidence());
            case IN_PROGRESS -> text.append(" In progress");
            case OPEN -> text.append(a.overdue() ? " Overdue" : "");
        }
        return text.toString();
    }

    /** The commentary cell: the commentary, then the alternative approach when a "must" is not met. */
    static List<String> commentary(SelfAssessments.ProvisionAnswer p) {
        List<String> parts = new ArrayList<>();
        if (p.commentary() != null) {
            parts.add(p.commentary());
        }
        if (p.alternativeApproach() != null) {
            parts.add("Alternative approach and why it delivers a better outcome: " + p.alternativeApproach());
        }
        return parts;
    }

    static List<String[]> details(SelfAssessments.Assessment a) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Code", a.codeTitle() });
        rows.add(new String[] { "Period assessed", DATE.format(a.periodStart()) + " to " + DATE.format(a.periodEnd()) });
        rows.add(new String[] { "Why it was carried out", reason(a.reason()) });
        rows.add(new String[] { "Signed off by the complaints officer", a.signOff() == null ? "Not yet signed off"
                : DATE.format(a.signOff().on()) + (a.signOff().note() == null ? "" : ". " + a.signOff().note()) });
        rows.add(new String[] { "Considered by the governing body", a.governingBody() == null ? "Not yet considered" : DATE.format(a.governingBody().on()) });
        if (a.governingBody() != null) {
            rows.add(new String[] { "The governing body's response", a.governingBody().note() });
        }
        rows.add(new String[] { "Published", a.publication() == null ? "Not yet published" : DATE.format(a.publication().on()) });
        return rows;
    }

    // ------------------------------------------------------------------ HTML

    String html(SelfAssessments.Assessment a) {
        StringBuilder out = new StringBuilder(128_000);
        String title = title(a);
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>").append(e(title)).append(" – ")
                .append(e(landlord.name())).append("</title>\n<meta name=\"author\" content=\"").append(e(landlord.name()))
                .append("\" />\n<meta name=\"subject\" content=\"Complaint Handling Code self-assessment\" />\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(e(landlord.name())).append(": ").append(e(title)).append("</h1>\n");
        out.append("<p>Our assessment of how our complaint handling meets the Housing Ombudsman's ").append(e(a.codeTitle()))
                .append(", with the evidence for each provision and what we will do where we fall short.</p>\n<dl>\n");
        for (String[] row : details(a)) {
            out.append("<dt>").append(e(row[0])).append("</dt><dd class=\"pre\">").append(e(row[1])).append("</dd>\n");
        }
        out.append("</dl>\n");
        for (Map.Entry<String, List<SelfAssessments.ProvisionAnswer>> section : a.bySection().entrySet()) {
            out.append("<h2>").append(e(section.getKey())).append("</h2>\n<table>\n<caption>").append(e(section.getKey()))
                    .append(": provisions, whether we comply, evidence, commentary and actions</caption>\n")
                    .append("<colgroup><col class=\"number\" /><col class=\"requirement\" /><col class=\"comply\" /><col class=\"text\" />")
                    .append("<col class=\"text\" /><col class=\"text\" /></colgroup>\n<thead><tr>");
            for (String column : COLUMNS) {
                out.append("<th scope=\"col\">").append(e(column)).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (SelfAssessments.ProvisionAnswer p : section.getValue()) {
                out.append("<tr><th scope=\"row\">").append(e(p.number())).append("</th><td>").append(e(p.requirement())).append("</td><td>")
                        .append(e(comply(p.comply()))).append("</td><td class=\"pre\">").append(e(nullToEmpty(p.evidence()))).append("</td><td class=\"pre\">");
                List<String> commentary = commentary(p);
                for (int i = 0; i < commentary.size(); i++) {
                    out.append(i == 0 ? "" : "\n\n").append(e(commentary.get(i)));
                }
                out.append("</td><td>");
                if (!p.actions().isEmpty()) {
                    out.append("<ul>");
                    for (SelfAssessments.Action action : p.actions()) {
                        out.append("<li>").append(e(action(action))).append("</li>");
                    }
                    out.append("</ul>");
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    byte[] pdf(SelfAssessments.Assessment a) {
        return pdfs.fromHtml(html(a));
    }

    // ------------------------------------------------------------------ DOCX

    byte[] docx(SelfAssessments.Assessment a) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(doc);
            doc.getProperties().getCoreProperties().setTitle(title(a));
            doc.getProperties().getCoreProperties().setCreator(landlord.name());
            heading(doc, "Title", landlord.name() + ": " + title(a));
            for (String[] row : details(a)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun key = p.createRun();
                key.setBold(true);
                key.setText(row[0] + ": ");
                p.createRun().setText(row[1]);
            }
            for (Map.Entry<String, List<SelfAssessments.ProvisionAnswer>> section : a.bySection().entrySet()) {
                heading(doc, "Heading1", section.getKey());
                XWPFTable table = doc.createTable(section.getValue().size() + 1, COLUMNS.size());
                table.setWidth("100%");
                XWPFTableRow header = table.getRow(0);
                repeatAsHeader(header);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    cell(header.getCell(c), List.of(COLUMNS.get(c)), true);
                }
                for (int r = 0; r < section.getValue().size(); r++) {
                    SelfAssessments.ProvisionAnswer p = section.getValue().get(r);
                    XWPFTableRow row = table.getRow(r + 1);
                    cell(row.getCell(0), List.of(p.number()), true);
                    cell(row.getCell(1), List.of(p.requirement()), false);
                    cell(row.getCell(2), List.of(comply(p.comply())), false);
                    cell(row.getCell(3), p.evidence() == null ? List.of() : List.of(p.evidence()), false);
                    cell(row.getCell(4), commentary(p), false);
                    cell(row.getCell(5), p.actions().stream().map(SelfAssessmentExports::action).toList(), false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize("Title".equals(style) ? 18 : 14);
        run.setText(text);
    }

    /** Each paragraph of the text on its own line in the cell. */
    private static void cell(XWPFTableCell cell, List<String> paragraphs, boolean bold) {
        XWPFParagraph first = cell.getParagraphs().getFirst();
        boolean used = false;
        for (String text : paragraphs) {
            for (String line : text.split("\\R")) {
                XWPFParagraph p = used ? cell.addParagraph() : first;
                used = true;
                XWPFRun run = p.createRun();
                run.setBold(bold);
                run.setFontSize(9);
                run.setText(line);
            }
        }
    }

    private static void repeatAsHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String filename(SelfAssessments.Assessment a, String extension) {
        LocalDate end = a.periodEnd();
        return "self-assessment-" + a.codeVersion() + "-code-to-" + end + "." + extension;
    }
}

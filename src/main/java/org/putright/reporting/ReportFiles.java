package org.putright.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.putright.shared.web.Landlord;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A governance report as a web page to publish, a tagged PDF and a DOCX, each from {@link ReportDocument}. The web
 * version draws the charts as SVG; the PDF and the DOCX carry them as PNG pictures with the chart's description as
 * their alternative text, since the PDF renderer draws no SVG. Every chart is followed by its table in all three.
 */
@Component
class ReportFiles {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ITemplateEngine templates;
    private final Landlord landlord;

    ReportFiles(ITemplateEngine templates, Landlord landlord) {
        this.templates = templates;
        this.landlord = landlord;
    }

    /** The standalone HTML document: no staff menu, fit to put on the landlord's website. */
    String html(ReportDocument document) {
        return render(document, document.svgCharts(), false);
    }

    byte[] pdf(ReportDocument document) {
        Map<String, String> pictures = new LinkedHashMap<>();
        for (ReportDocument.Chart chart : document.charts()) {
            ChartPictures.Picture picture = ChartPictures.of(chart);
            pictures.put(chart.id(), "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(picture.png()) + "\" alt=\""
                    + HtmlUtils.htmlEscape(chart.title() + ". " + chart.description()) + "\" style=\"width: 100%; height: auto;\"/>");
        }
        return taggedPdf(render(document, pictures, true), landlord.publicUrl() == null ? "/" : landlord.publicUrl() + "/");
    }

    /**
     * A tagged PDF (PDF/UA) with the bundled DejaVu fonts embedded, set up as correspondence's DocumentPdfs sets up
     * letters. Not DocumentPdfs itself: correspondence already listens to reporting's survey event, and calling it back
     * would tie the two modules in a cycle (docs/decisions/0017).
     */
    private static byte[] taggedPdf(String html, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("PutRight");
        builder.withW3cDocument(new org.jsoup.helper.W3CDom().fromJsoup(org.jsoup.Jsoup.parse(html)), baseUri);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String path) {
        return ReportFiles.class.getResourceAsStream(path);
    }

    private String render(ReportDocument document, Map<String, String> charts, boolean pdf) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("doc", document);
        context.setVariable("charts", charts);
        context.setVariable("landlord", landlord);
        context.setVariable("pdf", pdf);
        return templates.process("reporting/report-document", context);
    }

    // ------------------------------------------------------------------ DOCX

    byte[] docx(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(docx);
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(landlord.name());
            heading(docx, "Title", document.title());
            paragraph(docx, landlord.name() + ": " + document.period());
            int pictureId = 1;
            for (ReportDocument.Section section : document.sections()) {
                heading(docx, "Heading1", section.heading());
                for (ReportDocument.Block block : section.blocks()) {
                    switch (block) {
                        case ReportDocument.Paragraph p -> paragraph(docx, p.text());
                        case ReportDocument.LinkParagraph p -> paragraph(docx, p.text() + p.linkText() + " (" + p.href() + ")");
                        case ReportDocument.SubHeading h -> heading(docx, "Heading2", h.text());
                        case ReportDocument.Inset i -> paragraph(docx, i.text()).setIndentationLeft(567);
                        case ReportDocument.Bullets list -> list.items().forEach(item -> paragraph(docx, "• " + item).setIndentationLeft(284));
                        case ReportDocument.TableBlock t -> table(docx, t.table());
                        case ReportDocument.Chart c -> picture(docx, c, pictureId++);
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real heading styles (a blank document has none), so Word's navigation and screen readers see the structure. */
    private static void styles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        style(styles, "Title", "Title", 0, 36);
        style(styles, "Heading1", "heading 1", 1, 28);
        style(styles, "Heading2", "heading 2", 2, 24);
        style(styles, "Caption", "caption", -1, 20);
    }

    private static void style(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewBasedOn().setVal("Normal");
        if (level > 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }

    private static XWPFParagraph heading(XWPFDocument docx, String style, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        XWPFRun run = p.createRun();
        run.setFontFamily("Arial");
        run.setFontSize(11);
        run.setText(text);
        return p;
    }

    private static void table(XWPFDocument docx, FigureTables.Table t) {
        heading(docx, "Caption", t.title());
        List<List<Object>> rows = t.rows().isEmpty() ? List.of(java.util.Collections.nCopies(t.headings().size(), (Object) null)) : t.rows();
        XWPFTable table = docx.createTable(rows.size() + 1, t.headings().size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < t.headings().size(); c++) {
            cell(head, c, t.headings().get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < t.headings().size(); c++) {
                Object value = rows.get(r).get(c);
                String text = t.rows().isEmpty() ? (c == 0 ? "None in this period" : "") : value == null ? "–" : FigureTables.text(value);
                cell(table.getRow(r + 1), c, text, c == 0);
            }
        }
        docx.createParagraph();
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().getFirst();
        XWPFRun run = p.createRun();
        run.setFontFamily("Arial");
        run.setFontSize(10);
        run.setBold(bold);
        run.setText(text);
    }

    private static void picture(XWPFDocument docx, ReportDocument.Chart chart, int id) throws IOException {
        ChartPictures.Picture picture = ChartPictures.of(chart);
        heading(docx, "Caption", chart.title());
        XWPFRun run = docx.createParagraph().createRun();
        // 16 cm wide, the height in proportion
        double widthCm = 16;
        double heightCm = widthCm * picture.height() / picture.width();
        try {
            run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG, chart.id() + ".png",
                    (int) (widthCm * Units.EMU_PER_CENTIMETER), (int) (heightCm * Units.EMU_PER_CENTIMETER));
        }
        catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        // the alternative text a screen reader reads for the picture
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(chart.title() + ". " + chart.description());
        inline.getDocPr().setTitle(chart.title());
        inline.getDocPr().setId(id);
    }
}

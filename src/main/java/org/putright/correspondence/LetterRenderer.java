package org.putright.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.putright.correspondence.LetterDocument.Block;
import org.putright.correspondence.LetterDocument.Bullets;
import org.putright.correspondence.LetterDocument.Paragraph;
import org.putright.correspondence.LetterDocument.Row;
import org.putright.correspondence.LetterDocument.Rows;
import org.putright.correspondence.LetterDocument.Section;
import org.putright.shared.web.Landlord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a letter as an accessible HTML email (lang, a real title, semantic headings), as plain text, and as a tagged
 * PDF (PDF/UA) with its font embedded, rendered from the stored HTML so the PDF says exactly what was sent.
 */
@Component
class LetterRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Landlord landlord;
    private final String css;
    private final String largePrintCss;

    LetterRenderer(Landlord landlord) {
        this.landlord = landlord;
        this.css = resource("letters/letter.css");
        this.largePrintCss = resource("letters/large-print.css");
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ HTML

    String html(LetterDocument letter) {
        StringBuilder out = new StringBuilder(8_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(e(letter.subject() + " - " + landlord.name())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(e(letter.subject())).append("\" />\n")
                .append("<meta name=\"author\" content=\"").append(e(landlord.name())).append("\" />\n")
                .append("<style>\n").append(css)
                .append(".letterhead { border-bottom-color: ").append(landlord.colour()).append("; }\n")
                .append("</style>\n</head>\n<body>\n");
        out.append("<header class=\"letterhead\">\n");
        String logo = logoUrl();
        if (logo != null) {
            out.append("<p><img src=\"").append(e(logo)).append("\" alt=\"").append(e(landlord.name())).append("\" /></p>\n");
        }
        out.append("<p class=\"landlord-name\">").append(e(landlord.name())).append("</p>\n");
        if (!landlord.address().isBlank()) {
            out.append("<p class=\"landlord-contact\">").append(lines(landlord.address())).append("</p>\n");
        }
        out.append("<p class=\"landlord-contact\">Phone ").append(e(landlord.phone())).append(" | Email ")
                .append(e(landlord.email())).append("</p>\n</header>\n<main>\n");
        Recipient to = letter.recipient();
        out.append("<p class=\"addressee\">").append(e(to.name()));
        if (to.postalAddress() != null && !to.postalAddress().isBlank()) {
            out.append("<br />").append(lines(to.postalAddress()));
        }
        out.append("</p>\n<p class=\"meta\">Our reference: <strong>").append(e(letter.reference())).append("</strong><br />Date: ")
                .append(e(LONG_DATE.format(letter.date()))).append("</p>\n");
        out.append("<h1>").append(e(letter.subject())).append("</h1>\n");
        out.append("<p>Dear ").append(e(to.name())).append(",</p>\n");
        paragraphs(out, letter.opening());
        for (Section section : letter.sections()) {
            out.append("<section id=\"").append(e(section.id())).append("\">\n<h2>").append(e(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                block(out, block);
            }
            out.append("</section>\n");
        }
        paragraphs(out, letter.closing());
        out.append("<p class=\"sign-off\">Yours sincerely,</p>\n<p>").append(e(letter.signOff())).append("<br />")
                .append(e(landlord.name())).append("</p>\n</main>\n");
        out.append("<footer>\n<p>").append(e(accessibleFormats())).append("</p>\n</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void block(StringBuilder out, Block block) {
        switch (block) {
            case Paragraph p -> paragraphs(out, p.text());
            case Bullets b -> {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(lines(item)).append("</li>\n"));
                out.append("</ul>\n");
            }
            case Rows r -> {
                out.append("<table>\n");
                if (r.caption() != null) {
                    out.append("<caption>").append(e(r.caption())).append("</caption>\n");
                }
                out.append("<tbody>\n");
                for (Row row : r.rows()) {
                    out.append("<tr><th scope=\"row\">").append(e(row.label())).append("</th><td>").append(lines(row.value()))
                            .append("</td></tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        }
    }

    /** Blank lines separate paragraphs; single line breaks are kept. */
    private static void paragraphs(StringBuilder out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(lines(paragraph.strip())).append("</p>\n");
        }
    }

    private static String lines(String text) {
        return String.join("<br />", e(text).split("\\R"));
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The logo, absolute so mail clients and the PDF renderer can fetch it; a path is taken from the public address. */
    private String logoUrl() {
        String logo = landlord.logoUrl();
        if (logo == null || logo.isBlank()) {
            return null;
        }
        return logo.startsWith("/") ? landlord.publicUrl() + logo : logo;
    }

    private String accessibleFormats() {
        return "If you would like this letter in another format, such as large print, audio or another language, or need any "
                + "other help to take part in the complaints process, contact us on " + landlord.phone() + " or at "
                + landlord.email() + ".";
    }

    // ------------------------------------------------------------------ plain text

    String text(LetterDocument letter) {
        StringBuilder out = new StringBuilder(4_000);
        out.append(landlord.name()).append('\n');
        if (!landlord.address().isBlank()) {
            out.append(landlord.address().strip()).append('\n');
        }
        out.append("Phone ").append(landlord.phone()).append(" | Email ").append(landlord.email()).append("\n\n");
        Recipient to = letter.recipient();
        out.append(to.name()).append('\n');
        if (to.postalAddress() != null && !to.postalAddress().isBlank()) {
            out.append(to.postalAddress().strip()).append('\n');
        }
        out.append("\nOur reference: ").append(letter.reference()).append("\nDate: ").append(LONG_DATE.format(letter.date()))
                .append("\n\n");
        underline(out, letter.subject(), '=');
        out.append("Dear ").append(to.name()).append(",\n\n");
        textParagraphs(out, letter.opening());
        for (Section section : letter.sections()) {
            underline(out, section.heading(), '-');
            for (Block block : section.blocks()) {
                switch (block) {
                    case Paragraph p -> textParagraphs(out, p.text());
                    case Bullets b -> {
                        b.items().forEach(item -> out.append("- ").append(item.strip().replaceAll("\\R", "\n  ")).append('\n'));
                        out.append('\n');
                    }
                    case Rows r -> {
                        if (r.caption() != null) {
                            out.append(r.caption()).append('\n');
                        }
                        r.rows().forEach(row -> out.append("  ").append(row.label()).append(": ").append(row.value()).append('\n'));
                        out.append('\n');
                    }
                }
            }
        }
        textParagraphs(out, letter.closing());
        out.append("Yours sincerely,\n\n").append(letter.signOff()).append('\n').append(landlord.name()).append("\n\n");
        out.append("--\n").append(accessibleFormats()).append('\n');
        return out.toString();
    }

    private static void underline(StringBuilder out, String heading, char mark) {
        out.append(heading).append('\n').append(String.valueOf(mark).repeat(heading.length())).append("\n\n");
    }

    private static void textParagraphs(StringBuilder out, String text) {
        if (text != null && !text.isBlank()) {
            out.append(text.strip()).append("\n\n");
        }
    }

    // ------------------------------------------------------------------ PDF

    /** A tagged PDF (PDF/UA) of the stored HTML, with the bundled font embedded; large print is at least 16pt. */
    byte[] pdf(String storedHtml, boolean largePrint) {
        org.jsoup.nodes.Document html = Jsoup.parse(storedHtml);
        if (largePrint) {
            html.head().appendElement("style").appendText(largePrintCss);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("PutRight");
        builder.withW3cDocument(new W3CDom().fromJsoup(html), landlord.publicUrl() + "/");
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.putright.selfassessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.putright.shared.InvalidRequestException;

/**
 * Turns a self-assessment form into rows of cells, whatever it came as: the tables of a DOCX, a CSV, or the text
 * extracted from a Word or PDF form (one row per line with tab-separated cells, or one cell per line). What the cells
 * mean is worked out afterwards from the header rows ({@link FormReader}), the same way for every source.
 */
final class FormTables {

    static final Pattern NUMBER = Pattern.compile("^(?:<b>)?(\\d{1,2}\\.\\d{1,2})\\.?(?:</b>)?$");

    private FormTables() {
    }

    // ---- DOCX ----

    static List<List<String>> fromDocx(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<List<String>> rows = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            List<String> lines = new ArrayList<>();
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                lines.add(p.getText());
                            }
                            cells.add(String.join("\n", lines));
                        }
                        rows.add(cells);
                    }
                }
                else if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    // headings between tables ("Section 2 ...", "Best practice 'should' requirements") end a table
                    rows.add(List.of(p.getText()));
                }
            }
            return rows;
        }
        catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("file", null, "The file could not be read as a Word (.docx) document");
        }
    }

    // ---- CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) ----

    static List<List<String>> fromCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            }
            else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidRequestException("file", null, "The CSV file ends inside a quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    // ---- text extracted from a form ----

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:\\[bookmark|#|section\\s*#?\\d+\\s*[-–:]|mandatory\\b|best practi\\S*\\s+['‘’]should|stage\\s*#?\\d\\s*$).*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADER_LABEL = Pattern.compile(
            "^(?:code( section| provision)?|code requirement|comply.*|yes\\s*/\\s*no|evidence.*|commentary.*|explanations?|action.*)$",
            Pattern.CASE_INSENSITIVE);

    static List<List<String>> fromText(String text) {
        List<String> lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        boolean rowPerLine = lines.stream().anyMatch(l -> l.contains("\t") && l.toLowerCase().contains("requirement")
                && l.toLowerCase().contains("comply"));
        return rowPerLine ? rowPerLine(lines) : cellPerLine(lines);
    }

    /**
     * Word tables saved as text: a row per line, cells separated by tabs; a cell running over a page continues on a line
     * of its own (which the reader joins to the row above). Rows a PDF extraction broke into loose lines (a number alone
     * on a line, then the requirement, the answer, the evidence) are put back together here.
     */
    private static List<List<String>> rowPerLine(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        Loose loose = null;
        for (String line : lines) {
            if (line.contains("\t")) {
                loose = flush(loose, rows);
                rows.add(List.of(line.split("\t", -1)));
            }
            else if (NUMBER.matcher(line.strip()).matches()) {
                loose = flush(loose, rows);
                loose = new Loose(line.strip(), false);
            }
            else if (loose != null && !HEADING.matcher(line).matches()) {
                loose.add(line);
            }
            else if (!line.isBlank()) {
                loose = flush(loose, rows);
                rows.add(List.of(line.strip()));
            }
        }
        flush(loose, rows);
        return rows;
    }

    /**
     * Word tables saved as text with a cell per line: a line starting with a tab starts a cell, lines without continue
     * it; the header's cell count says how many cells make a row. Tables the extraction left without tabs (number,
     * requirement, answer and evidence each on lines of their own) are read as loose rows under the seeds' four columns.
     */
    private static List<List<String>> cellPerLine(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<StringBuilder> header = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        Loose loose = null;
        int width = 0;
        boolean inHeader = false;
        for (String raw : lines) {
            String line = raw.replaceFirst("^ +\t", "\t"); // a cell start the extraction indented
            if (line.startsWith("\t")) {
                loose = flush(loose, rows);
                String content = line.substring(1);
                if (content.strip().matches("(?i)code (section|provision)")) {
                    flushCells(cells, width, rows);
                    header.clear();
                    inHeader = true;
                }
                if (inHeader) {
                    if (HEADER_LABEL.matcher(content.strip()).matches()) {
                        header.add(new StringBuilder(content));
                        continue;
                    }
                    width = endHeader(header, rows);
                    inHeader = false;
                }
                cells.add(new StringBuilder(content));
                if (width > 0 && cells.size() > width) {
                    rows.add(cells.subList(0, width).stream().map(StringBuilder::toString).toList());
                    cells.subList(0, width).clear();
                }
            }
            else if (HEADING.matcher(line).matches()) {
                loose = flush(loose, rows);
                if (inHeader) {
                    width = endHeader(header, rows);
                    inHeader = false;
                }
                flushCells(cells, width, rows);
                rows.add(List.of(line.strip()));
                width = 0;
                if (line.strip().matches("(?i).*code (section|provision)$")) {
                    width = untabbedHeader(rows);
                }
            }
            else if (inHeader) {
                header.getLast().append('\n').append(line);
            }
            else if (!cells.isEmpty()) {
                cells.getLast().append('\n').append(line);
            }
            else if (NUMBER.matcher(line.strip()).matches()) {
                loose = flush(loose, rows);
                loose = new Loose(line.strip(), true);
            }
            else if (loose != null) {
                loose.add(line);
            }
            else if (line.strip().matches("(?i)code (section|provision)")) {
                width = untabbedHeader(rows);
            }
        }
        flush(loose, rows);
        if (inHeader) {
            width = endHeader(header, rows);
        }
        flushCells(cells, width, rows);
        return rows;
    }

    private static int endHeader(List<StringBuilder> header, List<List<String>> rows) {
        rows.add(header.stream().map(StringBuilder::toString).toList());
        int width = header.size();
        header.clear();
        return width;
    }

    /** The seeds' untabbed tables have the form's four columns; their header lines are not kept as cells. */
    private static int untabbedHeader(List<List<String>> rows) {
        rows.add(List.of("Code section", "Code requirement", "Comply: Yes/No", "Evidence, commentary and any explanations"));
        return 4;
    }

    private static void flushCells(List<StringBuilder> cells, int width, List<List<String>> rows) {
        if (!cells.isEmpty()) {
            List<String> row = new ArrayList<>(cells.stream().map(StringBuilder::toString).toList());
            while (width > 0 && row.size() < width) {
                row.add("");
            }
            rows.add(row);
            cells.clear();
        }
    }

    private static Loose flush(Loose loose, List<List<String>> rows) {
        if (loose != null) {
            rows.add(loose.row());
        }
        return null;
    }

    /**
     * A row whose cells the extraction put on separate lines without tabs: the number, then the requirement up to the
     * first line that is only an answer (Yes, No, Partially, N/A), then the answers, then the evidence.
     */
    private static final class Loose {

        private static final Pattern ANSWER_LINE = Pattern.compile("(?i)^\\s*(yes|no|partially|partly|n/?a)\\.?\\s*$");

        final String number;
        final boolean ownEvidenceCell;
        final StringBuilder requirement = new StringBuilder();
        final StringBuilder comply = new StringBuilder();
        final StringBuilder evidence = new StringBuilder();
        int part;

        /** ownEvidenceCell: false where the form's answer column also holds the evidence (seed 001's "Comply – Yes"). */
        Loose(String number, boolean ownEvidenceCell) {
            this.number = number;
            this.ownEvidenceCell = ownEvidenceCell;
        }

        void add(String line) {
            boolean answer = ANSWER_LINE.matcher(line).matches();
            if (part == 0 && answer && !requirement.isEmpty()) {
                part = 1;
            }
            else if (part == 1 && !answer && !line.isBlank()) {
                part = 2;
            }
            StringBuilder target = part == 0 ? requirement : part == 1 ? comply : evidence;
            target.append(target.isEmpty() ? "" : "\n").append(line);
        }

        List<String> row() {
            if (!ownEvidenceCell) {
                return List.of(number, requirement.toString(), comply + "\n" + evidence);
            }
            return List.of(number, requirement.toString(), comply.toString(), evidence.toString());
        }
    }
}

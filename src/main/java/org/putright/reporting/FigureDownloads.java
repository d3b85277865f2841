package org.putright.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.putright.reporting.FigureTables.Table;
import org.putright.reporting.ReportFigures.Figures;

/** The dashboard's figures as files: every table, in a CSV (one block per table) and an XLSX workbook (one sheet each). */
final class FigureDownloads {

    private FigureDownloads() {
    }

    static String name(Figures f, String extension) {
        return "complaints-figures-" + f.from() + "-to-" + f.to() + "." + extension;
    }

    /** UTF-8 with a byte order mark so spreadsheet programs read the £ sign; blocks separated by a blank line. */
    static byte[] csv(Figures f) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of("Complaint figures", f.from().toString(), f.to().toString()));
        out.append("\r\n");
        for (Table table : FigureTables.of(f)) {
            line(out, List.of(table.title()));
            line(out, table.headings());
            for (List<Object> row : table.rows()) {
                line(out, row);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(FigureTables.text(cells.get(i))));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; text starting with a formula character is prefixed so a spreadsheet never runs it. */
    static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+") ? "'" + text : text;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static byte[] xlsx(Figures f) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            for (Table table : FigureTables.of(f)) {
                Sheet sheet = book.createSheet(table.id());
                sheet.createRow(0).createCell(0).setCellValue(table.title() + " (" + f.from() + " to " + f.to() + ")");
                sheet.getRow(0).getCell(0).setCellStyle(heading);
                Row headings = sheet.createRow(2);
                for (int c = 0; c < table.headings().size(); c++) {
                    headings.createCell(c).setCellValue(table.headings().get(c));
                    headings.getCell(c).setCellStyle(heading);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 3);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        switch (cells.get(c)) {
                            case null -> row.createCell(c);
                            case Long n -> row.createCell(c).setCellValue(n);
                            case BigDecimal d -> {
                                row.createCell(c).setCellValue(d.doubleValue());
                                if (d.scale() == 2) {
                                    row.getCell(c).setCellStyle(money);
                                }
                            }
                            default -> row.createCell(c).setCellValue(cells.get(c).toString());
                        }
                    }
                }
                sheet.setColumnWidth(0, 60 * 256);
                sheet.createFreezePane(1, 3);
            }
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

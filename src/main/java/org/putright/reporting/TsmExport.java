package org.putright.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The year's complaint measures laid out as the Regulator's data return asks for them: one row per TSM code and part,
 * with what was counted (numerator and denominator) beside the result, as CSV or XLSX.
 */
@Component
public class TsmExport {

    /** One line of the return. {@code unit}: "per 1,000 homes" or "%". */
    public record Line(String code, String part, String measure, Integer numerator, String numeratorIs, Integer denominator,
            String denominatorIs, BigDecimal result, String unit) {
    }

    static final List<String> HEADER = List.of("Code", "Part", "Measure", "Numerator", "Numerator is", "Denominator", "Denominator is",
            "Result", "Unit");

    public List<Line> lines(TsmMeasures.Report r) {
        TsmMeasures.Ch01 ch01 = r.ch01();
        TsmMeasures.Ch02 ch02 = r.ch02();
        TsmMeasures.Tp09 tp09 = r.tp09();
        return List.of(
                new Line("CH01", "Stage 1", "Number of stage one complaints received per 1,000 homes", ch01.stage1Received(),
                        "Stage one complaints received", r.homes(), "Homes owned", ch01.stage1PerThousand(), "per 1,000 homes"),
                new Line("CH01", "Stage 2", "Number of stage two complaints received per 1,000 homes", ch01.stage2Received(),
                        "Stage two complaints received", r.homes(), "Homes owned", ch01.stage2PerThousand(), "per 1,000 homes"),
                new Line("CH02", "Stage 1", "Proportion of stage one complaints responded to within the Complaint Handling Code timescales",
                        ch02.stage1RespondedWithin(), "Stage one responses within timescale", ch02.stage1Responded(),
                        "Stage one responses issued", ch02.stage1WithinTimescale(), "%"),
                new Line("CH02", "Stage 2", "Proportion of stage two complaints responded to within the Complaint Handling Code timescales",
                        ch02.stage2RespondedWithin(), "Stage two responses within timescale", ch02.stage2Responded(),
                        "Stage two responses issued", ch02.stage2WithinTimescale(), "%"),
                new Line("TP09", "", "Satisfaction with the landlord's approach to handling complaints", tp09.satisfied(),
                        "Very or fairly satisfied", tp09.respondents(), "Respondents", tp09.satisfiedPercent(), "%"));
    }

    public String csv(TsmMeasures.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", HEADER)).append("\r\n");
        for (Line l : lines(report)) {
            out.append(String.join(",", List.of(l.code(), l.part(), quote(l.measure()), text(l.numerator()), quote(l.numeratorIs()),
                    text(l.denominator()), quote(l.denominatorIs()), l.result() == null ? "" : l.result().toPlainString(), quote(l.unit()))))
                    .append("\r\n");
        }
        return out.toString();
    }

    public byte[] xlsx(TsmMeasures.Report report, String landlord) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("TSM " + report.year().replace('/', '-'));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Tenant Satisfaction Measures: complaints");
            title.getCell(0).setCellStyle(heading);
            sheet.createRow(1).createCell(0).setCellValue("Landlord: " + (landlord == null ? "" : landlord));
            sheet.createRow(2).createCell(0).setCellValue("Reporting year: " + report.year() + " (" + report.from() + " to " + report.to() + ")");
            Row header = sheet.createRow(4);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(heading);
            }
            int rowIndex = 5;
            for (Line l : lines(report)) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.part());
                row.createCell(2).setCellValue(l.measure());
                number(row, 3, l.numerator());
                row.createCell(4).setCellValue(l.numeratorIs());
                number(row, 5, l.denominator());
                row.createCell(6).setCellValue(l.denominatorIs());
                if (l.result() != null) {
                    Cell result = row.createCell(7);
                    result.setCellValue(l.result().doubleValue());
                    result.setCellStyle(oneDecimal);
                }
                row.createCell(8).setCellValue(l.unit());
            }
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.setColumnWidth(i, i == 2 ? 80 * 256 : 22 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Fixed wording only, so quoting is all CSV needs (no resident's text reaches this file). */
    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

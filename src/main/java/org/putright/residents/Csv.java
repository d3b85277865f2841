package org.putright.residents;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 writes it (quoted fields may hold commas, quotes and line breaks), remembering each record's line. */
final class Csv {

    /** One record: the line of the file it starts on (1 is the header) and its values. */
    record Row(int line, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The file cannot be read as CSV at all. */
    static class Malformed extends RuntimeException {

        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private Csv() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark from spreadsheet exports
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // part of a CRLF line ending
                }
                case '\n' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    rows.add(new Row(rowStart, List.copyOf(cells)));
                    cells.clear();
                    any = false;
                    line++;
                    rowStart = line;
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new Malformed(rowStart, "A quoted value that starts on line " + rowStart + " is never closed");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }
}

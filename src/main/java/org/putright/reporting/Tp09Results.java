package org.putright.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.putright.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TP09, satisfaction with the landlord's approach to complaints handling, from the landlord's tenant perception survey:
 * imported per reporting year as counts or as a CSV of answers. Every import is kept; the latest for a year is the figure.
 */
@Component
public class Tp09Results {

    /** An import as recorded; {@code source} says how it came (counts entered, or the CSV and what it held). */
    public record Entry(int year, int respondents, int satisfied, String source, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Tp09Results(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Entry record(ReportingYear year, Integer respondents, Integer satisfied, String recordedBy) {
        if (respondents == null) {
            throw new InvalidRequestException("respondents", null, "is required: how many tenants answered the TP09 question");
        }
        if (respondents < 1 || respondents > 10_000_000) {
            throw new InvalidRequestException("respondents", String.valueOf(respondents), "must be a whole number from 1 to 10,000,000");
        }
        if (satisfied == null) {
            throw new InvalidRequestException("satisfied", null, "is required: how many answered very or fairly satisfied");
        }
        if (satisfied < 0 || satisfied > respondents) {
            throw new InvalidRequestException("satisfied", String.valueOf(satisfied),
                    "must be from 0 to the number of respondents (" + respondents + ")");
        }
        return insert(year, respondents, satisfied, "Counts entered", recordedBy);
    }

    /**
     * A CSV of the survey's answers, one tenant a row, with a column headed {@code answer} (or a single column): the TSM
     * five-point scale in words. Very and fairly satisfied are satisfied; "don't know" and blanks are left out of the
     * respondents, as the TSM survey requirements leave out those who did not give a view.
     */
    @Transactional
    public Entry importCsv(ReportingYear year, String csv, String recordedBy) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("file", null, "is empty: upload a CSV with a column headed 'answer'");
        }
        List<String> lines = csv.lines().toList();
        List<String> header = split(lines.getFirst().replace("\uFEFF", ""));
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase("answer")) {
                column = i;
            }
        }
        if (column < 0 && header.size() == 1) {
            column = 0;
        }
        if (column < 0) {
            throw new InvalidRequestException("file", header.toString(), "has no column headed 'answer' (line 1)");
        }
        int respondents = 0;
        int satisfied = 0;
        int withoutView = 0;
        for (int line = 1; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(line));
            String answer = column < cells.size() ? cells.get(column).trim() : "";
            Answer parsed = Answer.parse(answer);
            if (parsed == null) {
                throw new InvalidRequestException("file", answer, "line " + (line + 1) + ": the answer must be one of Very satisfied, "
                        + "Fairly satisfied, Neither satisfied nor dissatisfied, Fairly dissatisfied, Very dissatisfied or Don't know");
            }
            if (parsed == Answer.NO_VIEW) {
                withoutView++;
                continue;
            }
            respondents++;
            if (parsed == Answer.SATISFIED) {
                satisfied++;
            }
        }
        if (respondents == 0) {
            throw new InvalidRequestException("file", null, "holds no answers with a view: nothing to import");
        }
        return insert(year, respondents, satisfied, "CSV of " + (respondents + withoutView) + " answers (" + withoutView
                + " without a view left out)", recordedBy);
    }

    public Optional<Entry> latest(ReportingYear year) {
        return jdbc.sql("""
                select reporting_year, respondents, satisfied, source, recorded_by, recorded_at from tsm_tp09
                where reporting_year = ? order by id desc""")
                .param(year.year())
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list().stream().findFirst();
    }

    private Entry insert(ReportingYear year, int respondents, int satisfied, String source, String recordedBy) {
        Instant now = clock.instant();
        jdbc.sql("insert into tsm_tp09 (reporting_year, respondents, satisfied, source, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(year.year(), respondents, satisfied, source, recordedBy, now.atOffset(ZoneOffset.UTC)).update();
        return new Entry(year.year(), respondents, satisfied, source, recordedBy, now);
    }

    private enum Answer {
        SATISFIED, NOT_SATISFIED, NO_VIEW;

        static Answer parse(String text) {
            String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
            return switch (t) {
                case "very satisfied", "fairly satisfied" -> SATISFIED;
                case "neither satisfied nor dissatisfied", "neither", "fairly dissatisfied", "very dissatisfied" -> NOT_SATISFIED;
                case "", "don't know", "dont know", "not applicable", "n/a" -> NO_VIEW;
                default -> null;
            };
        }
    }

    /** A CSV record's cells (RFC 4180 quotes; answers never span lines). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    cell.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

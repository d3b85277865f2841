package org.putright.residents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The CSV import from the housing management system: one row per tenancy, upserted by tenancy reference (see
 * {@link ResidentUpserts}). A dry run reports what would be created and changed, field by field, and every problem by
 * line and column, and changes nothing. A real run is one transaction: the rows without problems are applied together
 * (all or none of them, should the database refuse one), the rows with problems are skipped and reported, so a
 * corrected file can be imported again and only changes what still differs.
 */
@Service
class ResidentImport {

    static final List<String> COLUMNS = List.of("tenancy_reference", "property_reference", "name", "address_line1", "address_line2",
            "town", "postcode", "email", "phone", "preferred_contact", "household");
    static final int MAX_CHARACTERS = 10 * 1024 * 1024;
    private static final Duration STAGED_FOR = Duration.ofDays(1);
    private static final Pattern PERSON = Pattern.compile("^([^()]+?)\\s*(?:\\(([^()]*)\\))?$");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    /** What an import did, or in a dry run would do. */
    public record Report(boolean dryRun, int rowsRead, int created, int updated, int unchanged, int rowsWithErrors,
            List<RowChange> changes, List<LineError> errors) {

        public boolean hasChanges() {
            return created + updated > 0;
        }
    }

    /** A row that creates or updates a record; {@code residentId} is null for a record a dry run would create. */
    public record RowChange(int line, String tenancyReference, UUID residentId, String name, String kind, List<FieldChange> changes) {
    }

    /** A problem with one line of the file: {@code column} null when it is about the whole line. */
    public record LineError(int line, String column, String message) {
    }

    /** A file kept between its dry run and its applying. */
    record Staged(UUID id, String fileName, String content, String stagedBy, Instant stagedAt, Instant appliedAt) {
    }

    private final ResidentUpserts upserts;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ResidentImport(ResidentUpserts upserts, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.upserts = upserts;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Reports what importing the file would do; nothing is written. */
    @Transactional(readOnly = true)
    Report dryRun(String csv) {
        return run(csv, true, null, null);
    }

    /** Imports the file in one transaction, logging each change with {@code source} CSV_IMPORT. */
    @Transactional
    Report apply(String csv, String actor) {
        return run(csv, false, actor, "api");
    }

    /** Keeps a file for "Apply these changes" after its dry run; clears out files staged more than a day ago and never applied. */
    @Transactional
    UUID stage(String fileName, String csv, String actor) {
        Instant now = clock.instant();
        jdbc.sql("delete from resident_import where applied_at is null and staged_at < ?").param(utc(now.minus(STAGED_FOR))).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into resident_import (id, file_name, content, staged_by, staged_at) values (?, ?, ?, ?, ?)")
                .params(id, fileName == null ? null : fileName.length() > 300 ? fileName.substring(0, 300) : fileName, csv, actor, utc(now))
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Staged> staged(UUID id) {
        return jdbc.sql("select id, file_name, content, staged_by, staged_at, applied_at from resident_import where id = ?").param(id)
                .query((rs, n) -> {
                    OffsetDateTime applied = rs.getObject(6, OffsetDateTime.class);
                    return new Staged(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), applied == null ? null : applied.toInstant());
                }).optional();
    }

    /** Applies a staged file (once, within a day of staging) and clears its content: the record now holds what it said. */
    @Transactional
    Report applyStaged(UUID id, String actor) {
        jdbc.sql("select id from resident_import where id = ? for update").param(id).query(UUID.class).optional();
        Staged staged = staged(id).orElseThrow(() -> new NotFoundException("No staged import " + id + ": it may have expired"));
        if (staged.appliedAt() != null) {
            throw new ConflictException("This file was imported already");
        }
        if (staged.stagedAt().plus(STAGED_FOR).isBefore(clock.instant())) {
            throw new ConflictException("This file was checked more than a day ago: upload it again to see what it would change now");
        }
        Report report = run(staged.content(), false, actor, id.toString());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rowsRead", report.rowsRead());
        result.put("created", report.created());
        result.put("updated", report.updated());
        result.put("unchanged", report.unchanged());
        result.put("rowsWithErrors", report.rowsWithErrors());
        jdbc.sql("update resident_import set content = null, applied_by = ?, applied_at = ?, result = ? where id = ?")
                .params(actor, utc(clock.instant()), json.writeValueAsString(result), id).update();
        return report;
    }

    private Report run(String csv, boolean dryRun, String actor, String importId) {
        if (csv != null && csv.length() > MAX_CHARACTERS) {
            throw new InvalidRequestException("file", csv.length() + " characters", "is larger than 10 MB: split it into smaller files");
        }
        List<LineError> errors = new ArrayList<>();
        List<RowChange> changes = new ArrayList<>();
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(csv);
        }
        catch (Csv.Malformed e) {
            errors.add(new LineError(e.line, null, e.getMessage()));
            return new Report(dryRun, 0, 0, 0, 0, 0, changes, errors);
        }
        if (rows.isEmpty() || rows.get(0).blank()) {
            errors.add(new LineError(1, null, "The file is empty: the first line must be the header row ("
                    + String.join(",", COLUMNS) + ")"));
            return new Report(dryRun, 0, 0, 0, 0, 0, changes, errors);
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0).cells();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                errors.add(new LineError(1, names.get(i).strip(), "is not a column the import knows (the columns are "
                        + String.join(", ", COLUMNS) + ")"));
            }
            else if (header.putIfAbsent(column, i) != null) {
                errors.add(new LineError(1, column, "appears twice in the header row"));
            }
        }
        for (String required : List.of("tenancy_reference", "name")) {
            if (!header.containsKey(required)) {
                errors.add(new LineError(1, required, "The header row has no " + required + " column"));
            }
        }
        if (!errors.isEmpty()) {
            return new Report(dryRun, 0, 0, 0, 0, 0, changes, errors);
        }

        int read = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int withErrors = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            read++;
            List<LineError> problems = new ArrayList<>();
            if (row.cells().size() != names.size()) {
                problems.add(new LineError(row.line(), null, "has " + row.cells().size() + " values but the header row has " + names.size()));
            }
            else {
                String tenancy = cell(row, header, "tenancy_reference");
                ResidentValidation.tenancyReference(tenancy).forEach(p -> problems.add(new LineError(row.line(), "tenancy_reference", p.message())));
                if (tenancy != null) {
                    Integer first = seen.putIfAbsent(tenancy.toUpperCase(Locale.ROOT), row.line());
                    if (first != null) {
                        problems.add(new LineError(row.line(), "tenancy_reference", "is also on line " + first + ": each tenancy once per file"));
                    }
                }
                List<HouseholdMember> household = household(row, header, problems);
                ResidentDetails details = new ResidentDetails(cell(row, header, "name"), cell(row, header, "property_reference"),
                        new PostalAddress(cell(row, header, "address_line1"), cell(row, header, "address_line2"), cell(row, header, "town"),
                                cell(row, header, "postcode")),
                        cell(row, header, "email"), cell(row, header, "phone"), cell(row, header, "preferred_contact"), household);
                if (problems.isEmpty()) {
                    boolean exists = upserts.current(tenancy).isPresent();
                    ResidentValidation.check(details, !exists)
                            .forEach(p -> problems.add(new LineError(row.line(), column(p.field()), p.message())));
                }
                if (problems.isEmpty()) {
                    ResidentUpserts.Planned planned = upserts.plan(tenancy, details);
                    ResidentUpserts.Kind kind = planned.kind();
                    UUID residentId = planned.current() == null ? null : planned.current().id();
                    if (!dryRun) {
                        residentId = upserts.apply(planned, "CSV_IMPORT", actor, Map.of("import", importId, "line", row.line())).residentId();
                    }
                    switch (kind) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                    if (kind != ResidentUpserts.Kind.UNCHANGED) {
                        changes.add(new RowChange(row.line(), planned.next().tenancyReference(), residentId, planned.next().name(), kind.name(),
                                planned.changes()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                withErrors++;
                errors.addAll(problems);
            }
        }
        if (read == 0) {
            errors.add(new LineError(2, null, "The file has a header row but no residents"));
        }
        return new Report(dryRun, read, created, updated, unchanged, withErrors, changes, errors);
    }

    private static String cell(Csv.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null) {
            return null;
        }
        String value = row.cells().get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "Name (relationship, yyyy-mm-dd); ..." — the relationship and the date are optional; an empty cell leaves the household as it is. */
    private static List<HouseholdMember> household(Csv.Row row, Map<String, Integer> header, List<LineError> problems) {
        String text = cell(row, header, "household");
        if (text == null) {
            return null;
        }
        List<HouseholdMember> members = new ArrayList<>();
        for (String person : text.split(";")) {
            if (person.isBlank()) {
                continue;
            }
            Matcher m = PERSON.matcher(person.strip());
            if (!m.matches()) {
                problems.add(new LineError(row.line(), "household",
                        "\"" + person.strip() + "\" is not in the form Name (relationship, yyyy-mm-dd), separated by semicolons"));
                continue;
            }
            String relationship = null;
            LocalDate born = null;
            if (m.group(2) != null) {
                for (String part : m.group(2).split(",")) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (ISO_DATE.matcher(p).matches()) {
                        try {
                            born = LocalDate.parse(p);
                        }
                        catch (DateTimeParseException e) {
                            problems.add(new LineError(row.line(), "household", p + " is not a real date (" + m.group(1) + ")"));
                        }
                    }
                    else if (relationship == null) {
                        relationship = p;
                    }
                    else {
                        problems.add(new LineError(row.line(), "household", "\"" + person.strip()
                                + "\": write the date of birth as yyyy-mm-dd, like 2011-04-23"));
                    }
                }
            }
            members.add(new HouseholdMember(m.group(1).strip(), relationship, born));
        }
        return members;
    }

    /** The CSV column a validation problem is about. */
    private static String column(String field) {
        if (field.startsWith("household")) {
            return "household";
        }
        return switch (field) {
            case "tenancyReference" -> "tenancy_reference";
            case "propertyReference" -> "property_reference";
            case "address.line1" -> "address_line1";
            case "address.line2" -> "address_line2";
            case "address.town" -> "town";
            case "address.postcode" -> "postcode";
            case "preferredContact" -> "preferred_contact";
            default -> field;
        };
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

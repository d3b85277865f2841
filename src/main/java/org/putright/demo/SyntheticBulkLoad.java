package org.putright.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintRecordRows;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.Definition;
import org.putright.complaints.ResponseDraft;
import org.putright.ombudsman.OmbudsmanRecords;
import org.putright.reporting.ReportStageRows;
import org.putright.reporting.ReportingYear;
import org.putright.reporting.TsmHomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The bulk sink of {@link SyntheticHistory}, for the benchmark's millions of cases: each case's record is made in memory
 * by the complaints aggregate ({@link ComplaintRecordRows}, the same intents and rules as the services), and its rows are
 * written straight into the tables with COPY on PostgreSQL (plain inserts elsewhere, for tests): complaint_event, the
 * complaint and outstanding_action projections, report_stage (from {@link ReportStageRows}, as ReportRows derives it), one
 * resident record per home with its complaints linked, the reference counters and the homes owned for each reporting
 * year; and the Ombudsman's cases about them (ombudsman_case and the rows appended to it, as the ombudsman module's
 * OmbudsmanCases writes them). No letters, notifications or publications: those are the services' business
 * (docs/decisions/0018).
 */
@Component
public class SyntheticBulkLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticBulkLoad.class);
    private static final String[] TABLES = { "complaint_event", "complaint", "outstanding_action", "report_stage", "resident",
            "resident_complaint", "ombudsman_case", "ombudsman_case_status", "ombudsman_determination", "ombudsman_finding",
            "ombudsman_order", "ombudsman_compliance" };

    /** How much was written; {@code stopped}: cases a rule stopped early (none, when the plans are right). */
    public record Result(long cases, long events, long reportRows, long residents, long stopped, long millis) {
    }

    private final DataSource dataSource;
    private final ComplaintRecordRows records;
    private final WorkingDays workingDays;
    private final TsmHomes tsmHomes;
    private final Clock clock;

    SyntheticBulkLoad(DataSource dataSource, ComplaintRecordRows records, WorkingDays workingDays, TsmHomes tsmHomes, Clock clock) {
        this.dataSource = dataSource;
        this.records = records;
        this.workingDays = workingDays;
        this.tsmHomes = tsmHomes;
        this.clock = clock;
    }

    /** Loads the history; {@code progress} hears the number of cases written every 100,000. */
    public Result load(SyntheticHistory.Parameters parameters, LongConsumer progress) {
        long started = System.nanoTime();
        WorkingDayCalendar calendar = workingDays.current();
        SyntheticHistory history = new SyntheticHistory(parameters, calendar);
        LocalDate today = workingDays.today();
        Instant now = clock.instant();
        long[] counts = new long[5];
        BitSet homes = new BitSet(parameters.homes());
        Map<Integer, Integer> lastReference = new HashMap<>();
        UUID namespace = UUID.nameUUIDFromBytes(("putright-synthetic-" + parameters.seed()).getBytes(StandardCharsets.UTF_8));
        try (Writers writers = new Writers(dataSource)) {
            history.generate(c -> {
                int year = c.receivedOn().getYear();
                // numbered on from any complaints the year already has
                int reference = lastReference.compute(year, (y, last) -> (last == null ? counter(y) : last) + 1);
                UUID id = new UUID(namespace.getMostSignificantBits(), c.number());
                BulkSteps steps = new BulkSteps(id, "CMP-%d-%06d".formatted(year, reference), calendar,
                        new UUID(namespace.getMostSignificantBits() ^ 0x0B0D_0000_0000_0000L, c.number()));
                try {
                    history.play(c, steps, today);
                }
                catch (RuntimeException e) {
                    // a rule refused a step: the record stays as far as it got, as it would through the services
                    if (counts[4]++ < 10) {
                        log.warn("Synthetic case {} stopped: {}", c.number(), e.getMessage());
                    }
                }
                if (steps.draft == null) {
                    return; // received after today: not yet
                }
                ComplaintRecordRows.Rows rows = steps.draft.rows();
                UUID residentId = new UUID(namespace.getMostSignificantBits() ^ 0x5EED_0000_0000_0000L, c.home());
                String home = "ref:" + history.property(c.home());
                rows.events().forEach(r -> writers.write("complaint_event", r));
                writers.write("complaint", rows.complaint());
                rows.outstandingActions().forEach(r -> writers.write("outstanding_action", r));
                List<Map<String, Object>> report = ReportStageRows.rows(rows.view(), residentId, home, now.atOffset(ZoneOffset.UTC));
                report.forEach(r -> writers.write("report_stage", r));
                if (!homes.get(c.home())) {
                    homes.set(c.home());
                    writers.write("resident", resident(history, c.home(), residentId, c.receivedAt()));
                    counts[3]++;
                }
                writers.write("resident_complaint", link(id, residentId, rows, c.receivedAt()));
                writeOmbudsman(writers, steps);
                counts[0]++;
                counts[1] += rows.events().size();
                counts[2] += report.size();
                if (counts[0] % 100_000 == 0) {
                    progress.accept(counts[0]);
                }
            });
            writers.finish();
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk load failed after " + counts[0] + " cases", e);
        }
        // the services number on from here, and CH01 needs the homes owned in each reporting year
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<Integer, Integer> e : lastReference.entrySet()) {
                try (PreparedStatement delete = connection.prepareStatement("delete from reference_counter where counter_year = ?");
                        PreparedStatement insert = connection.prepareStatement("insert into reference_counter (counter_year, last_value) values (?, ?)")) {
                    delete.setInt(1, e.getKey());
                    delete.executeUpdate();
                    insert.setInt(1, e.getKey());
                    insert.setInt(2, e.getValue());
                    insert.executeUpdate();
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not set the reference counters", e);
        }
        for (int year = ReportingYear.containing(parameters.from()).year(); year <= ReportingYear.containing(parameters.to()).year(); year++) {
            tsmHomes.record(new ReportingYear(year), parameters.homes(), parameters.officer());
        }
        ReportStageRows.relinkAll(dataSource);
        Result result = new Result(counts[0], counts[1], counts[2], counts[3], counts[4], (System.nanoTime() - started) / 1_000_000);
        log.info("Synthetic history loaded in bulk: {}", result);
        return result;
    }

    private int counter(int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select last_value from reference_counter where counter_year = ?")) {
            select.setInt(1, year);
            try (var rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not read the reference counter for " + year, e);
        }
    }

    private static Map<String, Object> resident(SyntheticHistory history, int home, UUID id, Instant at) {
        var r = history.resident(home);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("tenancy_reference", r.tenancyReference());
        row.put("property_reference", history.property(home));
        row.put("name", r.name());
        row.put("postcode", r.postcode());
        row.put("email", r.email());
        row.put("phone", r.phone());
        row.put("household", "[]");
        row.put("email_key", r.email().toLowerCase(Locale.ROOT));
        // as the residents module keys a home with a property reference (ResidentStore.propertyKey)
        row.put("property_key", "ref:" + history.property(home));
        row.put("name_key", r.name().toLowerCase(Locale.ROOT));
        row.put("source", "IMPORT");
        row.put("created_at", at.atOffset(ZoneOffset.UTC));
        row.put("updated_at", at.atOffset(ZoneOffset.UTC));
        row.put("version", 1);
        return row;
    }

    private static Map<String, Object> link(UUID complaintId, UUID residentId, ComplaintRecordRows.Rows rows, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("complaint_id", complaintId);
        row.put("resident_id", residentId);
        row.put("reference", rows.view().reference());
        row.put("received_on", rows.view().receivedOn());
        String summary = rows.view().description();
        row.put("summary", summary.length() > 300 ? summary.substring(0, 300) : summary);
        row.put("matched_by", "TENANCY_REFERENCE");
        row.put("linked_at", at.atOffset(ZoneOffset.UTC));
        return row;
    }

    /** The Ombudsman's case about the complaint, if it has one by today: its rows as OmbudsmanCases would append them. */
    private static void writeOmbudsman(Writers writers, BulkSteps steps) {
        for (String table : List.of("ombudsman_case", "ombudsman_case_status", "ombudsman_determination", "ombudsman_finding",
                "ombudsman_order", "ombudsman_compliance")) {
            steps.ombudsmanRows.getOrDefault(table, List.of()).forEach(r -> writers.write(table, r));
        }
    }

    /** Plays a case into an in-memory record. */
    private final class BulkSteps implements SyntheticHistory.Steps {

        private final UUID id;
        private final String reference;
        private final WorkingDayCalendar calendar;
        private final UUID ombudsmanCase;
        ComplaintRecordRows.Draft draft;
        /** The Ombudsman rows by table, in the order written; the case's status and order ids so far. */
        final Map<String, List<Map<String, Object>>> ombudsmanRows = new HashMap<>();
        private final Map<Integer, UUID> ombudsmanOrders = new HashMap<>();
        private int ombudsmanStatuses;
        private String actor;
        private OffsetDateTime at;

        BulkSteps(UUID id, String reference, WorkingDayCalendar calendar, UUID ombudsmanCase) {
            this.id = id;
            this.reference = reference;
            this.calendar = calendar;
            this.ombudsmanCase = ombudsmanCase;
        }

        @Override
        public void receive(SyntheticCase c, NewComplaint request, String actor) {
            draft = records.receive(id, reference, request, actor, calendar);
        }

        @Override
        public void at(LocalDate day, String actor) {
            // mid-morning London time on the day the step was done
            Instant instant = day.atTime(10, 30).atZone(org.putright.calendar.LondonDates.LONDON).toInstant();
            draft.at(instant, actor);
            this.actor = actor;
            this.at = instant.atOffset(ZoneOffset.UTC);
        }

        @Override
        public void categorise(String serviceArea, String cause, String team) {
            draft.categorise(serviceArea, cause, team);
        }

        @Override
        public void triageAsServiceRequest(String reasons) {
            draft.triageAsServiceRequest(reasons);
        }

        @Override
        public void resolveServiceRequest(LocalDate resolvedOn, String summary) {
            draft.resolveServiceRequest(resolvedOn, summary);
        }

        @Override
        public void acknowledge(LocalDate acknowledgedOn, String handler, Definition definition) {
            draft.acknowledge(acknowledgedOn, handler, definition);
        }

        @Override
        public void extend(int days, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays) {
            draft.extend(days, reason, residentInformedOn, goodReason, updateEveryWorkingDays);
        }

        @Override
        public void respond(ResponseDraft response) {
            draft.respond(response);
        }

        @Override
        public void completeOutstandingAction(int stage, int action, LocalDate completedOn, String evidence) {
            draft.completeOutstandingAction(stage, action, completedOn, evidence);
        }

        @Override
        public void requestEscalation(LocalDate requestedOn, String reason) {
            draft.requestEscalation(requestedOn, reason);
        }

        @Override
        public void refuse(String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
            draft.refuse(ground, reasons, discretionConsidered, decidedOn);
        }

        @Override
        public void addNote(String text) {
            draft.addNote(text);
        }

        @Override
        public void close(LocalDate closedOn, String reason) {
            draft.close(closedOn, reason);
        }

        @Override
        public void referToOmbudsman(String ombudsmanReference, LocalDate referredOn) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", ombudsmanCase);
            row.put("ombudsman_reference", ombudsmanReference);
            row.put("complaint_id", id);
            row.put("complaint_reference", reference);
            row.put("referred_on", referredOn);
            recorded(row);
            add("ombudsman_case", row);
            status("REFERRED", referredOn);
        }

        @Override
        public void ombudsmanInvestigating(LocalDate on) {
            status("INVESTIGATING", on);
        }

        @Override
        public void ombudsmanDetermination(LocalDate determinedOn, List<OmbudsmanRecords.Element> elements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case_id", ombudsmanCase);
            row.put("revision", 1); // the plans record one determination; a review's revision is the services' business
            row.put("determined_on", determinedOn);
            recorded(row);
            add("ombudsman_determination", row);
            for (int i = 0; i < elements.size(); i++) {
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("case_id", ombudsmanCase);
                finding.put("revision", 1);
                finding.put("element_index", i);
                finding.put("description", elements.get(i).description());
                finding.put("finding", elements.get(i).finding().name());
                add("ombudsman_finding", finding);
            }
            status("DETERMINED", determinedOn);
        }

        @Override
        public void ombudsmanOrder(int order, OmbudsmanRecords.OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn) {
            UUID orderId = new UUID(ombudsmanCase.getMostSignificantBits() ^ 0x00DE_0000_0000_0000L,
                    ombudsmanCase.getLeastSignificantBits() * 16 + order);
            ombudsmanOrders.put(order, orderId);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", orderId);
            row.put("case_id", ombudsmanCase);
            row.put("kind", kind.name());
            row.put("description", description);
            row.put("made_on", madeOn);
            row.put("due_on", dueOn);
            recorded(row);
            add("ombudsman_order", row);
        }

        @Override
        public void ombudsmanCompliance(int order, LocalDate compliedOn, String evidence) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("order_id", ombudsmanOrders.get(order));
            row.put("sequence", 1); // the plans record compliance once; a correction is the services' business
            row.put("complied_on", compliedOn);
            row.put("evidence", evidence);
            recorded(row);
            add("ombudsman_compliance", row);
        }

        private void status(String status, LocalDate on) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case_id", ombudsmanCase);
            row.put("sequence", ++ombudsmanStatuses);
            row.put("status", status);
            row.put("changed_on", on);
            row.put("note", null);
            recorded(row);
            add("ombudsman_case_status", row);
        }

        private void recorded(Map<String, Object> row) {
            row.put("recorded_by", actor);
            row.put("recorded_at", at);
        }

        private void add(String table, Map<String, Object> row) {
            ombudsmanRows.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
        }
    }

    /**
     * One writer per table. On PostgreSQL a COPY per table, each on its own connection (committed when it ends); elsewhere
     * batched inserts in one transaction.
     */
    private static final class Writers implements AutoCloseable {

        private static final int FLUSH_BYTES = 1 << 20;
        private static final int BATCH = 500;
        /**
         * The Ombudsman's tables, few rows: a COPY each at the same time as the others would need more connections than the
         * pool has, so their CSV goes to a temporary file and is copied in after the others, on one connection.
         */
        private static final java.util.Set<String> DEFERRED = java.util.Set.of("ombudsman_case", "ombudsman_case_status",
                "ombudsman_determination", "ombudsman_finding", "ombudsman_order", "ombudsman_compliance");

        private final DataSource dataSource;
        private final boolean postgres;
        private final Map<String, Connection> connections = new HashMap<>();
        private final Map<String, CopyIn> copies = new HashMap<>();
        private final Map<String, StringBuilder> buffers = new HashMap<>();
        private final Map<String, PreparedStatement> inserts = new HashMap<>();
        private final Map<String, Integer> batched = new HashMap<>();
        private final Map<String, java.nio.file.Path> deferredFiles = new LinkedHashMap<>();
        private final Map<String, String> deferredColumns = new HashMap<>();
        private Connection plain;

        Writers(DataSource dataSource) throws SQLException {
            this.dataSource = dataSource;
            try (Connection probe = dataSource.getConnection()) {
                this.postgres = probe.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            }
        }

        void write(String table, Map<String, Object> row) {
            try {
                if (postgres) {
                    copy(table, row);
                }
                else {
                    insert(table, row);
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException("Could not write to " + table, e);
            }
        }

        private void copy(String table, Map<String, Object> row) throws SQLException {
            if (DEFERRED.contains(table)) {
                defer(table, row);
                return;
            }
            CopyIn copy = copies.get(table);
            if (copy == null) {
                Connection connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                connections.put(table, connection);
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + String.join(", ", row.keySet()) + ") FROM STDIN WITH (FORMAT csv)");
                copies.put(table, copy);
                buffers.put(table, new StringBuilder(FLUSH_BYTES + 4096));
            }
            StringBuilder line = buffers.get(table);
            boolean first = true;
            for (Object value : row.values()) {
                if (!first) {
                    line.append(',');
                }
                first = false;
                csv(line, value);
            }
            line.append('\n');
            if (line.length() >= FLUSH_BYTES) {
                flush(table);
            }
        }

        private void defer(String table, Map<String, Object> row) {
            StringBuilder line = buffers.computeIfAbsent(table, t -> new StringBuilder(FLUSH_BYTES + 4096));
            deferredColumns.putIfAbsent(table, String.join(", ", row.keySet()));
            boolean first = true;
            for (Object value : row.values()) {
                if (!first) {
                    line.append(',');
                }
                first = false;
                csv(line, value);
            }
            line.append('\n');
            if (line.length() >= FLUSH_BYTES) {
                spill(table);
            }
        }

        private void spill(String table) {
            StringBuilder line = buffers.get(table);
            try {
                java.nio.file.Path file = deferredFiles.get(table);
                if (file == null) {
                    file = java.nio.file.Files.createTempFile("putright-" + table, ".csv");
                    deferredFiles.put(table, file);
                }
                java.nio.file.Files.writeString(file, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
            catch (IOException e) {
                throw new IllegalStateException("Could not write the rows of " + table + " to a temporary file", e);
            }
            line.setLength(0);
        }

        private void copyDeferred() throws SQLException, IOException {
            for (String table : TABLES) {
                if (DEFERRED.contains(table) && buffers.containsKey(table)) {
                    spill(table);
                }
            }
            if (deferredFiles.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                var api = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, java.nio.file.Path> e : deferredFiles.entrySet()) {
                    try (var in = java.nio.file.Files.newInputStream(e.getValue())) {
                        api.copyIn("COPY " + e.getKey() + " (" + deferredColumns.get(e.getKey()) + ") FROM STDIN WITH (FORMAT csv)", in);
                    }
                }
            }
        }

        private void flush(String table) throws SQLException {
            StringBuilder line = buffers.get(table);
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            copies.get(table).writeToCopy(bytes, 0, bytes.length);
            line.setLength(0);
        }

        private static void csv(StringBuilder line, Object value) {
            if (value == null) {
                return; // unquoted empty: NULL
            }
            String text = switch (value) {
                case OffsetDateTime t -> t.toString();
                case java.math.BigDecimal d -> d.toPlainString();
                default -> value.toString();
            };
            if (value instanceof String) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
            else {
                line.append(text);
            }
        }

        private void insert(String table, Map<String, Object> row) throws SQLException {
            if (plain == null) {
                plain = DataSourceUtils.getConnection(dataSource);
                plain.setAutoCommit(false);
            }
            PreparedStatement insert = inserts.get(table);
            if (insert == null) {
                insert = plain.prepareStatement("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                        + String.join(", ", Collections.nCopies(row.size(), "?")) + ")");
                inserts.put(table, insert);
            }
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.addBatch();
            if (batched.merge(table, 1, Integer::sum) % BATCH == 0) {
                insert.executeBatch();
            }
        }

        void finish() throws SQLException, IOException {
            if (postgres) {
                for (String table : TABLES) {
                    if (copies.containsKey(table)) {
                        flush(table);
                        copies.remove(table).endCopy();
                    }
                }
                copyDeferred();
            }
            else if (plain != null) {
                for (PreparedStatement insert : inserts.values()) {
                    insert.executeBatch();
                }
                plain.commit();
            }
        }

        @Override
        public void close() throws SQLException {
            for (java.nio.file.Path file : deferredFiles.values()) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                }
                catch (IOException e) {
                    log.warn("Could not delete {}: {}", file, e.getMessage());
                }
            }
            for (CopyIn copy : copies.values()) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            if (plain != null) {
                plain.setAutoCommit(true);
                DataSourceUtils.releaseConnection(plain, dataSource);
            }
            for (Connection connection : new ArrayList<>(connections.values())) {
                connection.close();
            }
        }
    }
}

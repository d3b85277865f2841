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
 * year. No letters, notifications or publications: those are the services' business (docs/decisions/0018).
 */
@Component
public class SyntheticBulkLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticBulkLoad.class);
    private static final String[] TABLES = { "complaint_event", "complaint", "outstanding_action", "report_stage", "resident",
            "resident_complaint" };

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
                BulkSteps steps = new BulkSteps(id, "CMP-%d-%06d".formatted(year, reference), calendar);
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

    /** Plays a case into an in-memory record. */
    private final class BulkSteps implements SyntheticHistory.Steps {

        private final UUID id;
        private final String reference;
        private final WorkingDayCalendar calendar;
        ComplaintRecordRows.Draft draft;

        BulkSteps(UUID id, String reference, WorkingDayCalendar calendar) {
            this.id = id;
            this.reference = reference;
            this.calendar = calendar;
        }

        @Override
        public void receive(SyntheticCase c, NewComplaint request, String actor) {
            draft = records.receive(id, reference, request, actor, calendar);
        }

        @Override
        public void at(LocalDate day, String actor) {
            // mid-morning London time on the day the step was done
            draft.at(day.atTime(10, 30).atZone(org.putright.calendar.LondonDates.LONDON).toInstant(), actor);
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
    }

    /**
     * One writer per table. On PostgreSQL a COPY per table, each on its own connection (committed when it ends); elsewhere
     * batched inserts in one transaction.
     */
    private static final class Writers implements AutoCloseable {

        private static final int FLUSH_BYTES = 1 << 20;
        private static final int BATCH = 500;

        private final DataSource dataSource;
        private final boolean postgres;
        private final Map<String, Connection> connections = new HashMap<>();
        private final Map<String, CopyIn> copies = new HashMap<>();
        private final Map<String, StringBuilder> buffers = new HashMap<>();
        private final Map<String, PreparedStatement> inserts = new HashMap<>();
        private final Map<String, Integer> batched = new HashMap<>();
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

package org.putright.ombudsman;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of cases the Housing Ombudsman takes on (9.7 c): each case is rows appended over time (the referral,
 * status changes, determinations, orders, compliance), and what a case is now is worked out from them when read.
 */
@Service
class OmbudsmanCases {

    enum CaseStatus {
        REFERRED, INVESTIGATING, DETERMINED, CLOSED
    }

    enum OrderKind {
        ORDER, RECOMMENDATION, COMPLAINT_HANDLING_FAILURE_ORDER;

        /** Orders and CHFOs must be complied with by their due date; a recommendation is the landlord's to accept. */
        boolean binding() {
            return this != RECOMMENDATION;
        }

        /** Orders and recommendations come with a determination; a CHFO can be made at any time. */
        boolean madeWithDetermination() {
            return this != COMPLAINT_HANDLING_FAILURE_ORDER;
        }
    }

    enum OrderStatus {
        OPEN, COMPLIED, OVERDUE
    }

    record Element(String description, Finding finding) {
    }

    record Determination(int revision, LocalDate determinedOn, List<Element> elements, String recordedBy, Instant recordedAt) {
    }

    record Compliance(LocalDate compliedOn, String evidence, String recordedBy, Instant recordedAt) {
    }

    /** {@code compliance} is the latest record (null until complied); earlier ones are in {@code complianceHistory}. */
    record Order(UUID id, UUID caseId, OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn, OrderStatus status,
            Compliance compliance, List<Compliance> complianceHistory, String recordedBy, Instant recordedAt) {

        public boolean compliedLate() {
            return compliance != null && dueOn != null && compliance.compliedOn().isAfter(dueOn);
        }
    }

    record StatusChange(CaseStatus status, LocalDate changedOn, String note, String recordedBy, Instant recordedAt) {
    }

    /**
     * A case as it stands: {@code determination} is the latest (null until determined), earlier revisions in
     * {@code earlierDeterminations}; {@code overdueOrders} counts binding orders past due without compliance.
     */
    record Case(UUID id, String ombudsmanReference, UUID complaintId, String complaintReference, LocalDate referredOn, CaseStatus status,
            Determination determination, List<Determination> earlierDeterminations, List<Order> orders, int overdueOrders,
            List<StatusChange> history, String recordedBy, Instant recordedAt) {
    }

    record NewCase(String ombudsmanReference, String complaintReference, LocalDate referredOn) {
    }

    record NewOrder(OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn) {
    }

    static final int MAX_ELEMENTS = 30;

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final Clock clock;

    OmbudsmanCases(JdbcClient jdbc, ComplaintService complaints, StaffDirectory staff, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ changes

    @Transactional
    Case create(NewCase request) {
        String reference = required("ombudsmanReference", request.ombudsmanReference(), 40, "the Ombudsman's reference");
        String complaintReference = required("complaintReference", request.complaintReference(), 20, "the complaint's reference")
                .toUpperCase(Locale.ROOT);
        LocalDate referredOn = request.referredOn();
        if (referredOn == null) {
            throw new InvalidRequestException("referredOn", null, "Enter the date the Ombudsman took the case on");
        }
        ComplaintView complaint = complaints.findByReference(complaintReference).orElseThrow(() -> new InvalidRequestException(
                "complaintReference", complaintReference, "There is no complaint with the reference " + complaintReference));
        notInFuture("referredOn", referredOn, "The referral date");
        if (referredOn.isBefore(complaint.receivedOn())) {
            throw new InvalidRequestException("referredOn", referredOn, "The referral date cannot be before the complaint was received ("
                    + complaint.receivedOn() + ")");
        }
        if (jdbc.sql("select count(*) from ombudsman_case where ombudsman_reference = ?").param(reference).query(Long.class).single() > 0) {
            throw new ConflictException("The Ombudsman's case " + reference + " is already on the register.");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into ombudsman_case (id, ombudsman_reference, complaint_id, complaint_reference, referred_on, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, reference, complaint.id(), complaint.reference(), referredOn, actor(), now()).update();
        }
        catch (DuplicateKeyException raced) {
            throw new ConflictException("The Ombudsman's case " + reference + " is already on the register.");
        }
        appendStatus(id, CaseStatus.REFERRED, referredOn, null);
        return get(id);
    }

    /** REFERRED → INVESTIGATING, or any open case → CLOSED. A case becomes DETERMINED only by recording the determination. */
    @Transactional
    Case changeStatus(UUID id, CaseStatus status, LocalDate on, String note) {
        Case current = get(id);
        if (status == null) {
            throw new InvalidRequestException("status", null, "Choose the case's new status");
        }
        if (on == null) {
            throw new InvalidRequestException("on", null, "Enter the date of the change");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidRequestException("note", note.length(), "The note must be 2,000 characters or fewer");
        }
        switch (status) {
            case REFERRED -> throw new InvalidRequestException("status", status, "A case cannot go back to referred");
            case DETERMINED -> throw new InvalidRequestException("status", status, "A case is determined by recording the determination");
            case INVESTIGATING -> {
                if (current.status() != CaseStatus.REFERRED) {
                    throw new ConflictException("Only a referred case can move to investigating; this one is " + label(current.status()) + ".");
                }
            }
            case CLOSED -> {
                if (current.status() == CaseStatus.CLOSED) {
                    throw new ConflictException("This case is already closed.");
                }
            }
        }
        notInFuture("on", on, "The date of the change");
        LocalDate since = current.history().getLast().changedOn();
        if (on.isBefore(since)) {
            throw new InvalidRequestException("on", on, "The date cannot be before the case's last change (" + since + ")");
        }
        appendStatus(id, status, on, blankToNull(note));
        return get(id);
    }

    /**
     * Records the Ombudsman's determination, one finding per element investigated. Recording it again (after the
     * Ombudsman reviews its decision) appends a new revision; the earlier one stays in the record.
     */
    @Transactional
    Case determine(UUID id, LocalDate determinedOn, List<Element> elements) {
        Case current = get(id);
        if (current.status() == CaseStatus.CLOSED) {
            throw new ConflictException("This case is closed; a determination cannot be recorded on it.");
        }
        if (determinedOn == null) {
            throw new InvalidRequestException("determinedOn", null, "Enter the date of the determination");
        }
        notInFuture("determinedOn", determinedOn, "The determination date");
        if (determinedOn.isBefore(current.referredOn())) {
            throw new InvalidRequestException("determinedOn", determinedOn,
                    "The determination date cannot be before the case was referred (" + current.referredOn() + ")");
        }
        if (elements == null || elements.isEmpty()) {
            throw new InvalidRequestException("elements", null, "Enter at least one element of the complaint with the Ombudsman's finding");
        }
        if (elements.size() > MAX_ELEMENTS) {
            throw new InvalidRequestException("elements", elements.size(), "A determination can have at most " + MAX_ELEMENTS + " elements");
        }
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            String field = "elements[" + i + "]";
            if (element == null) {
                throw new InvalidRequestException(field, null, "Element " + (i + 1) + " is empty");
            }
            if (element.description() == null || element.description().isBlank()) {
                throw new InvalidRequestException(field + ".description", element.description(),
                        "Describe element " + (i + 1) + ": the issue the Ombudsman investigated");
            }
            if (element.description().trim().length() > 1000) {
                throw new InvalidRequestException(field + ".description", element.description().length(),
                        "Element " + (i + 1) + "'s description must be 1,000 characters or fewer");
            }
            if (element.finding() == null) {
                throw new InvalidRequestException(field + ".finding", null, "Choose the Ombudsman's finding on element " + (i + 1));
            }
        }
        List<Order> made = current.orders().stream().filter(o -> o.kind().madeWithDetermination()).toList();
        for (Order order : made) {
            if (order.dueOn() != null && order.dueOn().isBefore(determinedOn)) {
                throw new InvalidRequestException("determinedOn", determinedOn, "The determination date cannot be after the due date of "
                        + "an order already recorded (" + order.dueOn() + ")");
            }
        }
        int revision = current.determination() == null ? 1 : current.determination().revision() + 1;
        jdbc.sql("insert into ombudsman_determination (case_id, revision, determined_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(id, revision, determinedOn, actor(), now()).update();
        for (int i = 0; i < elements.size(); i++) {
            jdbc.sql("insert into ombudsman_finding (case_id, revision, element_index, description, finding) values (?, ?, ?, ?, ?)")
                    .params(id, revision, i, elements.get(i).description().trim(), elements.get(i).finding().name()).update();
        }
        if (current.status() != CaseStatus.DETERMINED) {
            appendStatus(id, CaseStatus.DETERMINED, determinedOn, null);
        }
        return get(id);
    }

    /**
     * Adds an order or recommendation (with the determination: made on its date unless another is given, and never due
     * before it) or a complaint handling failure order (made on its own date, at any stage).
     */
    @Transactional
    Case addOrder(UUID caseId, NewOrder request) {
        Case current = get(caseId);
        if (current.status() == CaseStatus.CLOSED) {
            throw new ConflictException("This case is closed; orders cannot be added to it.");
        }
        OrderKind kind = request.kind();
        if (kind == null) {
            throw new InvalidRequestException("kind", null, "Choose whether this is an order, a recommendation or a complaint handling failure order");
        }
        String description = required("description", request.description(), 5000, "what the Ombudsman " + (kind.binding() ? "ordered" : "recommended"));
        LocalDate madeOn = request.madeOn();
        LocalDate dueOn = request.dueOn();
        if (kind.madeWithDetermination()) {
            if (current.determination() == null) {
                throw new InvalidRequestException("kind", kind, "Orders and recommendations come with the determination: record the determination first");
            }
            LocalDate determinedOn = current.determination().determinedOn();
            if (madeOn == null) {
                madeOn = determinedOn;
            }
            else if (madeOn.isBefore(determinedOn)) {
                throw new InvalidRequestException("madeOn", madeOn, "An order or recommendation cannot be made before the determination ("
                        + determinedOn + ")");
            }
            if (dueOn != null && dueOn.isBefore(determinedOn)) {
                throw new InvalidRequestException("dueOn", dueOn, "The due date cannot be before the determination (" + determinedOn + ")");
            }
        }
        else if (madeOn == null) {
            throw new InvalidRequestException("madeOn", null, "Enter the date of the complaint handling failure order");
        }
        notInFuture("madeOn", madeOn, "The date it was made");
        if (kind.binding() && dueOn == null) {
            throw new InvalidRequestException("dueOn", null, "Enter the date the order must be complied with by");
        }
        if (dueOn != null && dueOn.isBefore(madeOn)) {
            throw new InvalidRequestException("dueOn", dueOn, "The due date cannot be before the date it was made (" + madeOn + ")");
        }
        jdbc.sql("""
                insert into ombudsman_order (id, case_id, kind, description, made_on, due_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, kind.name(), description, madeOn, dueOn, actor(), now()).update();
        return get(caseId);
    }

    /** Records the evidence that an order was complied with (or a recommendation followed); a correction is appended. */
    @Transactional
    Case recordCompliance(UUID caseId, UUID orderId, LocalDate compliedOn, String evidence) {
        Case current = get(caseId);
        Order order = current.orders().stream().filter(o -> o.id().equals(orderId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + current.ombudsmanReference() + " has no order " + orderId + "."));
        if (compliedOn == null) {
            throw new InvalidRequestException("compliedOn", null, "Enter the date it was complied with");
        }
        notInFuture("compliedOn", compliedOn, "The compliance date");
        if (order.kind().madeWithDetermination() && current.determination() != null
                && compliedOn.isBefore(current.determination().determinedOn())) {
            throw new InvalidRequestException("compliedOn", compliedOn, "The compliance date cannot be before the determination ("
                    + current.determination().determinedOn() + ")");
        }
        if (compliedOn.isBefore(order.madeOn())) {
            throw new InvalidRequestException("compliedOn", compliedOn, "The compliance date cannot be before the order was made ("
                    + order.madeOn() + ")");
        }
        String text = required("evidence", evidence, 5000, "the evidence of compliance");
        int sequence = order.complianceHistory().size() + (order.compliance() == null ? 0 : 1) + 1;
        jdbc.sql("insert into ombudsman_compliance (order_id, sequence, complied_on, evidence, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(orderId, sequence, compliedOn, text, actor(), now()).update();
        return get(caseId);
    }

    private void appendStatus(UUID id, CaseStatus status, LocalDate on, String note) {
        int next = jdbc.sql("select coalesce(max(sequence), 0) + 1 from ombudsman_case_status where case_id = ?").param(id)
                .query(Integer.class).single();
        jdbc.sql("""
                insert into ombudsman_case_status (case_id, sequence, status, changed_on, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, next, status.name(), on, note, actor(), now()).update();
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    Case get(UUID id) {
        return load("c.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no Ombudsman case " + id + " on the register."));
    }

    @Transactional(readOnly = true)
    List<Case> forComplaint(UUID complaintId) {
        return load("c.complaint_id = :complaintId", Map.of("complaintId", complaintId));
    }

    /**
     * The register, cases with overdue orders first, then the most recently referred. {@code year} is a reporting year
     * (2025 means 1 April 2025 to 31 March 2026) of the referral date.
     */
    @Transactional(readOnly = true)
    List<Case> list(CaseStatus status, Integer year) {
        String where = "1 = 1";
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where = "c.referred_on >= :from and c.referred_on < :to";
            params.put("from", LocalDate.of(year, 4, 1));
            params.put("to", LocalDate.of(year + 1, 4, 1));
        }
        return load(where, params).stream()
                .filter(c -> status == null || c.status() == status)
                .sorted(Comparator.comparing((Case c) -> c.overdueOrders() == 0)
                        .thenComparing(Case::referredOn, Comparator.reverseOrder())
                        .thenComparing(Case::ombudsmanReference))
                .toList();
    }

    /** Loads the cases matching a condition on {@code c} (ombudsman_case) with everything appended to them, in a few queries. */
    private List<Case> load(String where, Map<String, Object> params) {
        LocalDate today = workingDays.today();
        Map<UUID, List<StatusChange>> statuses = new HashMap<>();
        jdbc.sql("select s.case_id, s.status, s.changed_on, s.note, s.recorded_by, s.recorded_at from ombudsman_case_status s "
                + "join ombudsman_case c on c.id = s.case_id where " + where + " order by s.case_id, s.sequence")
                .params(params).query(rs -> {
                    statuses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new StatusChange(
                            CaseStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                            instant(rs.getObject(6, OffsetDateTime.class))));
                });
        Map<String, List<Element>> findings = new HashMap<>();
        jdbc.sql("select f.case_id, f.revision, f.description, f.finding from ombudsman_finding f "
                + "join ombudsman_case c on c.id = f.case_id where " + where + " order by f.case_id, f.revision, f.element_index")
                .params(params).query(rs -> {
                    findings.computeIfAbsent(rs.getObject(1, UUID.class) + "/" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new Element(rs.getString(3), Finding.valueOf(rs.getString(4))));
                });
        Map<UUID, List<Determination>> determinations = new HashMap<>();
        jdbc.sql("select d.case_id, d.revision, d.determined_on, d.recorded_by, d.recorded_at from ombudsman_determination d "
                + "join ombudsman_case c on c.id = d.case_id where " + where + " order by d.case_id, d.revision")
                .params(params).query(rs -> {
                    UUID caseId = rs.getObject(1, UUID.class);
                    int revision = rs.getInt(2);
                    determinations.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new Determination(revision,
                            rs.getObject(3, LocalDate.class), List.copyOf(findings.getOrDefault(caseId + "/" + revision, List.of())),
                            rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class))));
                });
        Map<UUID, List<Compliance>> compliance = new HashMap<>();
        jdbc.sql("select k.order_id, k.complied_on, k.evidence, k.recorded_by, k.recorded_at from ombudsman_compliance k "
                + "join ombudsman_order o on o.id = k.order_id join ombudsman_case c on c.id = o.case_id where " + where
                + " order by k.order_id, k.sequence")
                .params(params).query(rs -> {
                    compliance.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Compliance(
                            rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class))));
                });
        Map<UUID, List<Order>> orders = new HashMap<>();
        jdbc.sql("select o.id, o.case_id, o.kind, o.description, o.made_on, o.due_on, o.recorded_by, o.recorded_at from ombudsman_order o "
                + "join ombudsman_case c on c.id = o.case_id where " + where + " order by o.case_id, o.made_on, o.recorded_at")
                .params(params).query(rs -> {
                    UUID orderId = rs.getObject(1, UUID.class);
                    OrderKind kind = OrderKind.valueOf(rs.getString(3));
                    LocalDate dueOn = rs.getObject(6, LocalDate.class);
                    List<Compliance> records = compliance.getOrDefault(orderId, List.of());
                    Compliance latest = records.isEmpty() ? null : records.getLast();
                    List<Compliance> earlier = records.isEmpty() ? List.of() : List.copyOf(records.subList(0, records.size() - 1));
                    orders.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new Order(orderId,
                            rs.getObject(2, UUID.class), kind, rs.getString(4), rs.getObject(5, LocalDate.class), dueOn,
                            status(kind, dueOn, latest, today), latest, earlier, rs.getString(7), instant(rs.getObject(8, OffsetDateTime.class))));
                });
        return jdbc.sql("select c.id, c.ombudsman_reference, c.complaint_id, c.complaint_reference, c.referred_on, c.recorded_by, c.recorded_at "
                + "from ombudsman_case c where " + where + " order by c.referred_on desc, c.ombudsman_reference")
                .params(params).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<StatusChange> history = List.copyOf(statuses.getOrDefault(id, List.of()));
                    List<Determination> revisions = determinations.getOrDefault(id, List.of());
                    List<Order> caseOrders = List.copyOf(orders.getOrDefault(id, List.of()));
                    int overdue = (int) caseOrders.stream().filter(o -> o.status() == OrderStatus.OVERDUE).count();
                    return new Case(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class),
                            history.isEmpty() ? CaseStatus.REFERRED : history.getLast().status(),
                            revisions.isEmpty() ? null : revisions.getLast(),
                            revisions.isEmpty() ? List.of() : List.copyOf(revisions.subList(0, revisions.size() - 1)),
                            caseOrders, overdue, history, rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class)));
                }).list();
    }

    /** OVERDUE once a binding order's due date has passed with no compliance recorded; a recommendation is never overdue. */
    static OrderStatus status(OrderKind kind, LocalDate dueOn, Compliance compliance, LocalDate today) {
        if (compliance != null) {
            return OrderStatus.COMPLIED;
        }
        return kind.binding() && dueOn != null && dueOn.isBefore(today) ? OrderStatus.OVERDUE : OrderStatus.OPEN;
    }

    // ------------------------------------------------------------------ helpers

    private void notInFuture(String field, LocalDate date, String what) {
        if (date.isAfter(workingDays.today())) {
            throw new InvalidRequestException(field, date, what + " cannot be in the future");
        }
    }

    private static String required(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, value, "Enter " + what);
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidRequestException(field, trimmed.length(), capitalise(what) + " must be " + String.format(Locale.UK, "%,d", max)
                    + " characters or fewer");
        }
        return trimmed;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String label(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private String actor() {
        return staff.currentUsername();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}

package org.putright.remedies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Remedy;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each remedy offered in a response, followed from the offer to the resident's answer and, for money, to payment (7.4).
 * The offer is the response itself; what happened next is appended to remedy_event with who recorded it.
 */
@Service
class FinancialRemedies {

    enum Status {
        OFFERED, ACCEPTED, DECLINED, PAID
    }

    record Step(String type, LocalDate on, BigDecimal amount, String paymentReference, String reason, String recordedBy,
            Instant recordedAt) {
    }

    /** A remedy with where it has got to; {@code offeredTotal} is null when it carries no financial breakdown. */
    record TrackedRemedy(int stage, int index, Remedy.Type type, String description, LocalDate dueOn, Remedy.Financial financial,
            BigDecimal offeredTotal, LocalDate offeredOn, Status status, LocalDate decidedOn, LocalDate paidOn, BigDecimal amountPaid,
            String paymentReference, List<Step> history) {

        public boolean financialRemedy() {
            return offeredTotal != null || type == Remedy.Type.FINANCIAL;
        }
    }

    /** A complaint's remedies, with totals of what was offered and paid. */
    record Remedies(UUID complaintId, String reference, List<TrackedRemedy> remedies, BigDecimal totalOffered, BigDecimal totalPaid) {
    }

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final Clock clock;

    FinancialRemedies(JdbcClient jdbc, ComplaintService complaints, StaffDirectory staff, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Remedies forComplaint(UUID complaintId) {
        ComplaintView complaint = complaints.get(complaintId);
        List<TrackedRemedy> tracked = new ArrayList<>();
        BigDecimal offered = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (ComplaintView.StageView stage : complaint.stages()) {
            if (stage.response() == null || stage.response().remedies() == null) {
                continue;
            }
            List<Remedy> remedies = stage.response().remedies();
            for (int i = 0; i < remedies.size(); i++) {
                TrackedRemedy remedy = track(complaintId, stage.stage(), i, remedies.get(i), stage.response().respondedOn());
                tracked.add(remedy);
                if (remedy.offeredTotal() != null && remedy.status() != Status.DECLINED) {
                    offered = offered.add(remedy.offeredTotal());
                }
                if (remedy.amountPaid() != null) {
                    paid = paid.add(remedy.amountPaid());
                }
            }
        }
        return new Remedies(complaintId, complaint.reference(), tracked, offered, paid);
    }

    private TrackedRemedy track(UUID complaintId, int stage, int index, Remedy remedy, LocalDate offeredOn) {
        List<Step> history = jdbc.sql("""
                select event_type, occurred_on, amount, payment_reference, reason, recorded_by, recorded_at
                from remedy_event where complaint_id = ? and stage = ? and remedy_index = ? order by sequence""")
                .params(complaintId, stage, index)
                .query((rs, n) -> new Step(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
        Status status = Status.OFFERED;
        LocalDate decidedOn = null;
        LocalDate paidOn = null;
        BigDecimal amountPaid = null;
        String paymentReference = null;
        for (Step step : history) {
            switch (step.type()) {
                case "ACCEPTED" -> {
                    status = Status.ACCEPTED;
                    decidedOn = step.on();
                }
                case "DECLINED" -> {
                    status = Status.DECLINED;
                    decidedOn = step.on();
                }
                case "PAID" -> {
                    status = Status.PAID;
                    paidOn = step.on();
                    amountPaid = step.amount();
                    paymentReference = step.paymentReference();
                }
                default -> throw new IllegalStateException("Unknown remedy event " + step.type());
            }
        }
        BigDecimal total = remedy.financial() == null ? null : remedy.financial().total().setScale(2, java.math.RoundingMode.HALF_UP);
        return new TrackedRemedy(stage, index, remedy.type(), remedy.description(), remedy.dueOn(), remedy.financial(), total,
                offeredOn, status, decidedOn, paidOn, amountPaid, paymentReference, history);
    }

    private TrackedRemedy find(UUID complaintId, int stage, int index) {
        return forComplaint(complaintId).remedies().stream()
                .filter(r -> r.stage() == stage && r.index() == index)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The stage " + stage + " response offers no remedy number " + (index + 1) + "."));
    }

    /** The resident accepted or declined the remedy. A decision can be changed by a later one until the remedy is paid. */
    @Transactional
    Remedies decide(UUID complaintId, int stage, int index, LocalDate on, boolean accepted) {
        TrackedRemedy remedy = find(complaintId, stage, index);
        if (remedy.status() == Status.PAID) {
            throw new ConflictException("This remedy was paid on " + remedy.paidOn() + "; its acceptance cannot change now.");
        }
        if (on.isBefore(remedy.offeredOn())) {
            throw new InvalidRequestException("acceptedOn", on, "The date of the resident's answer cannot be before the remedy was offered on "
                    + remedy.offeredOn() + ".");
        }
        if (on.isAfter(workingDays.today())) {
            throw new InvalidRequestException("acceptedOn", on, "The date of the resident's answer cannot be in the future.");
        }
        append(complaintId, stage, index, accepted ? "ACCEPTED" : "DECLINED", on, null, null, null);
        return forComplaint(complaintId);
    }

    /**
     * A payment of a financial remedy (7.4): only once the resident has accepted it, not before they did, and of the
     * amount offered unless a reason for the difference is recorded (such as an agreed offset against arrears).
     */
    @Transactional
    Remedies pay(UUID complaintId, int stage, int index, LocalDate paidOn, BigDecimal amount, String paymentReference, String reason) {
        TrackedRemedy remedy = find(complaintId, stage, index);
        if (!remedy.financialRemedy()) {
            throw new InvalidRequestException("index", index, "Only a financial remedy can be paid; this one is " + remedy.type() + ".");
        }
        if (remedy.status() == Status.PAID) {
            throw new ConflictException("This remedy was already paid on " + remedy.paidOn() + ".");
        }
        if (remedy.status() != Status.ACCEPTED) {
            throw new ConflictException("A remedy cannot be paid before the resident has accepted it; it is "
                    + remedy.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (paidOn.isBefore(remedy.decidedOn())) {
            throw new InvalidRequestException("paidOn", paidOn, "The payment cannot be before the resident accepted on " + remedy.decidedOn() + ".");
        }
        if (paidOn.isAfter(workingDays.today())) {
            throw new InvalidRequestException("paidOn", paidOn, "The payment date cannot be in the future.");
        }
        if (amount.signum() <= 0) {
            throw new InvalidRequestException("amount", amount, "Enter the amount paid, more than £0.");
        }
        boolean differs = remedy.offeredTotal() != null && amount.compareTo(remedy.offeredTotal()) != 0;
        if (differs && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException("amount", amount, "The amount paid differs from the £" + remedy.offeredTotal().toPlainString()
                    + " offered; give the reason for the difference.");
        }
        append(complaintId, stage, index, "PAID", paidOn, amount, blankToNull(paymentReference), blankToNull(reason));
        return forComplaint(complaintId);
    }

    private void append(UUID complaintId, int stage, int index, String type, LocalDate on, BigDecimal amount, String paymentReference,
            String reason) {
        int sequence = jdbc.sql("select coalesce(max(sequence), 0) + 1 from remedy_event where complaint_id = ? and stage = ? and remedy_index = ?")
                .params(complaintId, stage, index).query(Integer.class).single();
        jdbc.sql("""
                insert into remedy_event (id, complaint_id, stage, remedy_index, sequence, event_type, occurred_on, amount, payment_reference, reason,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), complaintId, stage, index, sequence, type, on, amount, paymentReference, reason, staff.currentUsername(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.residents.ReviewDue.Item;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviews that keep adjustments (5.10) and restrictions (5.14) current: a queue of those due soon or overdue, and a
 * daily reminder for each — once per item and review date, however often the run happens and on however many
 * instances (the review_reminder key).
 */
@Service
class ReviewReminders {

    enum Urgency {
        OVERDUE("Overdue", "govuk-tag--red"), LAPSED("Lapsed", "govuk-tag--red"), DUE_SOON("Due soon", "govuk-tag--yellow");

        private final String label;
        private final String tagClass;

        Urgency(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }

    /** One review in the queue. {@code what} is the adjustment's or restriction's kind in words. */
    record DueReview(Item item, UUID itemId, UUID residentId, String residentName, String what, LocalDate reviewOn, Urgency urgency,
            String href) {
    }

    record Run(LocalDate on, int reminders) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final int reminderWorkingDays;

    ReviewReminders(JdbcClient jdbc, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${putright.residents.reviews-reminder-working-days:5}") int reminderWorkingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reminderWorkingDays = reminderWorkingDays;
    }

    LocalDate today() {
        return workingDays.today();
    }

    int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    /** The last day counted as "due soon" today: the reminder window in working days. */
    LocalDate dueSoonHorizon() {
        return workingDays.addWorkingDays(workingDays.today(), reminderWorkingDays);
    }

    /** Reviews overdue or due within {@code withinWorkingDays}, soonest (most overdue) first. */
    @Transactional(readOnly = true)
    List<DueReview> due(int withinWorkingDays) {
        LocalDate today = workingDays.today();
        LocalDate horizon = workingDays.addWorkingDays(today, Math.max(0, withinWorkingDays));
        List<DueReview> due = new ArrayList<>();
        jdbc.sql("""
                select a.id, a.resident_id, r.name, a.kind, a.review_on from adjustment a join resident r on r.id = a.resident_id
                where a.ended_on is null and a.review_on <= ?""")
                .param(horizon)
                .query((rs, n) -> {
                    LocalDate reviewOn = rs.getObject(5, LocalDate.class);
                    UUID residentId = rs.getObject(2, UUID.class);
                    return new DueReview(Item.ADJUSTMENT, rs.getObject(1, UUID.class), residentId, rs.getString(3),
                            "Adjustment: " + AdjustmentKind.valueOf(rs.getString(4)).label(), reviewOn,
                            reviewOn.isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON,
                            "/residents/" + residentId + "/adjustments#adjustment-" + rs.getObject(1, UUID.class));
                })
                .list().forEach(due::add);
        jdbc.sql("""
                select c.id, c.resident_id, r.name, c.kinds, c.review_on from contact_restriction c join resident r on r.id = c.resident_id
                where c.ended_on is null and c.review_on <= ?""")
                .param(horizon)
                .query((rs, n) -> {
                    LocalDate reviewOn = rs.getObject(5, LocalDate.class);
                    UUID residentId = rs.getObject(2, UUID.class);
                    String kinds = String.join("; ", java.util.Arrays.stream(rs.getString(4).split(",")).map(k -> RestrictionKind.valueOf(k).label())
                            .toList());
                    return new DueReview(Item.RESTRICTION, rs.getObject(1, UUID.class), residentId, rs.getString(3),
                            "Contact restriction: " + kinds, reviewOn, reviewOn.isBefore(today) ? Urgency.LAPSED : Urgency.DUE_SOON,
                            "/residents/" + residentId + "/restrictions#restriction-" + rs.getObject(1, UUID.class));
                })
                .list().forEach(due::add);
        due.sort(Comparator.comparing(DueReview::reviewOn).thenComparing(DueReview::residentName).thenComparing(d -> d.itemId().toString()));
        return due;
    }

    /** Today's reminders: one per item and review date within the reminder window (or already past), each with its event. */
    Run raiseDue() {
        LocalDate today = workingDays.today();
        int raised = 0;
        for (DueReview review : due(reminderWorkingDays)) {
            if (remind(review)) {
                raised++;
            }
        }
        return new Run(today, raised);
    }

    private boolean remind(DueReview review) {
        if (reminded(review.item(), review.itemId(), review.reviewOn())) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into review_reminder (item_kind, item_id, review_on, reminded_at) values (?, ?, ?, ?)")
                        .params(review.item().name(), review.itemId(), review.reviewOn(), clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
                events.publishEvent(new ReviewDue(review.item(), review.itemId(), review.residentId(), review.reviewOn()));
            });
            return true;
        }
        catch (DuplicateKeyException remindedElsewhere) {
            return false;
        }
    }

    boolean reminded(Item item, UUID itemId, LocalDate reviewOn) {
        return jdbc.sql("select count(*) from review_reminder where item_kind = ? and item_id = ? and review_on = ?")
                .params(item.name(), itemId, reviewOn).query(Long.class).single() > 0;
    }
}

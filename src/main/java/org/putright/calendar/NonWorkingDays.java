package org.putright.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The landlord's extra non-working days: added with a reason, withdrawn with a reason, never deleted. Every change
 * rebuilds the working-day calendar and publishes {@link NonWorkingDaysChanged}.
 */
@Service
class NonWorkingDays {

    private static final String COLUMNS = """
            non_working_date, active_date, reason, added_by, added_at, withdrawn_by, withdrawn_at, withdrawal_reason""";

    private final JdbcClient jdbc;
    private final CalendarService calendar;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NonWorkingDays(JdbcClient jdbc, CalendarService calendar, StaffDirectory staff, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** One extra non-working day as recorded; {@code withdrawal} is null while it is active. */
    record NonWorkingDay(LocalDate date, boolean active, String reason, String addedBy, OffsetDateTime addedAt,
            Withdrawal withdrawal) {
    }

    record Withdrawal(String by, OffsetDateTime at, String reason) {
    }

    /** Every extra non-working day recorded, active and withdrawn, by date then by when it was added. */
    List<NonWorkingDay> all(Integer year) {
        if (year == null) {
            return jdbc.sql("select " + COLUMNS + " from non_working_day order by non_working_date, id")
                    .query(NonWorkingDays::row).list();
        }
        return jdbc.sql("select " + COLUMNS + " from non_working_day where non_working_date >= ? and non_working_date < ? "
                + "order by non_working_date, id")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(NonWorkingDays::row).list();
    }

    /**
     * Records an extra non-working day.
     * @throws InvalidRequestException if the date is a weekend or a bank holiday (already non-working)
     * @throws ConflictException if the date is already an active extra non-working day
     */
    @Transactional
    NonWorkingDay add(LocalDate date, String reason) {
        Objects.requireNonNull(date, "date");
        refuseAlreadyNonWorking(date);
        if (activeOn(date) != null) {
            throw new ConflictException(date + " is already an extra non-working day");
        }
        // The UNIQUE constraint on active_date catches a concurrent add of the same date (answered 409 too).
        jdbc.sql("insert into non_working_day (non_working_date, active_date, reason, added_by, added_at) values (?, ?, ?, ?, ?)")
                .params(date, date, reason.strip(), staff.currentUsername(), now())
                .update();
        changed(date, true);
        return activeOn(date);
    }

    /**
     * Withdraws an active extra non-working day: the row stays, with who withdrew it, when and why.
     * @throws NotFoundException if the date is not an active extra non-working day
     */
    @Transactional
    NonWorkingDay withdraw(LocalDate date, String reason) {
        Objects.requireNonNull(date, "date");
        Long id = jdbc.sql("select id from non_working_day where active_date = ?").param(date).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException(date + " is not an extra non-working day"));
        int updated = jdbc.sql("""
                update non_working_day set active_date = null, withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ?
                where id = ? and active_date is not null""")
                .params(staff.currentUsername(), now(), reason.strip(), id)
                .update();
        if (updated != 1) {
            throw new ConflictException(date + " was withdrawn by someone else at the same time");
        }
        changed(date, false);
        return jdbc.sql("select " + COLUMNS + " from non_working_day where id = ?").param(id)
                .query(NonWorkingDays::row).single();
    }

    private void refuseAlreadyNonWorking(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new InvalidRequestException("date", date, date + " is a "
                    + day.getDisplayName(TextStyle.FULL, Locale.UK) + ", which is already a non-working day");
        }
        for (BankHoliday holiday : calendar.bankHolidays()) {
            if (holiday.date().equals(date)) {
                throw new InvalidRequestException("date", date, date + " is already a bank holiday in "
                        + calendar.division().key() + " (" + holiday.title() + ")");
            }
        }
    }

    private NonWorkingDay activeOn(LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from non_working_day where active_date = ?").param(date)
                .query(NonWorkingDays::row).optional().orElse(null);
    }

    /**
     * Rebuilds the calendar now, so listeners to the event (and the rest of this transaction) count with the change,
     * and again if the transaction does not commit, so a rolled-back change does not linger in the calendar.
     */
    private void changed(LocalDate date, boolean nonWorking) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        calendar.refresh();
                    }
                }
            });
        }
        calendar.refresh();
        events.publishEvent(new NonWorkingDaysChanged(date, nonWorking));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static NonWorkingDay row(ResultSet rs, int n) throws SQLException {
        String withdrawnBy = rs.getString("withdrawn_by");
        Withdrawal withdrawal = withdrawnBy == null ? null
                : new Withdrawal(withdrawnBy, utc(rs.getObject("withdrawn_at", OffsetDateTime.class)),
                        rs.getString("withdrawal_reason"));
        return new NonWorkingDay(rs.getObject("non_working_date", LocalDate.class), rs.getObject("active_date") != null,
                rs.getString("reason"), rs.getString("added_by"), utc(rs.getObject("added_at", OffsetDateTime.class)),
                withdrawal);
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}

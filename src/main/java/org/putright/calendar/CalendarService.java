package org.putright.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link WorkingDays} for the division in {@code putright.calendar.division} (default {@code england-and-wales}):
 * the shipped GOV.UK bank holidays plus whatever the {@link ExtraNonWorkingDaysSource} beans supply. The calendar
 * is built on first use (so a database-backed source is not called while the context is still starting) and
 * rebuilt by {@link #refresh()}.
 */
@Service
class CalendarService implements WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final Clock clock;
    private final Division division;
    private final BankHolidays bankHolidays;
    private final Supplier<Stream<ExtraNonWorkingDaysSource>> extraSources;

    private volatile WorkingDayCalendar calendar;

    @Autowired
    CalendarService(Clock clock, @Value("${putright.calendar.division:england-and-wales}") String division,
            ObjectProvider<ExtraNonWorkingDaysSource> extraSources) {
        this(clock, Division.fromKey(division), BankHolidays.shipped(), extraSources::orderedStream);
    }

    /** For tests and plain use: a fixed list of extra sources (each is still asked again on every refresh). */
    CalendarService(Clock clock, Division division, BankHolidays bankHolidays,
            List<? extends ExtraNonWorkingDaysSource> extraSources) {
        this(clock, division, bankHolidays, () -> List.<ExtraNonWorkingDaysSource>copyOf(extraSources).stream());
    }

    private CalendarService(Clock clock, Division division, BankHolidays bankHolidays,
            Supplier<Stream<ExtraNonWorkingDaysSource>> extraSources) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.division = Objects.requireNonNull(division, "division");
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
        this.extraSources = Objects.requireNonNull(extraSources, "extraSources");
    }

    /** Rebuilds the calendar from the bank holidays and the current extra non-working days, and returns it. */
    public WorkingDayCalendar refresh() {
        List<LocalDate> extra = new ArrayList<>();
        extraSources.get().forEach(source -> extra.addAll(source.extraNonWorkingDays()));
        WorkingDayCalendar built = bankHolidays.calendarFor(division).withExtraNonWorkingDays(extra);
        int nextYear = today().getYear() + 1;
        if (!bankHolidays.coveredYears(division).contains(nextYear)) {
            log.warn("Bank holiday data for {} does not cover {}: deadlines then will count only weekends as "
                    + "non-working. Update calendar/bank-holidays.json.", division.key(), nextYear);
        }
        log.info("Working-day calendar for {} built: {} bank holidays, {} extra non-working days", division.key(),
                bankHolidays.holidays(division).size(), extra.size());
        this.calendar = built;
        return built;
    }

    @Override
    public WorkingDayCalendar current() {
        WorkingDayCalendar result = calendar;
        if (result == null) {
            synchronized (this) {
                result = calendar;
                if (result == null) {
                    result = refresh();
                }
            }
        }
        return result;
    }

    /** The division whose bank holidays this calendar uses. */
    public Division division() {
        return division;
    }

    /** The division's bank holidays in date order. */
    List<BankHoliday> bankHolidays() {
        return bankHolidays.holidays(division);
    }

    /** The years the bank holiday data covers for the division. */
    java.util.SortedSet<Integer> coveredYears() {
        return bankHolidays.coveredYears(division);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate dayZero, int n) {
        return current().addWorkingDays(dayZero, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current().isWorkingDay(date);
    }

    @Override
    public LocalDate today() {
        return LondonDates.dateOf(clock.instant());
    }
}

package org.putright.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.putright.calendar.BankHolidays;
import org.putright.calendar.Division;
import org.putright.calendar.WorkingDayCalendar;

/**
 * Deadline arithmetic on the shipped England and Wales calendar. Each call picks the next of 1,024 day-zero dates
 * spread over 2018 to 2022, so the JIT cannot fold the answer and the holiday searches start from varied places.
 * <pre>./mvnw -B -Pbench test-compile exec:exec -Dbench.args="DeadlineBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

    private static final int DATES = 1024;

    private WorkingDayCalendar calendar;
    private LocalDate[] dayZeros;
    private LocalDate[] laterDates;
    private int index;

    @Setup
    public void setUp() {
        calendar = BankHolidays.shipped().calendarFor(Division.ENGLAND_AND_WALES);
        dayZeros = new LocalDate[DATES];
        laterDates = new LocalDate[DATES];
        LocalDate first = LocalDate.of(2018, 1, 1);
        for (int i = 0; i < DATES; i++) {
            dayZeros[i] = first.plusDays((i * 37L) % 1826);
            laterDates[i] = dayZeros[i].plusDays(30 + (i * 53L) % 1800);
        }
    }

    private int next() {
        index = (index + 1) & (DATES - 1);
        return index;
    }

    @Benchmark
    public LocalDate addWorkingDays5() {
        return calendar.addWorkingDays(dayZeros[next()], 5);
    }

    @Benchmark
    public LocalDate addWorkingDays10() {
        return calendar.addWorkingDays(dayZeros[next()], 10);
    }

    @Benchmark
    public LocalDate addWorkingDays20() {
        return calendar.addWorkingDays(dayZeros[next()], 20);
    }

    /** About five years: 5 x 52 weeks x 5 days. */
    @Benchmark
    public LocalDate addWorkingDaysFiveYears() {
        return calendar.addWorkingDays(dayZeros[next()], 1300);
    }

    /** Spans of 30 days to about five years. */
    @Benchmark
    public int workingDaysBetween() {
        int i = next();
        return calendar.workingDaysBetween(dayZeros[i], laterDates[i]);
    }
}

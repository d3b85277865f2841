package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheLondonDateOfTheClock() {
        CalendarService service = new CalendarService(CLOCK, Division.ENGLAND_AND_WALES, BankHolidays.shipped(),
                List.of());
        assertThat(service.today()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void usesTheConfiguredDivisionsBankHolidays() {
        CalendarService scotland = new CalendarService(CLOCK, Division.SCOTLAND, BankHolidays.shipped(), List.of());
        CalendarService england = new CalendarService(CLOCK, Division.ENGLAND_AND_WALES, BankHolidays.shipped(),
                List.of());
        LocalDate summerInScotland = LocalDate.of(2025, 8, 4);
        assertThat(scotland.isWorkingDay(summerInScotland)).isFalse();
        assertThat(england.isWorkingDay(summerInScotland)).isTrue();
        assertThat(england.addWorkingDays(LocalDate.of(2024, 12, 20), 6)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(england.workingDaysBetween(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 2))).isEqualTo(6);
    }

    @Test
    void addsExtraNonWorkingDaysFromEverySourceAndPicksUpChangesOnRefresh() {
        List<LocalDate> closures = new ArrayList<>(List.of(LocalDate.of(2025, 7, 2)));
        ExtraNonWorkingDaysSource database = () -> List.copyOf(closures);
        ExtraNonWorkingDaysSource training = () -> List.of(LocalDate.of(2025, 7, 4));
        CalendarService service = new CalendarService(CLOCK, Division.ENGLAND_AND_WALES, BankHolidays.shipped(),
                List.of(database, training));

        LocalDate monday = LocalDate.of(2025, 6, 30);
        assertThat(service.isWorkingDay(LocalDate.of(2025, 7, 2))).isFalse();
        assertThat(service.isWorkingDay(LocalDate.of(2025, 7, 4))).isFalse();
        assertThat(service.addWorkingDays(monday, 3)).isEqualTo(LocalDate.of(2025, 7, 7));

        WorkingDayCalendar before = service.current();
        closures.add(LocalDate.of(2025, 7, 3));
        assertThat(service.current()).as("not rebuilt until refresh").isSameAs(before);
        assertThat(service.isWorkingDay(LocalDate.of(2025, 7, 3))).isTrue();

        WorkingDayCalendar after = service.refresh();
        assertThat(service.current()).isSameAs(after).isNotSameAs(before);
        assertThat(service.isWorkingDay(LocalDate.of(2025, 7, 3))).isFalse();
        assertThat(service.addWorkingDays(monday, 3)).isEqualTo(LocalDate.of(2025, 7, 8)); // Tue 1, (2, 3, 4 closed), Mon 7, Tue 8
    }

    @Test
    void springWiringDefaultsToEnglandAndWalesAndCollectsExtraSourceBeans() {
        new ApplicationContextRunner()
                .withBean(Clock.class, () -> CLOCK)
                .withBean("closures", ExtraNonWorkingDaysSource.class, () -> () -> List.of(LocalDate.of(2025, 7, 2)))
                .withBean(CalendarService.class)
                .run(context -> {
                    WorkingDays workingDays = context.getBean(WorkingDays.class);
                    assertThat(workingDays.today()).isEqualTo(LocalDate.of(2025, 7, 1));
                    assertThat(((CalendarService) workingDays).division()).isEqualTo(Division.ENGLAND_AND_WALES);
                    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 7, 2))).isFalse();
                    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 8, 4))).isTrue();
                });
    }

    @Test
    void springWiringReadsTheDivisionProperty() {
        new ApplicationContextRunner()
                .withBean(Clock.class, () -> CLOCK)
                .withBean(CalendarService.class)
                .withPropertyValues("putright.calendar.division=scotland")
                .run(context -> {
                    CalendarService service = context.getBean(CalendarService.class);
                    assertThat(service.division()).isEqualTo(Division.SCOTLAND);
                    assertThat(service.isWorkingDay(LocalDate.of(2025, 8, 4))).isFalse();
                    Collection<?> none = context.getBeansOfType(ExtraNonWorkingDaysSource.class).values();
                    assertThat(none).isEmpty();
                });
    }
}

package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesGovUkShapeIntoPerDivisionHolidaysInDateOrder() {
        BankHolidays holidays = BankHolidays.parse(json("""
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true},
                  {"title":"New Year’s Day","date":"2026-01-01","notes":"","bunting":true}]},
                 "scotland":{"division":"scotland","events":[
                  {"title":"St Andrew’s Day","date":"2026-11-30","notes":"","bunting":true}]},
                 "northern-ireland":{"division":"northern-ireland","events":[]}}
                """));

        assertThat(holidays.holidays(Division.ENGLAND_AND_WALES)).containsExactly(
                new BankHoliday(LocalDate.of(2026, 1, 1), "New Year’s Day"),
                new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day"));
        assertThat(holidays.datesFor(Division.SCOTLAND)).containsExactly(LocalDate.of(2026, 11, 30));
        assertThat(holidays.datesFor(Division.NORTHERN_IRELAND)).isEmpty();
        assertThat(holidays.coveredYears(Division.ENGLAND_AND_WALES)).containsExactly(2026);
        assertThat(holidays.coveredYears()).as("Northern Ireland has no year").isEmpty();
    }

    @Test
    void missingAndUnknownDivisionsAndUnknownFieldsAreTolerated() {
        BankHolidays holidays = BankHolidays.parse(json("""
                {"scotland":{"division":"scotland","extra":1,"events":[
                  {"title":"2nd January","date":"2026-01-02","notes":"","bunting":true,"colour":"blue"}]},
                 "wales-only":{"division":"wales-only","events":[]}}
                """));
        assertThat(holidays.datesFor(Division.SCOTLAND)).containsExactly(LocalDate.of(2026, 1, 2));
        assertThat(holidays.datesFor(Division.ENGLAND_AND_WALES)).isEmpty();
    }

    @Test
    void malformedJsonOrBadDatesAreRejectedWithAClearMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BankHolidays.parse(json("{not json")))
                .withMessageContaining("GOV.UK");
        assertThatIllegalArgumentException().isThrownBy(() -> BankHolidays.parse(json("""
                {"scotland":{"division":"scotland","events":[{"title":"x","date":"2026-02-30"}]}}
                """))).withMessageContaining("2026-02-30");
        assertThatIllegalArgumentException().isThrownBy(() -> BankHolidays.parse(json("""
                {"scotland":{"division":"scotland","events":[{"title":"x"}]}}
                """))).withMessageContaining("scotland");
    }

    @Test
    void shippedDataIsLoadedOnceAndGivesACalendarPerDivision() {
        assertThat(BankHolidays.shipped()).isSameAs(BankHolidays.shipped());
        WorkingDayCalendar scotland = BankHolidays.shipped().calendarFor(Division.SCOTLAND);
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(BankHolidays.shipped().calendarFor(Division.ENGLAND_AND_WALES).isWorkingDay(LocalDate.of(2026, 1, 2)))
                .isTrue();
    }
}

package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LondonDatesTest {

    @Test
    void lateEveningUtcInSummerIsAlreadyTheNextDayInLondon() {
        assertThat(LondonDates.dateOf(Instant.parse("2024-06-30T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void lateEveningUtcInWinterIsTheSameDayInLondon() {
        assertThat(LondonDates.dateOf(Instant.parse("2024-01-30T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 1, 30));
    }

    @Test
    void aroundTheSpringChangeToBritishSummerTime() {
        // Clocks go forward at 01:00 UTC on Sunday 30 March 2025 (the last Sunday in March).
        assertThat(LondonDates.LONDON.getRules().getOffset(Instant.parse("2025-03-30T00:59:59Z")))
                .isEqualTo(ZoneOffset.UTC);
        assertThat(LondonDates.LONDON.getRules().getOffset(Instant.parse("2025-03-30T01:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(1));
        // 23:30 UTC the night before is 23:30 GMT: still Saturday 29 March.
        assertThat(LondonDates.dateOf(Instant.parse("2025-03-29T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 3, 29));
        // 00:30 on the Sunday is still GMT: Sunday 30 March.
        assertThat(LondonDates.dateOf(Instant.parse("2025-03-30T00:30:00Z"))).isEqualTo(LocalDate.of(2025, 3, 30));
        // 23:30 UTC on the Sunday is 00:30 BST on Monday 31 March.
        assertThat(LondonDates.dateOf(Instant.parse("2025-03-30T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aroundTheAutumnChangeBackToGreenwichMeanTime() {
        // Clocks go back at 01:00 UTC on Sunday 26 October 2025 (the last Sunday in October).
        // 23:30 UTC on Saturday 25 October is 00:30 BST on Sunday 26 October.
        assertThat(LondonDates.dateOf(Instant.parse("2025-10-25T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 10, 26));
        // 22:59 UTC on the Saturday is 23:59 BST, still Saturday.
        assertThat(LondonDates.dateOf(Instant.parse("2025-10-25T22:59:00Z"))).isEqualTo(LocalDate.of(2025, 10, 25));
        // Both 01:30s (BST then GMT) are on the Sunday.
        assertThat(LondonDates.dateOf(Instant.parse("2025-10-26T00:30:00Z"))).isEqualTo(LocalDate.of(2025, 10, 26));
        assertThat(LondonDates.dateOf(Instant.parse("2025-10-26T01:30:00Z"))).isEqualTo(LocalDate.of(2025, 10, 26));
        // 23:30 UTC on the Sunday is 23:30 GMT: still Sunday 26 October.
        assertThat(LondonDates.dateOf(Instant.parse("2025-10-26T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 10, 26));
    }

    @Test
    void todayComesFromTheClockInLondonWhateverTheClocksZone() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneOffset.ofHours(-8));
        assertThat(LondonDates.today(clock)).isEqualTo(LocalDate.of(2025, 7, 1));
    }
}

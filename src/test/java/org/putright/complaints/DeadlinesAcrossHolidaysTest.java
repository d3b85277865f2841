package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintBuilder.ENGLAND_AND_WALES;
import static org.putright.complaints.ComplaintBuilder.FAR_FUTURE;
import static org.putright.complaints.ComplaintBuilder.aComplaint;
import static org.putright.complaints.ComplaintBuilder.date;

import java.time.DayOfWeek;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.putright.calendar.BankHolidays;
import org.putright.calendar.Division;
import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDayCalendar;

/**
 * Deadlines and timeliness over Christmas, New Year and Easter (England and Wales bank holidays, as shipped), and the
 * day-0 rule: the day of receipt is day 0 whatever day it is. Hand counts are in the comments.
 */
class DeadlinesAcrossHolidaysTest {

    @Test
    void received_on_friday_19_december_2025_is_acknowledged_by_tuesday_30_december() {
        // Fri 19 Dec is day 0. Mon 22 (1), Tue 23 (2), Wed 24 (3), Thu 25 Christmas Day and Fri 26 Boxing Day skipped,
        // Mon 29 (4), Tue 30 Dec (5)
        Complaint c = aComplaint().receivedOn(date(2025, 12, 19)).build();
        assertThat(c.receivedOn().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(date(2025, 12, 30));
        // without the bank holidays it would be Fri 26 Dec
        assertThat(c.deadlines(1, WorkingDayCalendar.weekdaysOnly()).acknowledgeBy()).isEqualTo(date(2025, 12, 26));

        assertThat(c.acknowledgementTimeliness(1, date(2025, 12, 30), ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(c.acknowledgementTimeliness(1, date(2025, 12, 31), ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
        assertThat(aComplaint().receivedOn(date(2025, 12, 19)).acknowledged(date(2025, 12, 30), "officer.a").build()
                .acknowledgementTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
        assertThat(aComplaint().receivedOn(date(2025, 12, 19)).acknowledged(date(2025, 12, 31), "officer.a").build()
                .acknowledgementTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void stage_1_response_over_christmas_and_new_year() {
        // acknowledged Mon 22 Dec 2025: Tue 23 (1), Wed 24 (2), [25, 26 Dec], Mon 29 (3), Tue 30 (4), Wed 31 (5),
        // [Thu 1 Jan New Year's Day], Fri 2 Jan (6, a working day in England and Wales), Mon 5 (7), Tue 6 (8), Wed 7 (9), Thu 8 Jan (10)
        Complaint c = aComplaint().receivedOn(date(2025, 12, 19)).acknowledged(date(2025, 12, 22), "officer.a").build();
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 1, 8));
        // in Scotland 2 January is a bank holiday too: Fri 9 Jan
        WorkingDayCalendar scotland = BankHolidays.shipped().calendarFor(Division.SCOTLAND);
        assertThat(c.deadlines(1, scotland).respondBy()).isEqualTo(date(2026, 1, 9));

        Responses.respond(c, date(2026, 1, 8), Decision.UPHELD, "Upheld", java.util.List.of(), java.util.List.of(), java.util.List.of(), FAR_FUTURE);
        assertThat(c.responseTimeliness(1, FAR_FUTURE, ENGLAND_AND_WALES)).isEqualTo(Timeliness.MET);
    }

    @Test
    void received_on_christmas_eve_2025_skips_christmas_boxing_day_and_new_years_day() {
        // Wed 24 Dec is day 0. [25, 26 Dec], Mon 29 (1), Tue 30 (2), Wed 31 (3), [Thu 1 Jan], Fri 2 Jan (4), Mon 5 Jan (5)
        Complaint c = aComplaint().receivedOn(date(2025, 12, 24)).build();
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(date(2026, 1, 5));
        assertThat(c.nextStep(ENGLAND_AND_WALES)).isEqualTo(new Complaint.NextStep("ACKNOWLEDGE", date(2026, 1, 5)));
    }

    @Test
    void received_on_a_bank_holiday_counts_it_as_day_0() {
        // Thu 25 Dec is day 0. [Fri 26], Mon 29 (1), Tue 30 (2), Wed 31 (3), [Thu 1 Jan], Fri 2 Jan (4), Mon 5 Jan (5)
        assertThat(aComplaint().receivedOn(date(2025, 12, 25)).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 1, 5));
    }

    @Test
    void received_before_easter_2026() {
        // Thu 2 April is day 0. [Good Friday 3 April, Easter Monday 6 April], Tue 7 (1), Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5)
        Complaint c = aComplaint().receivedOn(date(2026, 4, 2)).build();
        assertThat(c.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(date(2026, 4, 13));
        // acknowledged Thu 2 April too: Tue 7 .. Fri 10 (4), Mon 13 .. Fri 17 (9), Mon 20 April (10)
        Complaint acknowledged = aComplaint().receivedOn(date(2026, 4, 2)).acknowledged(date(2026, 4, 2), "officer.a").build();
        assertThat(acknowledged.deadlines(1, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 4, 20));
        assertThat(acknowledged.responseTimeliness(1, date(2026, 4, 20), ENGLAND_AND_WALES)).isEqualTo(Timeliness.PENDING);
        assertThat(acknowledged.responseTimeliness(1, date(2026, 4, 21), ENGLAND_AND_WALES)).isEqualTo(Timeliness.MISSED);
    }

    @Test
    void received_on_a_saturday_is_acknowledged_by_the_following_friday() {
        // Sat 7 March 2026 is day 0. Mon 9 (1), Tue 10 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5)
        Complaint saturday = aComplaint().receivedOn(date(2026, 3, 7)).build();
        assertThat(saturday.receivedOn().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(saturday.deadlines(1, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(date(2026, 3, 13));
        // and a Sunday likewise
        assertThat(aComplaint().receivedOn(date(2026, 3, 8)).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 3, 13));
        // whereas the Friday before is acknowledged by Friday 13 too, and the Monday after by Monday 16
        assertThat(aComplaint().receivedOn(date(2026, 3, 6)).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 3, 13));
        assertThat(aComplaint().receivedOn(date(2026, 3, 9)).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 3, 16));
    }

    @Test
    void received_late_on_30_june_utc_is_received_on_1_july_in_london() {
        // the service turns the instant into the London date (LondonDates.dateOf); the aggregate takes that date
        var receivedOn = LondonDates.dateOf(Instant.parse("2026-06-30T23:30:00Z"));
        assertThat(receivedOn).isEqualTo(date(2026, 7, 1));
        // Wed 1 July is day 0: Thu 2 (1), Fri 3 (2), Mon 6 (3), Tue 7 (4), Wed 8 July (5); on 30 June it would be Tue 7 July
        assertThat(aComplaint().receivedOn(receivedOn).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 7, 8));
        assertThat(aComplaint().receivedOn(date(2026, 6, 30)).build().deadlines(1, ENGLAND_AND_WALES).acknowledgeBy())
                .isEqualTo(date(2026, 7, 7));
    }

    @Test
    void stage_2_deadlines_over_christmas() {
        // stage 1 responded Fri 12 Dec 2025; escalation requested Fri 19 Dec: stage 2 acknowledge by Tue 30 Dec (as above).
        // Acknowledged Tue 23 Dec: 20 working days: Wed 24 (1), [25, 26], Mon 29 (2), Tue 30 (3), Wed 31 (4), [1 Jan],
        // Fri 2 (5), Mon 5 .. Fri 9 (10), Mon 12 .. Fri 16 (15), Mon 19 .. Fri 23 Jan (20)
        Complaint c = aComplaint().receivedOn(date(2025, 12, 1)).acknowledged(date(2025, 12, 2), "officer.a")
                .responded(date(2025, 12, 12)).escalated(date(2025, 12, 19)).build();
        assertThat(c.deadlines(2, ENGLAND_AND_WALES).acknowledgeBy()).isEqualTo(date(2025, 12, 30));
        c.acknowledge(date(2025, 12, 23), "officer.b", ComplaintBuilder.definition("Still no heating"), FAR_FUTURE);
        assertThat(c.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2026, 1, 23));
    }
}

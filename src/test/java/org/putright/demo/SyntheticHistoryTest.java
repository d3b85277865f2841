package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDayCalendar;

/** The generator's plans: the same for a seed, and near the sector's rates and seasons. */
class SyntheticHistoryTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.weekdaysOnly();

    static SyntheticHistory.Parameters parameters(int homes, long seed) {
        return new SyntheticHistory.Parameters(homes, LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31), seed, List.of("a.officer"),
                List.of("a.manager"), "a.officer", "X");
    }

    static List<SyntheticCase> plans(SyntheticHistory.Parameters parameters) {
        List<SyntheticCase> cases = new ArrayList<>();
        new SyntheticHistory(parameters, CALENDAR).generate(cases::add);
        return cases;
    }

    @Test
    void the_same_seed_plans_the_same_history_and_another_seed_another() {
        assertThat(plans(parameters(3_000, 42))).isEqualTo(plans(parameters(3_000, 42)));
        assertThat(plans(parameters(3_000, 43))).isNotEqualTo(plans(parameters(3_000, 42)));
    }

    @Test
    void a_year_of_a_large_landlord_is_near_the_sectors_rates_with_more_in_winter() {
        int homes = 50_000;
        List<SyntheticCase> cases = plans(parameters(homes, 7));
        long serviceRequests = cases.stream().filter(c -> c.serviceRequestOn() != null).count();
        List<SyntheticCase> complaints = cases.stream().filter(c -> c.serviceRequestOn() == null).toList();
        double perThousand = complaints.size() * 1000.0 / homes;
        assertThat(perThousand).isBetween(36.0, 44.0);
        assertThat(serviceRequests * 1000.0 / homes).isBetween(5.5, 8.5);
        long refused = complaints.stream().filter(c -> c.refusalGround() != null).count();
        assertThat(refused * 100.0 / complaints.size()).isBetween(2.5, 5.5);
        List<SyntheticCase> answered = complaints.stream().filter(c -> c.stage1() != null).toList();
        long escalated = answered.stream().filter(c -> c.escalationRequestedOn() != null).count();
        assertThat(escalated * 100.0 / answered.size()).isBetween(17.0, 23.0);
        long extended = answered.stream().filter(c -> !c.stage1().extensions().isEmpty()).count();
        assertThat(extended * 100.0 / answered.size()).isBetween(11.0, 17.0);
        long compensated = answered.stream().filter(c -> c.stage1().compensation() != null).count();
        assertThat(compensated).isGreaterThan(answered.size() / 5);
        // January against July
        long january = complaints.stream().filter(c -> c.receivedOn().getMonth() == Month.JANUARY).count();
        long july = complaints.stream().filter(c -> c.receivedOn().getMonth() == Month.JULY).count();
        assertThat(january).isGreaterThan(july * 5 / 4);
        long dampInJanuary = complaints.stream().filter(c -> c.receivedOn().getMonth() == Month.JANUARY)
                .filter(c -> "DAMP_AND_MOULD".equals(c.serviceArea())).count();
        long dampInJuly = complaints.stream().filter(c -> c.receivedOn().getMonth() == Month.JULY)
                .filter(c -> "DAMP_AND_MOULD".equals(c.serviceArea())).count();
        assertThat(dampInJanuary).isGreaterThan(dampInJuly * 2);
        // some homes complain again and again (repeats, 9.4)
        long homesComplaining = complaints.stream().mapToInt(SyntheticCase::home).distinct().count();
        assertThat(homesComplaining).isLessThan(complaints.size() * 9L / 10);
    }
}

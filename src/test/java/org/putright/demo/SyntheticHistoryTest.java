package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintService.NewComplaint;
import org.putright.complaints.Definition;
import org.putright.complaints.ResponseDraft;
import org.putright.ombudsman.Finding;
import org.putright.ombudsman.OmbudsmanRecords;
import org.putright.ombudsman.OmbudsmanRecords.OrderKind;

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

    @Test
    void a_few_stage_2_complaints_go_to_the_ombudsman_which_mostly_finds_failings_and_orders_remedies_mostly_complied_with() {
        int homes = 50_000;
        List<SyntheticCase> cases = plans(parameters(homes, 7));
        List<SyntheticCase> stage2 = cases.stream().filter(c -> c.stage2() != null).toList();
        List<SyntheticCase.Ombudsman> referred = stage2.stream().map(SyntheticCase::ombudsman).filter(o -> o != null).toList();
        assertThat(referred.size() * 100.0 / stage2.size()).isBetween(12.0, 18.0);
        // about one case a year per 1,000 homes
        assertThat(referred.size() * 1000.0 / homes).isBetween(0.7, 1.5);
        assertThat(cases.stream().filter(c -> c.stage2() == null && c.ombudsman() != null)).isEmpty();
        for (SyntheticCase c : stage2) {
            SyntheticCase.Ombudsman o = c.ombudsman();
            if (o == null) {
                continue;
            }
            assertThat(o.referredOn()).isAfter(c.stage2().respondedOn());
            assertThat(o.investigatingOn()).isAfter(o.referredOn());
            assertThat(o.determinedOn()).isAfter(o.investigatingOn());
            assertThat(o.findings()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (SyntheticCase.Order order : o.orders()) {
                assertThat(order.kind() == OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER ? order.madeOn().isBefore(o.determinedOn())
                        : order.madeOn().equals(o.determinedOn())).isTrue();
                assertThat(order.dueOn() == null).isEqualTo(order.kind() == OrderKind.RECOMMENDATION);
                if (order.compliedOn() != null) {
                    assertThat(order.compliedOn()).isAfterOrEqualTo(order.madeOn());
                }
            }
        }
        // findings: failings in more than half of the elements, severe maladministration rare, every kind found
        List<Finding> findings = referred.stream().flatMap(o -> o.findings().stream()).toList();
        assertThat(findings).contains(Finding.values());
        assertThat(findings.stream().filter(Finding::failing).count() * 100.0 / findings.size()).isBetween(50.0, 70.0);
        assertThat(findings.stream().filter(f -> f == Finding.SEVERE_MALADMINISTRATION).count() * 100.0 / findings.size()).isLessThan(8.0);
        // orders: mostly complied with on time, some late, a few never; now and then a complaint handling failure order
        List<SyntheticCase.Order> binding = referred.stream().flatMap(o -> o.orders().stream())
                .filter(order -> order.kind() != OrderKind.RECOMMENDATION).toList();
        long onTime = binding.stream().filter(order -> order.compliedOn() != null && !order.compliedOn().isAfter(order.dueOn())).count();
        long late = binding.stream().filter(order -> order.compliedOn() != null && order.compliedOn().isAfter(order.dueOn())).count();
        long never = binding.stream().filter(order -> order.compliedOn() == null).count();
        assertThat(onTime * 100.0 / binding.size()).isBetween(70.0, 90.0);
        assertThat(late * 100.0 / binding.size()).isBetween(8.0, 20.0);
        assertThat(never * 100.0 / binding.size()).isBetween(2.0, 10.0);
        long failureOrders = binding.stream().filter(order -> order.kind() == OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER).count();
        assertThat(failureOrders * 100.0 / referred.size()).isBetween(2.0, 10.0);
        assertThat(referred.stream().filter(o -> o.findings().stream().anyMatch(Finding::failing))
                .allMatch(o -> o.orders().stream().anyMatch(order -> order.kind() == OrderKind.ORDER))).isTrue();
    }

    @Test
    void no_step_played_is_dated_after_today_and_some_ombudsman_cases_are_still_being_investigated() {
        LocalDate today = LocalDate.of(2042, 2, 10);
        var parameters = new SyntheticHistory.Parameters(20_000, LocalDate.of(2040, 4, 1), LocalDate.of(2042, 3, 31), 11,
                List.of("a.officer"), List.of("a.manager"), "a.officer", "X");
        SyntheticHistory history = new SyntheticHistory(parameters, CALENDAR);
        DatedSteps steps = new DatedSteps();
        history.generate(c -> history.play(c, steps, today));
        assertThat(steps.dates).isNotEmpty().allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(today));
        assertThat(steps.referred).isGreaterThan(15);
        assertThat(steps.undetermined).isGreaterThan(0); // recent referrals are still in the Ombudsman's queue
        assertThat(steps.determined).isGreaterThan(0);
        assertThat(steps.complied).isGreaterThan(0);
        // and the plans go on past today: the rest is simply not played yet
        assertThat(plans(parameters).stream().filter(c -> c.ombudsman() != null).anyMatch(c -> c.ombudsman().determinedOn().isAfter(today)))
                .isTrue();
    }

    @Test
    void the_demos_landlord_has_a_determined_ombudsman_case_with_orders_whatever_day_it_starts() {
        for (LocalDate today = LocalDate.of(2041, 1, 6); today.isBefore(LocalDate.of(2043, 1, 1)); today = today.plusDays(37)) {
            var parameters = SyntheticDomainLoad.parameters(1000, 2, today, 2024);
            SyntheticHistory history = new SyntheticHistory(parameters, CALENDAR);
            DatedSteps steps = new DatedSteps();
            LocalDate day = today;
            history.generate(c -> history.play(c, steps, day));
            assertThat(steps.ordersWithDetermination).as("orders with a determination by " + today).isGreaterThan(0);
        }
    }

    /** Counts what is played and every date a step is done on. */
    static final class DatedSteps implements SyntheticHistory.Steps {

        final List<LocalDate> dates = new ArrayList<>();
        int referred;
        int undetermined;
        int determined;
        int ordersWithDetermination;
        int complied;

        @Override
        public void receive(SyntheticCase c, NewComplaint request, String actor) {
            dates.add(c.receivedOn());
        }

        @Override
        public void at(LocalDate day, String actor) {
            dates.add(day);
        }

        @Override
        public void categorise(String serviceArea, String cause, String team) {
        }

        @Override
        public void triageAsServiceRequest(String reasons) {
        }

        @Override
        public void resolveServiceRequest(LocalDate resolvedOn, String summary) {
            dates.add(resolvedOn);
        }

        @Override
        public void acknowledge(LocalDate acknowledgedOn, String handler, Definition definition) {
            dates.add(acknowledgedOn);
        }

        @Override
        public void extend(int days, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays) {
            dates.add(residentInformedOn);
        }

        @Override
        public void respond(ResponseDraft draft) {
            dates.add(draft.respondedOn());
        }

        @Override
        public void completeOutstandingAction(int stage, int action, LocalDate completedOn, String evidence) {
            dates.add(completedOn);
        }

        @Override
        public void requestEscalation(LocalDate requestedOn, String reason) {
            dates.add(requestedOn);
        }

        @Override
        public void refuse(String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
            dates.add(decidedOn);
        }

        @Override
        public void addNote(String text) {
        }

        @Override
        public void close(LocalDate closedOn, String reason) {
            dates.add(closedOn);
        }

        @Override
        public void referToOmbudsman(String ombudsmanReference, LocalDate referredOn) {
            dates.add(referredOn);
            referred++;
            undetermined++;
        }

        @Override
        public void ombudsmanInvestigating(LocalDate on) {
            dates.add(on);
        }

        @Override
        public void ombudsmanDetermination(LocalDate determinedOn, List<OmbudsmanRecords.Element> elements) {
            dates.add(determinedOn);
            determined++;
            undetermined--;
        }

        @Override
        public void ombudsmanOrder(int order, OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn) {
            dates.add(madeOn);
            if (kind != OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER) {
                ordersWithDetermination++;
            }
        }

        @Override
        public void ombudsmanCompliance(int order, LocalDate compliedOn, String evidence) {
            dates.add(compliedOn);
            complied++;
        }
    }
}

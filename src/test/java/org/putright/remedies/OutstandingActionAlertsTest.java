package org.putright.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.web.servlet.MockMvc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 6.6 / 6.17: overdue outstanding actions raise alerts on schedule; the tests drive the clock. The database is shared,
 * so every assertion is about this test's own complaint.
 */
@WithDatabase
class OutstandingActionAlertsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    RemedyAlerts alerts;

    @Autowired
    Scheduler scheduler;

    @Autowired
    RecurringTask<Void> remedyAlertsTask;

    @Autowired
    ConfigurableApplicationContext context;

    Api api;

    /** Overdue events from any thread (the scheduler's included), for this test's complaint only. */
    final List<OutstandingActionOverdue> overdueEvents = new CopyOnWriteArrayList<>();
    ApplicationListener<PayloadApplicationEvent<OutstandingActionOverdue>> listener;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("alerts.officer", "COMPLAINTS_OFFICER").staff("alerts.viewer", "GOVERNANCE_VIEWER");
        listener = event -> overdueEvents.add(event.getPayload());
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        context.removeApplicationListener(listener);
    }

    private void setToday(LocalDate date) {
        clock.set(date.atTime(8, 0).atZone(LONDON).toInstant());
    }

    private List<RemedyAlerts.Alert> alertsFor(String complaintId) {
        return alerts.list(false, UUID.fromString(complaintId));
    }

    private List<OutstandingActionOverdue> overdueFor(String complaintId) {
        return overdueEvents.stream().filter(e -> e.complaintId().toString().equals(complaintId)).toList();
    }

    @Test
    void provision_6_17_a_reminder_before_the_due_date_then_one_overdue_alert_once_it_passes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Monday 1 June 2026: "Write to the resident" is due Wednesday 3 June, two working days away
        setToday(LocalDate.of(2026, 6, 1));
        String id = new RespondedCases(api, "alerts.officer")
                .action("Write to the resident " + tag, LocalDate.of(2026, 6, 3), "Complaints Team")
                .action("Replace the boiler " + tag, LocalDate.of(2026, 6, 30), "Repairs Manager")
                .action("Inspect the flue " + tag, LocalDate.of(2026, 6, 2), "Gas Safety Lead")
                .respond("Resident " + tag, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20));
        var completed = api.as("alerts.officer").post("/api/v1/complaints/" + id + "/outstanding-actions/completion",
                Map.of("stage", 1, "action", 2, "completedOn", "2026-05-29", "evidence", "Flue inspected, certificate 77"));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        alerts.raiseDue();

        assertThat(alertsFor(id)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(RemedyAlerts.Kind.REMINDER);
            assertThat(alert.actionIndex()).isZero();
            assertThat(alert.owner()).isEqualTo("Complaints Team");
            assertThat(alert.raisedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        });
        assertThat(overdueFor(id)).isEmpty();

        // Thursday 4 June: the letter is a day late; the boiler is not yet due, the flue was done
        setToday(LocalDate.of(2026, 6, 4));
        alerts.raiseDue();

        assertThat(alertsFor(id)).extracting(RemedyAlerts.Alert::kind, RemedyAlerts.Alert::actionIndex)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RemedyAlerts.Kind.REMINDER, 0),
                        org.assertj.core.groups.Tuple.tuple(RemedyAlerts.Kind.OVERDUE, 0));
        assertThat(overdueFor(id)).singleElement().satisfies(event -> {
            assertThat(event.actionIndex()).isZero();
            assertThat(event.stage()).isEqualTo(1);
            assertThat(event.dueOn()).isEqualTo(LocalDate.of(2026, 6, 3));
            assertThat(event.owner()).isEqualTo("Complaints Team");
            assertThat(event.description()).isEqualTo("Write to the resident " + tag);
            assertThat(event.reference()).isNotBlank();
        });

        // running again, that day or the next, raises nothing new
        alerts.raiseDue();
        setToday(LocalDate.of(2026, 6, 5));
        alerts.raiseDue();
        assertThat(alertsFor(id)).hasSize(2);
        assertThat(overdueFor(id)).hasSize(1);
    }

    @Test
    void provision_6_17_a_completed_action_raises_no_alert_even_when_its_date_has_passed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        setToday(LocalDate.of(2026, 6, 1));
        String id = new RespondedCases(api, "alerts.officer")
                .action("Refund the charge " + tag, LocalDate.of(2026, 6, 2), "Income Team")
                .respond("Resident " + tag, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20));
        assertThat(api.as("alerts.officer").post("/api/v1/complaints/" + id + "/outstanding-actions/completion",
                Map.of("stage", 1, "action", 0, "completedOn", "2026-05-28", "evidence", "Refund made, ledger entry 4411")).status()).isEqualTo(200);

        setToday(LocalDate.of(2026, 6, 10));
        alerts.raiseDue();

        assertThat(alertsFor(id)).isEmpty();
        assertThat(overdueFor(id)).isEmpty();
    }

    @Test
    void alerts_are_listed_open_and_acknowledged_without_being_removed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        setToday(LocalDate.of(2026, 6, 1));
        String id = new RespondedCases(api, "alerts.officer")
                .action("Call the resident " + tag, LocalDate.of(2026, 5, 27), "Complaints Team")
                .respond("Resident " + tag, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20));
        alerts.raiseDue();

        var open = api.as("alerts.viewer").get("/api/v1/alerts?open=true&complaintId=" + id);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).hasSize(1);
        JsonNode alert = open.body().get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(alert.get("reference").asString()).startsWith("CMP-");
        assertThat(alert.get("dueOn").asString()).isEqualTo("2026-05-27");
        String alertId = alert.get("id").asString();

        assertThat(api.as("alerts.viewer").post("/api/v1/alerts/" + alertId + "/acknowledgement", null).status()).isEqualTo(403);
        var acknowledged = api.as("alerts.officer").post("/api/v1/alerts/" + alertId + "/acknowledgement", null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.text("/acknowledgedBy")).isEqualTo("alerts.officer");

        assertThat(api.as("alerts.viewer").get("/api/v1/alerts?open=true&complaintId=" + id).body()).isEmpty();
        var all = api.as("alerts.viewer").get("/api/v1/alerts?complaintId=" + id);
        assertThat(all.body()).hasSize(1);
        assertThat(all.body().get(0).get("acknowledgedAt").isNull()).isFalse();

        var again = api.as("alerts.officer").post("/api/v1/alerts/" + alertId + "/acknowledgement", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.as("alerts.officer").post("/api/v1/alerts/" + UUID.randomUUID() + "/acknowledgement", null).status()).isEqualTo(404);
    }

    @Test
    void the_alert_run_is_a_daily_recurring_task_at_seven_in_the_morning_london_time() {
        assertThat(remedyAlertsTask.getName()).isEqualTo(RemedyAlertsSchedule.TASK_NAME);
        var scheduled = scheduler.getScheduledExecution(TaskInstanceId.of(RemedyAlertsSchedule.TASK_NAME, RecurringTask.INSTANCE));
        assertThat(scheduled).isPresent();
        assertThat(scheduled.get().getExecutionTime().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void provision_6_17_the_scheduler_raises_the_overdue_alert_when_the_clock_passes_seven_oclock() throws InterruptedException {
        Instant next = scheduler.getScheduledExecution(TaskInstanceId.of(RemedyAlertsSchedule.TASK_NAME, RecurringTask.INSTANCE))
                .orElseThrow().getExecutionTime();
        LocalDate runDay = next.atZone(LONDON).toLocalDate();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // promised, a week before the run, for two days before it
        setToday(runDay.minusDays(7));
        String id = new RespondedCases(api, "alerts.officer")
                .action("Send the surveyor " + tag, runDay.minusDays(2), "Surveying Team")
                .respond("Resident " + tag, runDay.minusDays(30), runDay.minusDays(7));
        assertThat(alertsFor(id)).isEmpty();

        clock.set(next.plus(Duration.ofMinutes(1)));
        scheduler.triggerCheckForDueExecutions();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (alertsFor(id).isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }

        assertThat(alertsFor(id)).singleElement().extracting(RemedyAlerts.Alert::kind).isEqualTo(RemedyAlerts.Kind.OVERDUE);
        assertThat(overdueFor(id)).hasSize(1);
        // and the run is booked again for seven o'clock the next day: a daily schedule
        Instant expected = runDay.plusDays(1).atTime(7, 0).atZone(LONDON).toInstant();
        while (!nextRun().equals(expected) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(nextRun()).isEqualTo(expected);
    }

    private Instant nextRun() {
        return scheduler.getScheduledExecution(TaskInstanceId.of(RemedyAlertsSchedule.TASK_NAME, RecurringTask.INSTANCE))
                .orElseThrow().getExecutionTime();
    }
}

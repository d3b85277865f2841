package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * 9.7 c: the Ombudsman's orders are reminded as they fall due and raise one overdue alert (and event) when past due
 * without compliance. The tests drive the clock; assertions are about this test's own cases.
 */
@WithDatabase
class OmbudsmanRemindersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String OFFICER = "omb.reminders.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    OmbudsmanReminders reminders;

    @Autowired
    Scheduler scheduler;

    @Autowired
    RecurringTask<Void> ombudsmanRemindersTask;

    @Autowired
    ConfigurableApplicationContext context;

    OmbudsmanFixtures fixtures;

    final List<OmbudsmanOrderOverdue> overdueEvents = new CopyOnWriteArrayList<>();
    ApplicationListener<PayloadApplicationEvent<OmbudsmanOrderOverdue>> listener;

    @BeforeEach
    void setUp() {
        fixtures = new OmbudsmanFixtures(new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER"), OFFICER);
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

    private List<OmbudsmanReminders.Alert> alertsFor(String caseId) {
        return reminders.list(false, UUID.fromString(caseId));
    }

    private List<OmbudsmanOrderOverdue> overdueFor(String caseId) {
        return overdueEvents.stream().filter(e -> e.caseId().toString().equals(caseId)).toList();
    }

    @Test
    void provision_9_7_c_one_reminder_as_an_order_falls_due_then_one_overdue_alert_and_none_for_orders_complied_with() {
        String tag = OmbudsmanFixtures.tag();
        // Monday 1 June 2026; the reminder window is 5 working days, to Monday 8 June
        setToday(LocalDate.of(2026, 6, 1));
        String id = fixtures.referredCase("HOS-A-" + tag, LocalDate.of(2026, 4, 1));
        fixtures.addOrder(id, "COMPLAINT_HANDLING_FAILURE_ORDER", "Send the file " + tag, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 29));
        OmbudsmanFixtures.check(fixtures.determine(id, LocalDate.of(2026, 5, 1), "Damp repairs", "MALADMINISTRATION"), 200);
        String apology = fixtures.addOrder(id, "ORDER", "Apologise in writing " + tag, null, LocalDate.of(2026, 6, 5));
        fixtures.addOrder(id, "ORDER", "Review the damp cases " + tag, null, LocalDate.of(2026, 6, 30));
        String paid = fixtures.addOrder(id, "ORDER", "Pay £300 " + tag, null, LocalDate.of(2026, 6, 3));
        OmbudsmanFixtures.check(fixtures.comply(id, paid, LocalDate.of(2026, 5, 20), "Paid, ledger 881"), 200);
        fixtures.addOrder(id, "RECOMMENDATION", "Train staff " + tag, null, LocalDate.of(2026, 5, 15));

        reminders.raiseDue();

        assertThat(alertsFor(id)).extracting(OmbudsmanReminders.Alert::kind, OmbudsmanReminders.Alert::description)
                .containsExactlyInAnyOrder(tuple(OmbudsmanReminders.Kind.OVERDUE, "Send the file " + tag),
                        tuple(OmbudsmanReminders.Kind.REMINDER, "Apologise in writing " + tag));
        assertThat(overdueFor(id)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("COMPLAINT_HANDLING_FAILURE_ORDER");
            assertThat(event.ombudsmanReference()).isEqualTo("HOS-A-" + tag);
            assertThat(event.complaintReference()).startsWith("CMP-");
            assertThat(event.dueOn()).isEqualTo(LocalDate.of(2026, 5, 29));
            assertThat(event.raisedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        });

        reminders.raiseDue();
        assertThat(alertsFor(id)).hasSize(2);

        // Monday 8 June: the apology is three days late; the review is not yet within the window
        setToday(LocalDate.of(2026, 6, 8));
        reminders.raiseDue();
        assertThat(alertsFor(id)).extracting(OmbudsmanReminders.Alert::kind, OmbudsmanReminders.Alert::description)
                .containsExactlyInAnyOrder(tuple(OmbudsmanReminders.Kind.OVERDUE, "Send the file " + tag),
                        tuple(OmbudsmanReminders.Kind.REMINDER, "Apologise in writing " + tag),
                        tuple(OmbudsmanReminders.Kind.OVERDUE, "Apologise in writing " + tag));
        assertThat(overdueFor(id)).extracting(OmbudsmanOrderOverdue::orderId).hasSize(2).contains(UUID.fromString(apology));

        setToday(LocalDate.of(2026, 6, 9));
        reminders.raiseDue();
        assertThat(alertsFor(id)).hasSize(3);
        assertThat(overdueFor(id)).hasSize(2);

        // once complied with, the order's alerts are no longer open
        OmbudsmanFixtures.check(fixtures.comply(id, apology, LocalDate.of(2026, 6, 9), "Letter sent 9 June"), 200);
        assertThat(reminders.list(true, UUID.fromString(id))).extracting(OmbudsmanReminders.Alert::description)
                .containsExactly("Send the file " + tag);
    }

    @Test
    void the_reminders_are_a_daily_recurring_task_at_half_past_seven_london_time() {
        assertThat(ombudsmanRemindersTask.getName()).isEqualTo(OmbudsmanRemindersSchedule.TASK_NAME);
        assertThat(reminders.reminderWorkingDays()).isEqualTo(5);
        var scheduled = scheduler.getScheduledExecution(TaskInstanceId.of(OmbudsmanRemindersSchedule.TASK_NAME, RecurringTask.INSTANCE));
        assertThat(scheduled).isPresent();
        assertThat(scheduled.get().getExecutionTime().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void provision_9_7_c_the_scheduler_raises_the_overdue_alert_when_the_clock_passes_half_past_seven() throws InterruptedException {
        Instant next = nextRun();
        LocalDate runDay = next.atZone(LONDON).toLocalDate();
        String tag = OmbudsmanFixtures.tag();
        setToday(runDay.minusDays(7));
        String id = fixtures.referredCase("HOS-S-" + tag, runDay.minusDays(30));
        OmbudsmanFixtures.check(fixtures.determine(id, runDay.minusDays(20), "Repairs", "SERVICE_FAILURE"), 200);
        fixtures.addOrder(id, "ORDER", "Inspect the roof " + tag, null, runDay.minusDays(2));
        String complied = fixtures.addOrder(id, "ORDER", "Refund the charge " + tag, null, runDay.minusDays(3));
        OmbudsmanFixtures.check(fixtures.comply(id, complied, runDay.minusDays(7), "Refunded"), 200);
        assertThat(alertsFor(id)).isEmpty();

        clock.set(next.plus(Duration.ofMinutes(1)));
        scheduler.triggerCheckForDueExecutions();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (alertsFor(id).isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }

        assertThat(alertsFor(id)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(OmbudsmanReminders.Kind.OVERDUE);
            assertThat(alert.description()).isEqualTo("Inspect the roof " + tag);
        });
        assertThat(overdueFor(id)).hasSize(1);
        Instant expected = runDay.plusDays(1).atTime(7, 30).atZone(LONDON).toInstant();
        while (!nextRun().equals(expected) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(nextRun()).isEqualTo(expected);
    }

    private Instant nextRun() {
        return scheduler.getScheduledExecution(TaskInstanceId.of(OmbudsmanRemindersSchedule.TASK_NAME, RecurringTask.INSTANCE))
                .orElseThrow().getExecutionTime();
    }
}

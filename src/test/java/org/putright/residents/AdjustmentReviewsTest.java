package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 5.10: reasonable adjustments are kept under review — review dates fall due, are reminded once, and each review is kept. */
@WithDatabase
class AdjustmentReviewsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ResidentRecords residents;

    @Autowired
    Adjustments adjustments;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    Scheduler scheduler;

    @Autowired
    RecurringTask<Void> reviewRemindersTask;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api api;
    final List<ReviewDue> dueEvents = new CopyOnWriteArrayList<>();
    ApplicationListener<PayloadApplicationEvent<ReviewDue>> listener;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("care.officer", "COMPLAINTS_OFFICER").staff("care.viewer", "GOVERNANCE_VIEWER");
        listener = event -> dueEvents.add(event.getPayload());
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        context.removeApplicationListener(listener);
    }

    private void setToday(LocalDate date) {
        clock.set(date.atTime(9, 0).atZone(LONDON).toInstant());
    }

    private Api.Response agree(UUID residentId, String kind, String detail, LocalDate agreedOn, LocalDate reviewOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("detail", detail);
        body.put("agreedOn", agreedOn == null ? null : agreedOn.toString());
        body.put("reviewOn", reviewOn == null ? null : reviewOn.toString());
        return api.as("care.officer").post("/api/v1/residents/" + residentId + "/adjustments", body);
    }

    private List<String> queued(UUID adjustmentId, int within) {
        Api.Response due = api.as("care.viewer").get("/api/v1/reviews/due?within=" + within);
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        return due.body().valueStream().filter(d -> d.get("itemId").asString().equals(adjustmentId.toString()))
                .map(d -> d.get("urgency").asString() + " " + d.get("reviewOn").asString()).toList();
    }

    private long reminderRows(UUID adjustmentId) {
        return jdbc.sql("select count(*) from review_reminder where item_kind = 'ADJUSTMENT' and item_id = ?").param(adjustmentId)
                .query(Long.class).single();
    }

    private List<ReviewDue> eventsFor(UUID adjustmentId) {
        return dueEvents.stream().filter(e -> e.itemId().equals(adjustmentId)).toList();
    }

    @Test
    void provision_5_10_adjustment_reviews_fall_due() throws InterruptedException {
        Instant next = scheduler.getScheduledExecution(TaskInstanceId.of(ReviewRemindersSchedule.TASK_NAME, RecurringTask.INSTANCE))
                .orElseThrow().getExecutionTime();
        LocalDate runDay = next.atZone(LONDON).toLocalDate();
        LocalDate agreedOn = runDay.minusDays(40);
        LocalDate reviewOn = runDay.plusDays(1);
        setToday(agreedOn);
        var linked = CareFixtures.resident(api.as("care.officer"), residents, "Review Resident", agreedOn.minusDays(1));
        Api.Response agreed = agree(linked.residentId(), "TRANSLATION", "Polish: letters translated, interpreter on calls", agreedOn, reviewOn);
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);
        UUID id = UUID.fromString(agreed.text("/id"));
        assertThat(agreed.text("/kindLabel")).isEqualTo("Translation");
        assertThat(agreed.text("/agreedBy")).isEqualTo("care.officer");
        assertThat(queued(id, 5)).as("forty days before, nothing is due").isEmpty();

        // the morning run on the day before the review: the scheduler itself raises the reminder
        clock.set(next.plus(Duration.ofMinutes(1)));
        scheduler.triggerCheckForDueExecutions();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (reminderRows(id) == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(reminderRows(id)).isEqualTo(1);
        giveUp = Instant.now().plusSeconds(10);
        while (eventsFor(id).isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(eventsFor(id)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ReviewDue.Item.ADJUSTMENT);
            assertThat(event.residentId()).isEqualTo(linked.residentId());
            assertThat(event.reviewOn()).isEqualTo(reviewOn);
        });
        assertThat(queued(id, 10)).containsExactly("DUE_SOON " + reviewOn);
        assertThat(queued(id, 0)).as("due tomorrow is not within zero working days").isEmpty();

        // running again raises nothing new, that day or the next when it is overdue
        reminders.raiseDue();
        setToday(reviewOn.plusDays(1));
        reminders.raiseDue();
        assertThat(reminderRows(id)).isEqualTo(1);
        assertThat(eventsFor(id)).hasSize(1);
        assertThat(queued(id, 0)).containsExactly("OVERDUE " + reviewOn);
        assertThat(adjustments.activeFor(linked.residentId(), reviewOn.plusDays(1))).as("overdue for review, still in force")
                .extracting(Adjustments.Adjustment::id).containsExactly(id);

        // the review is recorded: the next date moves on, the review is kept, and the queue no longer lists it
        LocalDate nextReview = reviewOn.plusMonths(6);
        Api.Response reviewed = api.as("care.officer").post("/api/v1/adjustments/" + id + "/reviews", Map.of("reviewedOn",
                reviewOn.plusDays(1).toString(), "outcome", "CONTINUE", "notes", "Still needed; resident happy with it.", "nextReviewOn",
                nextReview.toString()));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        assertThat(reviewed.text("/reviewOn")).isEqualTo(nextReview.toString());
        assertThat(reviewed.body().get("reviews")).hasSize(1);
        assertThat(reviewed.text("/reviews/0/reviewedBy")).isEqualTo("care.officer");
        assertThat(queued(id, 10)).isEmpty();
        assertThat(jdbc.sql("select count(*) from adjustment_review where adjustment_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from resident_event where resident_id = ? and event_type = 'AdjustmentReviewed'")
                .param(linked.residentId()).query(Long.class).single()).isEqualTo(1);
        // the new date gets its own reminder in time
        setToday(nextReview.minusDays(1));
        reminders.raiseDue();
        assertThat(reminderRows(id)).isEqualTo(2);
    }

    @Test
    void the_reminder_run_is_a_daily_task_at_a_quarter_past_seven_london_time() {
        assertThat(reviewRemindersTask.getName()).isEqualTo(ReviewRemindersSchedule.TASK_NAME);
        var scheduled = scheduler.getScheduledExecution(TaskInstanceId.of(ReviewRemindersSchedule.TASK_NAME, RecurringTask.INSTANCE));
        assertThat(scheduled).isPresent();
        assertThat(scheduled.get().getExecutionTime().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 15));
    }

    @Test
    void an_adjustment_needs_a_review_date_not_in_the_past_and_the_detail_its_kind_needs() {
        LocalDate today = LocalDate.now(LONDON);
        var linked = CareFixtures.resident(api.as("care.officer"), residents, "Checks Resident", today.minusDays(3));
        UUID resident = linked.residentId();

        assertThat(field(agree(resident, "LARGE_PRINT", null, today, null))).isEqualTo("reviewOn");
        assertThat(field(agree(resident, "LARGE_PRINT", null, today, today.minusDays(1)))).isEqualTo("reviewOn");
        assertThat(field(agree(resident, "TRANSLATION", " ", today, today.plusMonths(6)))).isEqualTo("detail");
        assertThat(field(agree(resident, "TELEPATHY", null, today, today.plusMonths(6)))).isEqualTo("kind");
        assertThat(field(agree(resident, "LARGE_PRINT", null, today.plusDays(1), today.plusMonths(6)))).isEqualTo("agreedOn");
        assertThat(agree(UUID.randomUUID(), "LARGE_PRINT", null, today, today.plusMonths(6)).status()).isEqualTo(404);
        assertThat(api.as("care.viewer").post("/api/v1/residents/" + resident + "/adjustments", Map.of("kind", "AUDIO")).status())
                .isEqualTo(403);

        Api.Response ok = agree(resident, "LARGE_PRINT", "16 point Arial", today, today.plusMonths(6));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        String id = ok.text("/id");
        // a review must set the next date unless it ends the adjustment
        assertThat(field(api.as("care.officer").post("/api/v1/adjustments/" + id + "/reviews",
                Map.of("reviewedOn", today.toString(), "outcome", "CONTINUE")))).isEqualTo("nextReviewOn");
        Api.Response changed = api.as("care.officer").post("/api/v1/adjustments/" + id + "/reviews", Map.of("reviewedOn", today.toString(),
                "outcome", "CHANGE", "newDetail", "20 point Arial", "nextReviewOn", today.plusMonths(3).toString()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(changed.text("/detail")).isEqualTo("20 point Arial");
        Api.Response ended = api.as("care.officer").post("/api/v1/adjustments/" + id + "/end",
                Map.of("reason", "The resident now prefers email."));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.text("/endedOn")).isEqualTo(today.toString());
        assertThat(api.as("care.officer").post("/api/v1/adjustments/" + id + "/end", Map.of("reason", "Again")).status()).isEqualTo(409);
        assertThat(adjustments.activeFor(resident, today)).isEmpty();

        JsonNode listed = api.as("care.viewer").get("/api/v1/residents/" + resident + "/adjustments").body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("reviews")).hasSize(1);
        assertThat(jdbc.sql("select event_type from resident_event where resident_id = ? and event_type like 'Adjustment%' order by sequence")
                .param(resident).query(String.class).list()).containsExactly("AdjustmentAgreed", "AdjustmentReviewed", "AdjustmentEnded");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        return response.text("/errors/0/field");
    }
}

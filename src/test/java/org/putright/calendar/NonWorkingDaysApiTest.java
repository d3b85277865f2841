package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The landlord's extra non-working days through the API. The test database is shared by every test in the JVM and
 * never emptied, so each test uses its own dates in 2027 (2026 must keep England and Wales bank holidays only) and
 * withdraws what it adds.
 */
@WithDatabase
@RecordApplicationEvents
class NonWorkingDaysApiTest {

    private static final String DAYS = "/api/v1/calendar/non-working-days";
    private static final String MANAGER = "cal.manager";
    private static final String ADMIN = Api.ADMIN;
    private static final String INVESTIGATOR = "cal.investigator";
    private static final String VIEWER = "cal.viewer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    WorkingDays workingDays;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(MANAGER, "MANAGER").staff(INVESTIGATOR, "INVESTIGATING_OFFICER")
                .staff(VIEWER, "GOVERNANCE_VIEWER");
    }

    @Test
    void an_added_day_is_skipped_by_the_calculator_and_counted_again_once_withdrawn() {
        // Monday 14 June 2027 + 3 working days is Thursday 17th; closing Wednesday 16th moves it to Friday 18th.
        assertThat(dueOn("2027-06-14", 3)).isEqualTo("2027-06-17");

        var added = api.as(MANAGER).post(DAYS, Map.of("date", "2027-06-16", "reason", "Staff training day"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("/date")).isEqualTo("2027-06-16");
        assertThat(added.text("/reason")).isEqualTo("Staff training day");
        assertThat(added.text("/addedBy")).isEqualTo(MANAGER);
        assertThat(added.text("/addedAt")).isNotBlank();
        assertThat(added.body().get("active").asBoolean()).isTrue();
        assertThat(dueOn("2027-06-14", 3)).isEqualTo("2027-06-18");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 16))).isFalse();

        var withdrawn = api.as(ADMIN).post(DAYS + "/2027-06-16/withdrawal", Map.of("reason", "Training moved online"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("active").asBoolean()).isFalse();
        assertThat(withdrawn.text("/withdrawal/by")).isEqualTo(ADMIN);
        assertThat(withdrawn.text("/withdrawal/reason")).isEqualTo("Training moved online");
        assertThat(withdrawn.text("/withdrawal/at")).isNotBlank();
        assertThat(dueOn("2027-06-14", 3)).isEqualTo("2027-06-17");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 16))).isTrue();

        // Nothing is deleted: any member of staff sees the withdrawn day with who added it, who withdrew it and why.
        var listed = api.as(VIEWER).get(DAYS + "?year=2027");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode day = find(listed.body(), "2027-06-16");
        assertThat(day).as(listed.toString()).isNotNull();
        assertThat(day.get("active").asBoolean()).isFalse();
        assertThat(day.get("reason").asString()).isEqualTo("Staff training day");
        assertThat(day.get("addedBy").asString()).isEqualTo(MANAGER);
        assertThat(day.at("/withdrawal/by").asString()).isEqualTo(ADMIN);
        assertThat(day.at("/withdrawal/reason").asString()).isEqualTo("Training moved online");
        assertThat(api.as(INVESTIGATOR).get(DAYS).status()).isEqualTo(200);
    }

    @Test
    void bank_holidays_and_weekends_are_refused_as_already_non_working() {
        var bankHoliday = api.as(MANAGER).post(DAYS, Map.of("date", "2027-05-03", "reason", "Long weekend"));
        assertThat(bankHoliday.status()).as(bankHoliday.toString()).isEqualTo(422);
        assertThat(bankHoliday.contentType()).startsWith("application/problem+json");
        assertThat(bankHoliday.text("/errors/0/field")).isEqualTo("date");
        assertThat(bankHoliday.text("/detail")).contains("already a bank holiday").contains("Early May bank holiday");

        var saturday = api.as(MANAGER).post(DAYS, Map.of("date", "2027-06-19", "reason", "Saturday"));
        assertThat(saturday.status()).as(saturday.toString()).isEqualTo(422);
        assertThat(saturday.text("/errors/0/field")).isEqualTo("date");
        assertThat(saturday.text("/detail")).contains("Saturday").contains("already a non-working day");

        var listed = api.as(MANAGER).get(DAYS + "?year=2027").body();
        assertThat(find(listed, "2027-05-03")).isNull();
        assertThat(find(listed, "2027-06-19")).isNull();
    }

    @Test
    void a_date_is_active_only_once_but_may_be_added_again_after_withdrawal() {
        assertThat(api.as(MANAGER).post(DAYS, Map.of("date", "2027-07-14", "reason", "Office move")).status()).isEqualTo(201);
        var duplicate = api.as(ADMIN).post(DAYS, Map.of("date", "2027-07-14", "reason", "Office move again"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        assertThat(api.as(MANAGER).post(DAYS + "/2027-07-14/withdrawal", Map.of("reason", "Move postponed")).status())
                .isEqualTo(200);
        var again = api.as(MANAGER).post(DAYS, Map.of("date", "2027-07-14", "reason", "Office move, new date"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(api.as(MANAGER).post(DAYS + "/2027-07-14/withdrawal", Map.of("reason", "Move cancelled")).status())
                .isEqualTo(200);

        var second = api.as(MANAGER).post(DAYS + "/2027-07-14/withdrawal", Map.of("reason", "Twice"));
        assertThat(second.status()).as("nothing active left to withdraw: " + second).isEqualTo(404);

        long rows = 0;
        for (JsonNode day : api.as(MANAGER).get(DAYS + "?year=2027").body()) {
            if ("2027-07-14".equals(day.get("date").asString())) {
                rows++;
                assertThat(day.get("active").asBoolean()).isFalse();
            }
        }
        assertThat(rows).as("both additions stay on the record").isEqualTo(2);
    }

    @Test
    void a_missing_reason_or_date_is_400_naming_the_field() {
        var noReason = api.as(MANAGER).post(DAYS, Map.of("date", "2027-09-15"));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.body().get("errors").findValuesAsString("field")).containsExactly("reason");

        var blank = api.as(MANAGER).post(DAYS, Map.of("date", "2027-09-15", "reason", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").findValuesAsString("field")).containsExactly("reason");

        var badDate = api.as(MANAGER).post(DAYS, Map.of("date", "2027-02-30", "reason", "No such day"));
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(badDate.text("/errors/0/field")).isEqualTo("date");

        var noWithdrawalReason = api.as(MANAGER).post(DAYS + "/2027-09-15/withdrawal", Map.of());
        assertThat(noWithdrawalReason.status()).isEqualTo(400);
        assertThat(noWithdrawalReason.body().get("errors").findValuesAsString("field")).containsExactly("reason");

        assertThat(find(api.as(MANAGER).get(DAYS + "?year=2027").body(), "2027-09-15")).isNull();
    }

    @Test
    void an_investigating_officer_cannot_add_or_withdraw_a_day() {
        var refused = api.as(INVESTIGATOR).post(DAYS, Map.of("date", "2027-10-13", "reason", "My birthday"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(find(api.as(INVESTIGATOR).get(DAYS + "?year=2027").body(), "2027-10-13")).isNull();

        assertThat(api.as(MANAGER).post(DAYS, Map.of("date", "2027-10-13", "reason", "Board away day")).status()).isEqualTo(201);
        assertThat(api.as(INVESTIGATOR).post(DAYS + "/2027-10-13/withdrawal", Map.of("reason", "No")).status()).isEqualTo(403);
        assertThat(api.as(MANAGER).post(DAYS + "/2027-10-13/withdrawal", Map.of("reason", "Away day cancelled")).status())
                .isEqualTo(200);
    }

    @Test
    void adding_and_withdrawing_publish_non_working_days_changed() {
        assertThat(api.as(MANAGER).post(DAYS, Map.of("date", "2027-08-11", "reason", "IT system migration")).status())
                .isEqualTo(201);
        assertThat(events.stream(NonWorkingDaysChanged.class))
                .containsExactly(new NonWorkingDaysChanged(LocalDate.of(2027, 8, 11), true));

        assertThat(api.as(MANAGER).post(DAYS + "/2027-08-11/withdrawal", Map.of("reason", "Migration rescheduled")).status())
                .isEqualTo(200);
        assertThat(events.stream(NonWorkingDaysChanged.class)).containsExactly(
                new NonWorkingDaysChanged(LocalDate.of(2027, 8, 11), true),
                new NonWorkingDaysChanged(LocalDate.of(2027, 8, 11), false));

        api.as(MANAGER).post(DAYS, Map.of("date", "2027-05-03", "reason", "Refused: a bank holiday"));
        assertThat(events.stream(NonWorkingDaysChanged.class)).as("nothing published for a refused change").hasSize(2);
    }

    @Test
    void the_calculator_counts_working_days_as_deadlines_are_counted() {
        var due = api.as(VIEWER).get("/api/v1/calendar/working-days?from=2026-12-18&workingDays=5");
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        // Friday 18 December 2026: Mon 21 to Thu 24 are days 1 to 4; Christmas Day and the Boxing Day substitute
        // (Monday 28th) are bank holidays; Tuesday 29th is day 5.
        assertThat(due.text("/from")).isEqualTo("2026-12-18");
        assertThat(due.body().get("workingDays").asInt()).isEqualTo(5);
        assertThat(due.text("/dueOn")).isEqualTo("2026-12-29");
        assertThat(dueOn("2027-06-19", 0)).isEqualTo("2027-06-19");

        var missing = api.as(VIEWER).get("/api/v1/calendar/working-days?from=2026-12-18");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.text("/errors/0/field")).isEqualTo("workingDays");

        var negative = api.as(VIEWER).get("/api/v1/calendar/working-days?from=2026-12-18&workingDays=-1");
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.text("/errors/0/field")).isEqualTo("workingDays");

        var badDate = api.as(VIEWER).get("/api/v1/calendar/working-days?from=18/12/2026&workingDays=5");
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(badDate.text("/errors/0/field")).isEqualTo("from");
    }

    @Test
    void bank_holidays_of_the_division_are_listed_by_year() {
        var response = api.as(VIEWER).get("/api/v1/calendar/bank-holidays?year=2026");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("/division")).isEqualTo("england-and-wales");
        assertThat(response.body().get("covered").asBoolean()).isTrue();
        assertThat(response.body().get("bankHolidays").findValuesAsString("date")).containsExactly("2026-01-01",
                "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28");
        assertThat(response.text("/bankHolidays/7/title")).isEqualTo("Boxing Day");

        var beyond = api.as(VIEWER).get("/api/v1/calendar/bank-holidays?year=2031");
        assertThat(beyond.body().get("covered").asBoolean()).isFalse();
        assertThat(beyond.body().get("bankHolidays").size()).isZero();
    }

    private String dueOn(String from, int n) {
        var response = api.as(VIEWER).get("/api/v1/calendar/working-days?from=" + from + "&workingDays=" + n);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("/dueOn");
    }

    private static JsonNode find(JsonNode days, String date) {
        for (JsonNode day : days) {
            if (date.equals(day.get("date").asString()) && day.get("active").asBoolean()) {
                return day;
            }
        }
        for (JsonNode day : days) {
            if (date.equals(day.get("date").asString())) {
                return day;
            }
        }
        return null;
    }
}

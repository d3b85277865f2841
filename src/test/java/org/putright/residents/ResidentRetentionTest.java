package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The retention policy reaches the resident's record: once every complaint of theirs is anonymised, their name, contact
 * details, representatives and what they told us go too; a resident with a complaint still in its retention period keeps
 * their record, though the anonymised complaint's summary goes from their history at once.
 */
@WithDatabase
class ResidentRetentionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ResidentRecords residents;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("keep.officer", "COMPLAINTS_OFFICER").staff("keep.manager", "MANAGER");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void a_resident_whose_every_complaint_is_anonymised_is_anonymised_too() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Session officer = api.as("keep.officer");
        setToday(LocalDate.of(2018, 3, 1));
        UUID gone = Intake.complaintFrom("Edith " + tag).tenancy("T-KEEP1-" + tag).email("edith." + tag + "@example.org")
                .postcode("LS7 3QD").receivedAt("2018-03-01T10:00:00Z").representedBy("Frank " + tag, "FAMILY", "frank." + tag + "@example.org", true)
                .description("The lift has been broken for a month, " + tag).loggedBy(officer);
        UUID keptOld = Intake.complaintFrom("Gwen " + tag).tenancy("T-KEEP2-" + tag).receivedAt("2018-03-01T11:00:00Z")
                .description("Gwen's first complaint, " + tag).loggedBy(officer);
        setToday(LocalDate.of(2018, 3, 2));
        finish(officer, gone, LocalDate.of(2018, 3, 2));
        finish(officer, keptOld, LocalDate.of(2018, 3, 2));
        setToday(LocalDate.of(2024, 1, 10));
        UUID keptRecent = Intake.complaintFrom("Gwen " + tag).tenancy("T-KEEP2-" + tag).receivedAt("2024-01-10T10:00:00Z")
                .description("Gwen's second complaint, " + tag).loggedBy(officer);
        UUID edith = residents.forComplaint(gone).orElseThrow().id();
        UUID gwen = residents.forComplaint(keptRecent).orElseThrow().id();
        assertThat(residents.forComplaint(keptOld).orElseThrow().id()).isEqualTo(gwen);

        setToday(LocalDate.of(2024, 3, 5)); // six years and a few days after both old complaints were closed
        Api.Response run = api.as("keep.manager").post("/api/v1/retention/run", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);

        ResidentRecord anonymised = residents.get(edith);
        assertThat(anonymised.name()).isEqualTo("Anonymised resident");
        assertThat(anonymised.tenancyReference()).isNull();
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.address().postcode()).isEqualTo("LS7");
        assertThat(anonymised.anonymisedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(jdbc.sql("select name from representative where resident_id = ?").param(edith).query(String.class).list())
                .containsExactly("Anonymised representative");
        assertThat(jdbc.sql("select payload from resident_event where resident_id = ?").param(edith).query(String.class).list())
                .noneMatch(p -> p.contains(tag));
        // the complaint still belongs to the (anonymised) resident, so the home's history still counts it
        assertThat(residents.forComplaint(gone).orElseThrow().id()).isEqualTo(edith);

        ResidentRecord kept = residents.get(gwen);
        assertThat(kept.name()).isEqualTo("Gwen " + tag);
        assertThat(kept.anonymisedOn()).isNull();
        assertThat(summary(keptOld)).isNull();
        assertThat(summary(keptRecent)).contains("Gwen's second complaint");
    }

    private String summary(UUID complaint) {
        return jdbc.sql("select summary from resident_complaint where complaint_id = ?").param(complaint).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    /** Acknowledged, answered with nothing to put right, and closed on {@code on}. */
    private void finish(Api.Session officer, UUID id, LocalDate on) {
        Map<String, Object> definition = Map.of("summary", "The lift", "points", List.of("The lift was not repaired"), "outcomesSought",
                List.of("Lift repaired"));
        check(officer.post("/api/v1/complaints/" + id + "/acknowledgement", Map.of("acknowledgedOn", on.toString(), "handler", "keep.officer",
                "definition", definition)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("respondedOn", on.toString());
        response.put("decision", "NOT_UPHELD");
        response.put("reasons", "The lift was repaired within our target time.");
        response.put("points", List.of(Map.of("point", "The lift was not repaired", "decision", "NOT_UPHELD", "reasons", "It was.")));
        response.put("noRemedyReason", "Nothing went wrong.");
        response.put("noOutstandingActions", true);
        check(officer.post("/api/v1/complaints/" + id + "/response", response));
        check(officer.post("/api/v1/complaints/" + id + "/closure", Map.of("closedOn", on.toString(), "reason", "Answered")));
    }

    private void setToday(LocalDate date) {
        clock.set(date.atTime(18, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    private static void check(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}

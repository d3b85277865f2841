package org.putright.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.RiskFlag;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Risk flags, the 6.1 early-resolution prompt and the legal hold on the staff pages, without JavaScript. */
@WithDatabase
class RiskPagesTest {

    static final String OFFICER = "riskweb.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ComplaintService complaints;

    @BeforeEach
    void staff() {
        new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor officer() {
        return user(OFFICER).roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor investigator() {
        return user(OFFICER).roles("INVESTIGATING_OFFICER");
    }

    static RequestPostProcessor governance() {
        return user("riskweb.board").roles("GOVERNANCE_VIEWER");
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(get(path).with(who));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Logs a complaint through the staff form, with the risk flags ticked; received yesterday. */
    UUID logComplaint(String tenancy, String... flags) throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        var request = post("/cases/new").param("receivedOn.day", String.valueOf(yesterday.getDayOfMonth()))
                .param("receivedOn.month", String.valueOf(yesterday.getMonthValue())).param("receivedOn.year", String.valueOf(yesterday.getYear()))
                .param("receivedTime", "09:00").param("channel", "PHONE").param("residentName", "Resident " + tenancy)
                .param("tenancyReference", tenancy).param("description", "No heating since Friday.").with(officer()).with(csrf());
        for (String flag : flags) {
            request.param("riskFlags", flag);
        }
        if (flags.length > 0) {
            request.param("riskNotes", "Baby at home");
        }
        MvcResult result = perform(request);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/cases/".length()));
    }

    @Test
    void provision_6_1_flags_given_when_logging_put_the_case_first_in_the_queue_with_a_priority_tag() throws Exception {
        String tenancy = "TW-" + tag();
        UUID plain = logComplaint(tenancy);
        UUID flagged = logComplaint(tenancy, "NO_HEATING_OR_HOT_WATER", "ELDERLY_OR_CHILDREN_AT_RISK");
        assertThat(complaints.get(flagged).riskFlags()).containsExactly(RiskFlag.NO_HEATING_OR_HOT_WATER, RiskFlag.ELDERLY_OR_CHILDREN_AT_RISK);
        String plainReference = complaints.get(plain).reference();
        String flaggedReference = complaints.get(flagged).reference();

        String queue = page("/cases?view=all&q=" + tenancy, officer());
        // same day's deadline: the flagged case comes first anyway
        assertThat(queue.indexOf(flaggedReference)).isPositive().isLessThan(queue.indexOf(plainReference));
        assertThat(queue).contains("putright-priority\">Priority</strong>")
                .contains("No heating or hot water; Older people or young children in the home at risk")
                .contains("priority cases first");

        String priorityOnly = page("/cases?view=all&priority=yes&q=" + tenancy, officer());
        assertThat(priorityOnly).contains(flaggedReference).doesNotContain(plainReference).contains("1 open priority case")
                .contains("id=\"priority\" name=\"priority\" type=\"checkbox\" value=\"yes\" aria-describedby=\"priority-hint\" checked=\"checked\"");

        String casePage = page("/cases/" + flagged, officer());
        assertThat(casePage).contains("id=\"priority\"").contains(">Priority</strong>").contains("Baby at home");
    }

    @Test
    void provision_6_1_the_case_page_asks_whether_a_flagged_complaint_can_be_resolved_early_until_it_is_recorded() throws Exception {
        UUID id = logComplaint("TP-" + tag(), "HEALTH_MADE_WORSE");
        String before = page("/cases/" + id, investigator());
        assertThat(before).contains("Can this complaint be resolved early?").contains("id=\"early-resolution-form\"")
                .contains("A health condition made worse by the issue");
        // a viewer is not asked
        assertThat(page("/cases/" + id, governance())).doesNotContain("id=\"early-resolution-form\"");

        MvcResult bare = perform(post("/cases/" + id + "/early-resolution").param("canResolveEarly", "yes").with(investigator()).with(csrf()));
        assertThat(bare.getResponse().getStatus()).isEqualTo(200);
        String errors = bare.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("There is a problem").contains("href=\"#early-resolution-notes\"").contains("Provision 6.1")
                .contains("value=\"yes\" checked=\"checked\"");

        MvcResult done = perform(post("/cases/" + id + "/early-resolution").param("canResolveEarly", "no")
                .param("notes", "Needs a damp survey first; weekly calls agreed meanwhile").with(investigator()).with(csrf()));
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(done.getFlashMap().get("success")).isEqualTo("Early-resolution check recorded");
        String after = page("/cases/" + id, investigator());
        assertThat(after).doesNotContain("Can this complaint be resolved early?").doesNotContain("id=\"early-resolution-form\"")
                .contains("Early resolution considered (6.1): it needs a full investigation. Needs a damp survey first");
        assertThat(complaints.get(id).earlyResolution().canResolveEarly()).isFalse();
    }

    @Test
    void flags_are_changed_and_removed_from_the_case_page() throws Exception {
        UUID id = logComplaint("TR-" + tag());
        assertThat(page("/cases/" + id, officer())).contains("id=\"risk-form\"").contains("None recorded")
                .doesNotContain("Can this complaint be resolved early?");

        MvcResult flagged = perform(post("/cases/" + id + "/risk").param("riskFlags", "DAMP_AND_MOULD_HAZARD").param("notes", "Black mould")
                .with(officer()).with(csrf()));
        assertThat(flagged.getResponse().getStatus()).isEqualTo(302);
        assertThat(complaints.get(id).riskFlags()).containsExactly(RiskFlag.DAMP_AND_MOULD_HAZARD);
        assertThat(complaints.get(id).priority()).isEqualTo(2);
        String page = page("/cases/" + id, officer());
        assertThat(page).contains("value=\"DAMP_AND_MOULD_HAZARD\" checked=\"checked\"").contains(">Black mould</textarea>")
                .contains("Can this complaint be resolved early?");

        MvcResult bad = perform(post("/cases/" + id + "/risk").param("riskFlags", "NOT_A_FLAG").with(officer()).with(csrf()));
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("href=\"#risk-flags\"");

        MvcResult cleared = perform(post("/cases/" + id + "/risk").with(officer()).with(csrf()));
        assertThat(cleared.getResponse().getStatus()).isEqualTo(302);
        assertThat(cleared.getFlashMap().get("success")).isEqualTo("Risk and vulnerability flags removed");
        assertThat(complaints.get(id).riskFlags()).isEmpty();
        assertThat(complaints.get(id).priority()).isZero();

        assertThat(perform(post("/cases/" + id + "/risk").param("riskFlags", "NO_WATER_OR_POWER").with(governance()).with(csrf()))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_legal_hold_is_placed_and_lifted_from_the_case_page() throws Exception {
        UUID id = logComplaint("TL-" + tag());
        assertThat(page("/cases/" + id, officer())).contains("Place a legal hold").doesNotContain("Held: legal hold");
        assertThat(page("/cases/" + id, investigator())).doesNotContain("id=\"legal-hold-form\"");

        MvcResult blank = perform(post("/cases/" + id + "/legal-hold").param("reason", " ").with(officer()).with(csrf()));
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("href=\"#legal-hold-reason\"");

        MvcResult held = perform(post("/cases/" + id + "/legal-hold").param("reason", "Disrepair claim issued").with(officer()).with(csrf()));
        assertThat(held.getResponse().getStatus()).isEqualTo(302);
        String page = page("/cases/" + id, officer());
        assertThat(page).contains("Held: legal hold").contains("Disrepair claim issued").contains("Lift the legal hold");
        assertThat(complaints.get(id).legalHold().held()).isTrue();

        MvcResult lifted = perform(post("/cases/" + id + "/legal-hold").param("reason", "Claim settled").with(officer()).with(csrf()));
        assertThat(lifted.getResponse().getStatus()).isEqualTo(302);
        assertThat(lifted.getFlashMap().get("success")).isEqualTo("Legal hold lifted");
        assertThat(complaints.get(id).legalHold().held()).isFalse();
        assertThat(perform(post("/cases/" + id + "/legal-hold").param("reason", "x").with(governance()).with(csrf())).getResponse()
                .getStatus()).isEqualTo(403);
    }
}

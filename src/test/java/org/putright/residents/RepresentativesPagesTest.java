package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The representatives page: list, add with the GOV.UK error pattern (input kept), record consent and withdrawal; the case page shows them. */
@WithDatabase
class RepresentativesPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    @Autowired
    Representatives representatives;

    Api.Session officer;

    @BeforeEach
    void setUp() {
        officer = new Api(mvc, json).staff("reps.officer", "COMPLAINTS_OFFICER").as("reps.officer");
    }

    @Test
    void adding_a_representative_with_missing_consent_details_shows_the_errors_and_keeps_what_was_typed() throws Exception {
        UUID complaint = Intake.complaintFrom("Katherine Ruth").tenancy("T-PAGE-" + UUID.randomUUID().toString().substring(0, 8))
                .email("kr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org").loggedBy(officer);
        UUID resident = residents.forComplaint(complaint).orElseThrow().id();

        MockHttpServletResponse refused = mvc.perform(post("/residents/" + resident + "/representatives").with(csrf())
                .with(user("reps.officer").roles("COMPLAINTS_OFFICER"))
                .param("name", "Nadia Advocate").param("relationship", "ADVOCATE").param("organisation", "Shelter")
                .param("consentStatus", "GIVEN")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("There is a problem").contains("href=\"#add-how\"").contains("Select how the resident gave consent")
                .contains("href=\"#add-givenOn\"").contains("value=\"Nadia Advocate\"").contains("value=\"Shelter\"");
        assertThat(representatives.forResident(resident)).isEmpty();

        MockHttpServletResponse added = mvc.perform(post("/residents/" + resident + "/representatives").with(csrf())
                .with(user("reps.officer").roles("COMPLAINTS_OFFICER"))
                .param("name", "Nadia Advocate").param("relationship", "ADVOCATE").param("organisation", "Shelter")
                .param("email", "nadia@example.org").param("consentStatus", "GIVEN").param("how", "IN_WRITING")
                .param("givenOn.day", "2").param("givenOn.month", "3").param("givenOn.year", "2026").param("scope", "ONE_COMPLAINT")
                .param("complaintId", complaint.toString()).param("correspondenceTo", "REPRESENTATIVE_AND_RESIDENT"))
                .andReturn().getResponse();
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        List<ResidentRepresentative> reps = representatives.forResident(resident);
        assertThat(reps).singleElement().satisfies(r -> {
            assertThat(r.consentStatus()).isEqualTo(ResidentRepresentative.ConsentStatus.GIVEN);
            assertThat(r.complaintId()).isEqualTo(complaint);
            assertThat(r.correspondenceTo()).isEqualTo(ResidentRepresentative.CorrespondenceTo.REPRESENTATIVE_AND_RESIDENT);
        });

        String list = mvc.perform(get("/residents/" + resident + "/representatives").with(user("viewer").roles("GOVERNANCE_VIEWER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Nadia Advocate").contains("Shelter").contains("Record that consent was withdrawn");

        String casePage = mvc.perform(get("/cases/" + complaint).with(user("reps.officer").roles("COMPLAINTS_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("Nadia Advocate").contains("Letters today go to Nadia Advocate (representative)")
                .contains("Letters today go to Katherine Ruth (resident)");

        UUID rep = reps.get(0).id();
        MockHttpServletResponse withdrawn = mvc.perform(post("/residents/" + resident + "/representatives/" + rep + "/withdrawal").with(csrf())
                .with(user("reps.officer").roles("COMPLAINTS_OFFICER")).param("withdrawnOn.day", "3").param("withdrawnOn.month", "3")
                .param("withdrawnOn.year", "2026").param("reason", "Phoned us")).andReturn().getResponse();
        assertThat(withdrawn.getStatus()).isEqualTo(302);
        assertThat(representatives.get(rep).consentStatus()).isEqualTo(ResidentRepresentative.ConsentStatus.WITHDRAWN);
    }
}

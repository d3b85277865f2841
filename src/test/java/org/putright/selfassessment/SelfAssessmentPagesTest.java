package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The self-assessment pages as a browser without JavaScript uses them: forms posted, errors summarised, what was typed kept. */
@WithDatabase
@Import(FakeEvidence.class)
class SelfAssessmentPagesTest {

    static final String OFFICER = "sa.pages.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    CodeVersions codes;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        clock.set(LocalDate.of(2052, 5, 12).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    static RequestPostProcessor officer() {
        return user(OFFICER).roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor board() {
        return user("sa.pages.board").roles("GOVERNANCE_VIEWER");
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(get(path).with(who));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return html(result);
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String name, String day, String month, String year) {
        return request.param(name + ".day", day).param(name + ".month", month).param(name + ".year", year);
    }

    @Test
    void provision_8_1_an_assessment_is_started_answered_and_refused_sign_off_through_the_pages() throws Exception {
        Document list = page("/self-assessments", officer());
        assertThat(list.select("nav a[href=/self-assessments]").text()).isEqualTo("Self-assessment");
        assertThat(list.select("#start-form")).hasSize(1);

        // the end date missing: the error summary, and what was typed kept
        MvcResult failed = perform(date(post("/self-assessments").with(officer()).with(csrf()).param("codeVersion", "2024").param("reason", "ANNUAL")
                .param("startFrom", "none"), "periodStart", "1", "4", "2051"));
        assertThat(failed.getResponse().getStatus()).isEqualTo(422);
        Document failedPage = html(failed);
        assertThat(failedPage.select(".govuk-error-summary a[href=#periodEnd]").text()).contains("last day of the period");
        assertThat(failedPage.select("#periodStart-year").val()).isEqualTo("2051");

        MvcResult created = perform(date(date(post("/self-assessments").with(officer()).with(csrf()).param("codeVersion", "2024")
                .param("reason", "ANNUAL").param("startFrom", "none"), "periodStart", "1", "4", "2051"), "periodEnd", "29", "3", "2052"));
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String path = created.getResponse().getRedirectedUrl();
        String id = path.substring(path.lastIndexOf('/') + 1);

        Document assessment = page(path, officer());
        CodeVersion code = codes.find("2024").orElseThrow();
        assertThat(assessment.select("table caption")).hasSize(code.sections().size());
        assertThat(assessment.select("tbody th[scope=row] a")).hasSize(code.provisions().size());
        assertThat(assessment.select("#progress").text()).isEqualTo("0 of " + code.provisions().size() + " provisions answered");
        assertThat(assessment.select("#provision-6-2").text()).contains("78 of 100 (78.0%)");

        // answer 6.2 Yes from the provision page: the page flags it and asks for the review
        assertThat(perform(post(path + "/provisions/6.2").with(officer()).with(csrf()).param("comply", "YES").param("evidence", "Acknowledgement report"))
                .getResponse().getStatus()).isEqualTo(302);
        Document p62 = page(path + "/provisions/6.2", officer());
        assertThat(p62.select("#contradiction").text()).contains("78 of 100");
        assertThat(p62.select("#live-evidence a[href=/cases/" + FakeEvidence.LATE_CASE + "]").text()).isEqualTo("CMP-2051-00001");
        assertThat(p62.select("#confirmedDespiteEvidence")).hasSize(1);
        assertThat(page(path, officer()).select("#contradiction-warning").text()).contains("6.2");

        // confirming without commentary: the error, the typed evidence kept
        MvcResult unexplained = perform(post(path + "/provisions/6.2").with(officer()).with(csrf()).param("comply", "YES")
                .param("evidence", "Acknowledgement report v2").param("confirmedDespiteEvidence", "true"));
        assertThat(unexplained.getResponse().getStatus()).isEqualTo(422);
        Document unexplainedPage = html(unexplained);
        assertThat(unexplainedPage.select(".govuk-error-summary a[href=#commentary]")).hasSize(1);
        assertThat(unexplainedPage.select("#evidence").text()).isEqualTo("Acknowledgement report v2");

        // an action with no owner: the error in the action form, kept open
        MvcResult noOwner = perform(post(path + "/provisions/6.2/actions").with(officer()).with(csrf()).param("description", "Automate letters"));
        assertThat(noOwner.getResponse().getStatus()).isEqualTo(422);
        Document noOwnerPage = html(noOwner);
        assertThat(noOwnerPage.select(".govuk-error-summary a[href=#action-owner]")).hasSize(1);
        assertThat(noOwnerPage.select("#add-action").attr("open")).isNotNull();
        assertThat(noOwnerPage.select("#action-description").text()).isEqualTo("Automate letters");
        assertThat(perform(date(post(path + "/provisions/6.2/actions").with(officer()).with(csrf()).param("description", "Automate letters")
                .param("owner", "Customer Voice Lead"), "targetDate", "31", "7", "2052")).getResponse().getStatus()).isEqualTo(302);
        assertThat(page(path + "/provisions/6.2", officer()).select("#actions").text()).contains("Automate letters", "Customer Voice Lead",
                "31 July 2052");

        // sign-off lists the contradiction and is refused with the reason
        Document signOff = page(path + "/sign-off", officer());
        assertThat(signOff.select("#contradictions").text()).contains("6.2", "Not reviewed");
        MvcResult refused = perform(date(post(path + "/sign-off").with(officer()).with(csrf()), "signedOffOn", "20", "4", "2052"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused).select(".govuk-error-summary").text()).contains("provisions have no answer");
        assertThat(html(refused).select("#signedOffOn-year").val()).isEqualTo("2052");

        // the governing body's member reads, without forms, and cannot post
        Document readOnly = page(path + "/provisions/6.2", board());
        assertThat(readOnly.select("#answer-form")).isEmpty();
        assertThat(page(path + "/sign-off", board()).select("form#sign-off-form")).isEmpty();
        assertThat(perform(post(path + "/provisions/6.2").with(board()).with(csrf()).param("comply", "NO")).getResponse().getStatus()).isEqualTo(403);

        // exports from the pages
        MvcResult export = perform(get(path + "/export.html").with(board()));
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(export).select("tbody th[scope=row]")).hasSize(code.provisions().size());
        assertThat(perform(get("/self-assessments/" + java.util.UUID.randomUUID()).with(officer())).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get(path + "/provisions/99.9").with(officer())).getResponse().getStatus()).isEqualTo(404);
        assertThat(id).isNotBlank();
    }

    @Test
    void provision_8_1_a_signed_off_assessment_records_the_governing_body_and_publication_through_the_pages() throws Exception {
        var created = api.as(OFFICER).post("/api/v1/self-assessments", Map.of("codeVersion", "2024", "periodStart", "2051-10-01",
                "periodEnd", "2051-12-31", "reason", "OMBUDSMAN_INVESTIGATION", "fresh", true));
        String id = created.text("/id");
        for (Provision p : codes.find("2024").orElseThrow().provisions()) {
            assertThat(api.as(OFFICER).put("/api/v1/self-assessments/" + id + "/provisions/" + p.number(), Map.of("comply", "YES",
                    "evidence", "Policy")).status()).isEqualTo(200);
        }
        String path = "/self-assessments/" + id;
        assertThat(perform(date(post(path + "/sign-off").with(officer()).with(csrf()), "signedOffOn", "2", "4", "2052")).getResponse().getStatus())
                .isEqualTo(302);
        Document signed = page(path + "/sign-off", officer());
        assertThat(signed.select("#signed-off").text()).contains("2 April 2052");
        MvcResult noResponse = perform(date(post(path + "/governing-body").with(officer()).with(csrf()), "consideredOn", "10", "4", "2052"));
        assertThat(noResponse.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noResponse).select(".govuk-error-summary a[href=#response]")).hasSize(1);
        assertThat(perform(date(post(path + "/governing-body").with(officer()).with(csrf()).param("response", "Accepted by the board"),
                "consideredOn", "10", "4", "2052")).getResponse().getStatus()).isEqualTo(302);
        assertThat(perform(date(post(path + "/publication").with(officer()).with(csrf()), "publishedOn", "15", "4", "2052")).getResponse()
                .getStatus()).isEqualTo(302);
        Document done = page(path + "/sign-off", officer());
        assertThat(done.select("#governing-body-response").text()).isEqualTo("Accepted by the board");
        assertThat(done.select("#publication").text()).contains("Published on 15 April 2052");
        assertThat(page(path, officer()).select("#sign-off-status").text()).contains("Signed off on 2 April 2052");
        assertThat(page("/self-assessments", board()).select("#assessments").text()).contains("1 October 2051 to 31 December 2051", "2 April 2052",
                "15 April 2052");
    }
}

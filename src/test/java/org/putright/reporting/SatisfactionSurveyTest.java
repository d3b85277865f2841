package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/** PutRight's own survey: invited when a complaint closes, answered once on a public page, reported apart from TP09. */
@WithDatabase
class SatisfactionSurveyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void a_closed_complaint_invites_its_resident_to_answer_once_on_a_public_page() throws Exception {
        LinkedBlockingQueue<SatisfactionSurveyInvited> invited = new LinkedBlockingQueue<>();
        ApplicationListener<PayloadApplicationEvent<SatisfactionSurveyInvited>> listener = e -> invited.add(e.getPayload());
        context.addApplicationListener(listener);
        try {
            // 2022/23: only this test closes complaints or answers surveys in it
            clock.set(Instant.parse("2022-10-03T12:00:00Z"));
            Api api = new Api(mvc, json).staff("tsm.survey.manager", "MANAGER");
            TsmCases cases = new TsmCases(api);
            String id = cases.receive("Survey " + UUID.randomUUID(), "2022-09-06");
            cases.acknowledge(id, "2022-09-07", 1).respond(id, "2022-09-14").close(id, "2022-09-30");

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> invited.stream().anyMatch(i -> i.complaintId().toString().equals(id)));
            SatisfactionSurveyInvited invitation = invited.stream().filter(i -> i.complaintId().toString().equals(id)).findFirst().orElseThrow();
            String path = invitation.link().substring(invitation.link().indexOf("/survey/"));
            String token = path.substring("/survey/".length());
            assertThat(token).hasSizeGreaterThanOrEqualTo(40);
            assertThat(jdbc.sql("select count(*) from survey_invitation where token_hash = ?").param(token).query(Long.class).single())
                    .as("only the token's hash is stored").isZero();

            MvcResult page = perform(MockMvcRequestBuilders.get(path));
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            assertThat(body(page)).contains("How satisfied are you with how we handled your complaint?", "govuk-radios", "Very satisfied",
                    "Very dissatisfied", invitation.reference());

            MvcResult noAnswer = perform(MockMvcRequestBuilders.post(path).param("comment", "x").with(csrf()));
            assertThat(noAnswer.getResponse().getStatus()).isEqualTo(422);
            assertThat(body(noAnswer)).contains("govuk-error-summary", "href=\"#rating\"",
                    "Select how satisfied you are with how we handled your complaint");
            MvcResult tooLong = perform(MockMvcRequestBuilders.post(path).param("rating", "FAIRLY_SATISFIED").param("comment", "a".repeat(2001))
                    .with(csrf()));
            assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
            assertThat(body(tooLong)).contains("href=\"#comment\"", "2000 characters or fewer");
            MvcResult madeUp = perform(MockMvcRequestBuilders.post(path).param("rating", "DELIGHTED").with(csrf()));
            assertThat(madeUp.getResponse().getStatus()).isEqualTo(422);

            MvcResult answered = perform(MockMvcRequestBuilders.post(path).param("rating", "FAIRLY_SATISFIED")
                    .param("comment", "Kept me informed throughout.").with(csrf()));
            assertThat(answered.getResponse().getStatus()).isEqualTo(200);
            assertThat(body(answered)).contains("Thank you for your answer");

            MvcResult again = perform(MockMvcRequestBuilders.post(path).param("rating", "VERY_DISSATISFIED").with(csrf()));
            assertThat(again.getResponse().getStatus()).isEqualTo(409);
            assertThat(body(again)).contains("You have already answered");
            assertThat(body(perform(MockMvcRequestBuilders.get(path)))).contains("You have already answered");
            assertThat(perform(MockMvcRequestBuilders.get("/survey/not-a-real-token")).getResponse().getStatus()).isEqualTo(404);

            assertThat(jdbc.sql("select rating, comment from survey_answer a join survey_invitation i on i.id = a.invitation_id where i.complaint_id = ?")
                    .param(UUID.fromString(id)).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).list())
                    .containsExactly("2 Kept me informed throughout.");

            Api.Response report = api.as("tsm.survey.manager").get("/api/v1/reports/tsm?year=2022");
            assertThat(report.body().at("/survey")).isEqualTo(json.readTree("""
                    {"invited":1,"answered":1,"satisfied":1,"satisfiedPercent":100.0}"""));
            assertThat(report.body().at("/tp09/respondents").isNull()).as("our survey is not TP09").isTrue();
        }
        finally {
            context.removeApplicationListener(listener);
        }
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}

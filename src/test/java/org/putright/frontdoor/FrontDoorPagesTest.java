package org.putright.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Status;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** The resident front door through its pages, as a browser without JavaScript uses them, on H2 and on PostgreSQL. */
@WithDatabase
class FrontDoorPagesTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ComplaintService complaints;

    @Autowired
    WorkingDays workingDays;

    /** A fresh client address per test, so the rate limit of one test does not touch another. */
    private final String ip = "10.77." + (CLIENTS.incrementAndGet() % 250) + "." + (int) (Math.random() * 250 + 1);

    private final MockHttpSession session = new MockHttpSession();

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        })).andReturn().getResponse();
    }

    private MockHttpServletResponse page(String path) throws Exception {
        return send(get(path));
    }

    private MockHttpServletResponse submit(String path, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return send(request);
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void fillForm(String description, String email, String postcode) throws Exception {
        assertThat(submit("/make-a-complaint", "who", "resident").getRedirectedUrl()).isEqualTo("/make-a-complaint/resident");
        assertThat(submit("/make-a-complaint/resident", "residentName", "Grace Hopper", "tenancyReference", "", "postcode", postcode)
                .getRedirectedUrl()).isEqualTo("/make-a-complaint/what-happened");
        assertThat(submit("/make-a-complaint/what-happened", "description", description).getRedirectedUrl())
                .isEqualTo("/make-a-complaint/when");
        assertThat(submit("/make-a-complaint/when", "day", "", "month", "", "year", "", "notSure", "yes").getRedirectedUrl())
                .isEqualTo("/make-a-complaint/put-it-right");
        assertThat(submit("/make-a-complaint/put-it-right", "outcomeSought", "Fix the boiler").getRedirectedUrl())
                .isEqualTo("/make-a-complaint/contact");
        assertThat(submit("/make-a-complaint/contact", "contactMethod", "email", "email", email).getRedirectedUrl())
                .isEqualTo("/make-a-complaint/support");
        assertThat(submit("/make-a-complaint/support", "supportNeeds", "").getRedirectedUrl()).isEqualTo("/make-a-complaint/check-answers");
    }

    private String sendComplaint() throws Exception {
        MockHttpServletResponse sent = submit("/make-a-complaint/check-answers");
        assertThat(sent.getRedirectedUrl()).isEqualTo("/make-a-complaint/complaint-sent");
        MockHttpServletResponse confirmation = page("/make-a-complaint/complaint-sent");
        assertThat(confirmation.getStatus()).isEqualTo(200);
        String text = html(confirmation);
        int at = text.indexOf("id=\"reference\">");
        return text.substring(at + "id=\"reference\">".length(), text.indexOf('<', at + 15));
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static String uniqueEmail() {
        return "resident." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void the_information_pages_are_public_and_give_timescales_from_the_scheme() throws Exception {
        String frontDoor = html(page("/"));
        assertThat(frontDoor).contains("You do not need to use the word", "Make a complaint", "/check-your-complaint",
                "within\n          <span>5</span> working days", "0300 111 3000");
        String policy = html(page("/complaints-policy"));
        assertThat(policy).contains("<span>20</span> working days", "decide each complaint on its own facts");
        complaints.refusalGrounds().stream().filter(ground -> ground.active())
                .forEach(ground -> assertThat(policy).contains(ground.label()));
        assertThat(html(page("/accessibility"))).contains("WCAG", "without JavaScript");
    }

    @Test
    void walking_the_form_creates_a_web_form_complaint_with_the_words_exactly_as_typed() throws Exception {
        String typed = "  The boiler broke on Monday.\r\n\r\nNobody came\tand I'm fed up.  \n  ";
        String email = uniqueEmail();
        assertThat(page("/make-a-complaint").getStatus()).isEqualTo(200);
        fillForm(typed, email, "sw1a 1aa");

        String check = html(page("/make-a-complaint/check-answers"));
        assertThat(check).contains("Check your answers", "Grace Hopper", "/make-a-complaint/what-happened?change=true", "Not sure");

        String reference = sendComplaint();
        ComplaintView complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(complaint.description()).isEqualTo(typed);
        assertThat(complaint.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(complaint.resident().email()).isEqualTo(email);
        assertThat(complaint.resident().postcode()).isEqualTo("SW1A 1AA");
        assertThat(complaint.issueOccurredOn()).isNull();
        assertThat(complaint.residentStatement().outcomeSought()).isEqualTo("Fix the boiler");

        String confirmation = html(page("/make-a-complaint/complaint-sent"));
        assertThat(confirmation).contains("govuk-panel--confirmation", "Keep this reference",
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(complaint.deadlines().acknowledgeBy()),
                "<span>10</span>", "0300 111 3000");
        // the answers are gone after sending: starting again starts afresh
        assertThat(page("/make-a-complaint/check-answers").getRedirectedUrl()).isEqualTo("/make-a-complaint");
    }

    @Test
    void a_textarea_keeps_a_leading_line_break_when_redisplayed() throws Exception {
        submit("/make-a-complaint", "who", "resident");
        submit("/make-a-complaint/what-happened", "description", "\nStarts with a line break");
        // the browser drops one newline straight after <textarea>, so the page must add one
        assertThat(html(page("/make-a-complaint/what-happened"))).contains(">\n\nStarts with a line break</textarea>");
    }

    @Test
    void someone_acting_for_the_resident_gives_their_name_relationship_and_the_residents_agreement() throws Exception {
        assertThat(submit("/make-a-complaint", "who", "someone-else").getRedirectedUrl()).isEqualTo("/make-a-complaint/representative");
        MockHttpServletResponse noConsent = submit("/make-a-complaint/representative", "representativeName", "Sam Advocate",
                "relationship", "ADVOCATE");
        assertThat(html(noConsent)).contains("Error: About you", "Confirm that the resident has agreed", "value=\"Sam Advocate\"");
        assertThat(submit("/make-a-complaint/representative", "representativeName", "Sam Advocate", "relationship", "ADVOCATE",
                "consent", "yes").getRedirectedUrl()).isEqualTo("/make-a-complaint/resident");
        submit("/make-a-complaint/resident", "residentName", "Ada Resident", "postcode", "M1 1AE");
        submit("/make-a-complaint/what-happened", "description", "Damp in the bedroom");
        submit("/make-a-complaint/when", "day", "3", "month", "2", "year", "2025");
        submit("/make-a-complaint/put-it-right", "outcomeSought", "Treat the damp");
        submit("/make-a-complaint/contact", "contactMethod", "phone", "phone", "07700 900982");
        submit("/make-a-complaint/support", "supportNeeds", "Large print letters");
        String reference = sendComplaint();
        ComplaintView complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(complaint.representative().name()).isEqualTo("Sam Advocate");
        assertThat(complaint.representative().consentGiven()).isTrue();
        assertThat(complaint.representative().phone()).isEqualTo("07700 900982");
        assertThat(complaint.issueOccurredOn()).isEqualTo(java.time.LocalDate.of(2025, 2, 3));
        assertThat(complaint.residentStatement().supportNeeds()).isEqualTo("Large print letters");
    }

    @Test
    void an_empty_required_answer_shows_the_error_summary_and_keeps_the_other_answers() throws Exception {
        submit("/make-a-complaint", "who", "resident");
        submit("/make-a-complaint/what-happened", "description", "Mould in the kitchen");

        MockHttpServletResponse empty = submit("/make-a-complaint/resident", "residentName", "", "postcode", "LS1 4AP");
        String text = html(empty);
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(text).contains("<title>Error: About you", "govuk-error-summary", "href=\"#residentName\"", "Enter your full name",
                "govuk-form-group--error", "value=\"LS1 4AP\"");

        MockHttpServletResponse emptyStory = submit("/make-a-complaint/what-happened", "description", "   ");
        assertThat(html(emptyStory)).contains("Error: What happened?", "Tell us what happened");

        MockHttpServletResponse badDate = submit("/make-a-complaint/when", "day", "31", "month", "2", "year", "2025");
        assertThat(html(badDate)).contains("must be a real date", "value=\"31\"");

        // earlier answers are still there
        assertThat(html(page("/make-a-complaint/resident"))).contains("value=\"LS1 4AP\"");
        assertThat(page("/make-a-complaint/check-answers").getRedirectedUrl()).isEqualTo("/make-a-complaint/resident");
    }

    @Test
    void typed_html_is_escaped_on_check_your_answers() throws Exception {
        fillForm("<script>alert('x')</script> & more", uniqueEmail(), "B1 1AA");
        String check = html(page("/make-a-complaint/check-answers"));
        assertThat(check).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more").doesNotContain("<script>alert");
    }

    @Test
    void more_than_five_complaints_from_one_address_in_ten_minutes_are_refused_without_losing_the_answers() throws Exception {
        for (int i = 0; i < 5; i++) {
            fillForm("Complaint number " + i, uniqueEmail(), "B2 4QA");
            sendComplaint();
        }
        fillForm("The sixth complaint", uniqueEmail(), "B2 4QA");
        MockHttpServletResponse refused = submit("/make-a-complaint/check-answers");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(html(refused)).contains("Nothing you typed has been lost", "0300 000 0000");
        assertThat(html(page("/make-a-complaint/check-answers"))).contains("The sixth complaint");
    }

    @Test
    void check_your_complaint_with_email_or_postcode_and_a_generic_message_otherwise() throws Exception {
        String email = uniqueEmail();
        fillForm("The lift has been broken for a month", email, "NE1 7RU");
        String reference = sendComplaint();

        assertThat(submit("/check-your-complaint", "reference", reference.toLowerCase(), "secondFactor", " " + email.toUpperCase() + " ")
                .getRedirectedUrl()).isEqualTo("/check-your-complaint/your-complaint");
        String shown = html(page("/check-your-complaint/your-complaint"));
        assertThat(shown).contains(reference, "We have received your complaint", "We will acknowledge by",
                "The lift has been broken for a month").doesNotContain("ask for stage 2");

        MockHttpSession other = new MockHttpSession();
        assertThat(mvc.perform(post("/check-your-complaint").with(csrf()).session(other).param("reference", reference)
                .param("secondFactor", "ne17ru")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/check-your-complaint/your-complaint");

        MockHttpSession stranger = new MockHttpSession();
        String wrong = mvc.perform(post("/check-your-complaint").with(csrf()).session(stranger).param("reference", reference)
                .param("secondFactor", "SW1A 2AA")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unknown = mvc.perform(post("/check-your-complaint").with(csrf()).session(stranger).param("reference", "XX-1999-99999")
                .param("secondFactor", "SW1A 2AA")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("Error: Check your complaint", "We could not find a complaint with those details");
        assertThat(unknown).contains("We could not find a complaint with those details");
        assertThat(withoutCsrf(wrong.replace(reference, "XX-1999-99999"))).isEqualTo(withoutCsrf(unknown));
        assertThat(mvc.perform(get("/check-your-complaint/your-complaint").session(stranger)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/check-your-complaint");
    }

    @Test
    void stage_2_can_be_asked_for_only_after_the_stage_1_response() throws Exception {
        String email = uniqueEmail();
        fillForm("Repairs keep being cancelled", email, "CF10 1AA");
        String reference = sendComplaint();
        submit("/check-your-complaint", "reference", reference, "secondFactor", email);

        assertThat(page("/check-your-complaint/stage-2").getRedirectedUrl()).isEqualTo("/check-your-complaint/your-complaint");
        assertThat(submit("/check-your-complaint/stage-2", "reason", "").getRedirectedUrl())
                .isEqualTo("/check-your-complaint/your-complaint");

        ComplaintView complaint = complaints.findByReference(reference).orElseThrow();
        Api api = new Api(mvc, json).staff("frontdoor.officer", "COMPLAINTS_OFFICER");
        String today = workingDays.today().toString();
        var acknowledged = api.as("frontdoor.officer").post("/api/v1/complaints/" + complaint.id() + "/acknowledgement",
                Map.of("acknowledgedOn", today, "handler", "frontdoor.officer", "definition",
                        Map.of("summary", "Repairs to the kitchen were cancelled three times.", "points", List.of("Cancelled repairs"),
                                "outcomesSought", List.of("Repairs done"))));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);

        String acknowledgedPage = html(page("/check-your-complaint/your-complaint"));
        assertThat(acknowledgedPage).contains("We are looking into your complaint", "What we understand your complaint to be",
                "Repairs to the kitchen were cancelled three times.", "We will respond by").doesNotContain("ask for stage 2");

        var responded = api.as("frontdoor.officer").post("/api/v1/complaints/" + complaint.id() + "/response",
                Map.of("respondedOn", today, "decision", "PARTLY_UPHELD", "reasons", "Two of the cancellations were ours.", "points",
                        List.of(Map.of("point", "Cancelled repairs", "decision", "PARTLY_UPHELD", "reasons", "The records show two")),
                        "remedies", List.of(Map.of("type", "APOLOGY", "description", "We apologise.")), "outstandingActions",
                        List.of(), "noOutstandingActions", true));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);

        String respondedPage = html(page("/check-your-complaint/your-complaint"));
        assertThat(respondedPage).contains("We have sent you our stage 1 response", "partly upheld", "Two of the cancellations were ours.",
                "We apologise.", "I am not satisfied – ask for stage 2");
        assertThat(html(page("/check-your-complaint/stage-2"))).contains("Tell us why (optional)");

        // the resident can read each letter we sent, in standard or large print, and only their own
        assertThat(respondedPage).contains("Letters we have sent you", "We have received your complaint");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/check-your-complaint/letters/([0-9a-f-]{36})\\.pdf")
                .matcher(respondedPage);
        assertThat(link.find()).isTrue();
        MockHttpServletResponse letter = page("/check-your-complaint/letters/" + link.group(1) + ".pdf");
        assertThat(letter.getStatus()).isEqualTo(200);
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(letter.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(page("/check-your-complaint/letters/" + link.group(1) + ".pdf?format=large-print").getStatus()).isEqualTo(200);
        assertThat(page("/check-your-complaint/letters/" + java.util.UUID.randomUUID() + ".pdf").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/check-your-complaint/letters/" + link.group(1) + ".pdf")).andReturn().getResponse().getStatus())
                .as("without the verified complaint in the session").isEqualTo(303);

        assertThat(submit("/check-your-complaint/stage-2", "reason", "").getRedirectedUrl())
                .isEqualTo("/check-your-complaint/stage-2-requested");
        ComplaintView escalated = complaints.get(complaint.id());
        assertThat(escalated.stage()).isEqualTo(2);
        assertThat(escalated.status()).isEqualTo(Status.AWAITING_ACKNOWLEDGEMENT);
        assertThat(html(page("/check-your-complaint/stage-2-requested"))).contains("Stage 2 requested",
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(escalated.deadlines().acknowledgeBy()));
        // no second request
        assertThat(page("/check-your-complaint/stage-2").getRedirectedUrl()).isEqualTo("/check-your-complaint/your-complaint");
    }
}

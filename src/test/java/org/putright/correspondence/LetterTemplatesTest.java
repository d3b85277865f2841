package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The landlord edits each letter's wording: new letters use it, letters already issued keep theirs, and the sections
 * the Code requires cannot be removed. The extension letter is used so other tests' wording is undisturbed.
 */
@WithDatabase
class LetterTemplatesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    LetterTemplates templates;

    LetterLifecycle life;

    @BeforeEach
    void setUp() {
        life = new LetterLifecycle(mvc, json);
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void restore() {
        clock.reset();
        // append-only: put the shipped wording back as a new version
        LetterWording defaults = templates.defaults(LetterType.EXTENSION);
        templates.save(LetterType.EXTENSION, defaults.opening(), defaults.closing(), defaults.signOff(), "tests");
    }

    private Api.Response putWording(String as, String type, Map<String, Object> body) {
        return life.api.as(as).request(put("/api/v1/letter-templates/" + type), body);
    }

    private String extendedComplaint(String reason) {
        String id = life.create("Florence Nightingale");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("Broken window"));
        life.extend(id, 5, reason, LocalDate.of(2026, 3, 16));
        return id;
    }

    @Test
    void an_edit_changes_the_wording_of_new_letters_only() {
        String before = extendedComplaint("Waiting for the glazier.");
        String oldLetter = life.letterId(before, LetterType.EXTENSION);
        String oldText = LetterLifecycle.pdfText(life.pdf(before, oldLetter, false));
        assertThat(oldText).contains(templates.defaults(LetterType.EXTENSION).opening());

        String opening = "We are sorry: we need a little longer " + UUID.randomUUID() + ".";
        Api.Response saved = putWording(LetterLifecycle.STAGE2_OFFICER, "EXTENSION",
                Map.of("opening", opening, "closing", "Thank you for bearing with us.", "signOff", "Head of Housing Services"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isPositive();
        assertThat(life.api.as(LetterLifecycle.VIEWER).get("/api/v1/letter-templates/EXTENSION").text("/opening")).isEqualTo(opening);

        String after = extendedComplaint("Waiting for the glazier.");
        String newText = LetterLifecycle.pdfText(life.pdf(after, life.letterId(after, LetterType.EXTENSION), false));
        assertThat(newText).contains(opening).contains("Thank you for bearing with us.").contains("Head of Housing Services")
                .contains("Why we need more time").contains("25 March 2026").contains("0300 111 3000");

        // the letter already issued is frozen as it was sent
        assertThat(LetterLifecycle.pdfText(life.pdf(before, oldLetter, false))).isEqualTo(oldText).doesNotContain(opening);
        assertThat(life.text(before, oldLetter)).doesNotContain(opening);
    }

    @Test
    void wording_cannot_hide_or_remove_the_required_sections() {
        String hiding = "<style>h2, section, table { display: none }</style>Hello.";
        Api.Response saved = putWording(LetterLifecycle.STAGE2_OFFICER, "EXTENSION",
                Map.of("opening", hiding, "closing", "Bye.", "signOff", "Complaints Manager"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().get("requiredSections").toString()).contains("The new response date");

        String id = extendedComplaint("The glazier is ill.");
        String letter = life.letterId(id, LetterType.EXTENSION);
        assertThat(life.html(id, letter)).contains("&lt;style&gt;").doesNotContain("<style>h2");
        assertThat(LetterLifecycle.pdfText(life.pdf(id, letter, false))).contains("Why we need more time").contains("The glazier is ill.")
                .contains("When you will have our response").contains("25 March 2026").contains("0300 111 3000");

        // a template is only its wording: there is nothing to send that would drop a section
        Api.Response extra = putWording(LetterLifecycle.STAGE2_OFFICER, "EXTENSION",
                Map.of("opening", "Hi.", "closing", "Bye.", "signOff", "Complaints Manager", "sections", "[]"));
        assertThat(extra.status()).isEqualTo(400);
    }

    @Test
    void wording_needs_each_part_signed_by_a_job_title_not_a_name() {
        Api.Response blank = putWording(LetterLifecycle.STAGE2_OFFICER, "EXTENSION", Map.of("opening", " ", "closing", "Bye.",
                "signOff", "Complaints Manager"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text("/errors/0/field")).isEqualTo("opening");

        Api.Response named = putWording(LetterLifecycle.STAGE2_OFFICER, "EXTENSION", Map.of("opening", "Hi.", "closing", "Bye.",
                "signOff", "Letters Investigator"));
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.text("/errors/0/field")).isEqualTo("signOff");
    }

    @Test
    void only_managers_and_administrators_change_wording_and_every_staff_role_reads_it() {
        Map<String, Object> body = Map.of("opening", "Hi.", "closing", "Bye.", "signOff", "Complaints Manager");
        assertThat(putWording(LetterLifecycle.OFFICER, "EXTENSION", body).status()).isEqualTo(403);
        assertThat(putWording(LetterLifecycle.VIEWER, "EXTENSION", body).status()).isEqualTo(403);
        assertThat(putWording(Api.ADMIN, "EXTENSION", body).status()).isEqualTo(200);
        assertThat(putWording(LetterLifecycle.STAGE2_OFFICER, "NO_SUCH_LETTER", body).status()).isEqualTo(404);

        Api.Response all = life.api.as(LetterLifecycle.VIEWER).get("/api/v1/letter-templates");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().size()).isEqualTo(LetterType.values().length);
        assertThat(all.body().get(4).get("type").asString()).isEqualTo("STAGE_1_RESPONSE");
        assertThat(all.body().get(4).get("requiredSections").size()).isEqualTo(7);
    }

    // ------------------------------------------------------------------ the staff page

    @Test
    void the_staff_page_lists_the_letters_and_a_manager_changes_the_wording_with_errors_shown_in_a_summary() throws Exception {
        String list = page(get("/letter-templates").with(user("web.manager").roles("MANAGER")));
        assertThat(list).contains("Letter wording").contains("Stage 1 response").contains("/letter-templates/EXTENSION");

        String form = page(get("/letter-templates/EXTENSION").with(user("web.manager").roles("MANAGER")));
        assertThat(form).contains("<form").contains("name=\"opening\"").contains("The new response date");

        MvcResult invalid = mvc.perform(post("/letter-templates/EXTENSION").with(user("web.manager").roles("MANAGER")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("opening", "Kept as typed").param("closing", "")
                .param("signOff", "")).andReturn();
        String errors = invalid.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("govuk-error-summary").contains("href=\"#closing\"").contains("Enter the closing paragraph")
                .contains("href=\"#signOff\"").contains("Kept as typed");

        MvcResult saved = mvc.perform(post("/letter-templates/EXTENSION").with(user(LetterLifecycle.STAGE2_OFFICER).roles("MANAGER"))
                .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("opening", "Sorry for the wait.")
                .param("closing", "Thank you.").param("signOff", "Complaints Manager")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/letter-templates");
        assertThat(templates.current(LetterType.EXTENSION).opening()).isEqualTo("Sorry for the wait.");
    }

    @Test
    void an_officer_sees_the_wording_but_cannot_change_it() throws Exception {
        String form = page(get("/letter-templates/EXTENSION").with(user("web.officer").roles("COMPLAINTS_OFFICER")));
        assertThat(form).doesNotContain("wording-form").contains("Only managers and administrators");
        MvcResult refused = mvc.perform(post("/letter-templates/EXTENSION").with(user("web.officer").roles("COMPLAINTS_OFFICER"))
                .with(csrf()).param("opening", "x").param("closing", "y").param("signOff", "z")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

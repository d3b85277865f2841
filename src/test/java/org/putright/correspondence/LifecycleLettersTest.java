package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The letters other steps of the lifecycle produce, each with what the Code says it must tell the resident. */
@WithDatabase
class LifecycleLettersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    LetterLifecycle life;

    @BeforeEach
    void setUp() {
        life = new LetterLifecycle(mvc, json);
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void provision_6_2_and_3_7_the_acknowledgement_holds_the_definition_the_response_date_the_handlers_job_title_and_the_ombudsman() {
        String id = life.create("Mary Seacole");
        JsonNode acknowledged = life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.INVESTIGATOR,
                LetterLifecycle.definition("Damp in the back bedroom has not been treated since January.", "Damp not treated"))
                .body();
        assertThat(acknowledged.at("/deadlines/respondBy").asString()).isEqualTo("2026-03-18");

        String letter = life.letterId(id, LetterType.ACKNOWLEDGEMENT);
        String text = LetterLifecycle.pdfText(life.pdf(id, letter, false));
        assertThat(text).contains("We have received your complaint (stage 1)")
                .contains("Damp in the back bedroom has not been treated since January.").contains("Damp not treated")
                .contains("Boiler repaired").contains("The gas supply itself")
                .contains("We will give you our full response in writing by 18 March 2026")
                .contains("looked into by our Investigating Officer").doesNotContain("Letters Investigator")
                .contains("Housing Ombudsman Service").contains("0300 111 3000");
        assertThat(life.text(id, letter)).contains("18 March 2026").contains("0300 111 3000")
                .contains("Damp in the back bedroom has not been treated since January.");
    }

    @Test
    void provision_6_5_the_extension_letter_gives_the_reason_the_new_date_and_the_ombudsman() {
        String id = life.create("Mary Seacole");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("Damp not treated"));
        life.extend(id, 5, "We are waiting for the damp surveyor's report, due on 20 March.", LocalDate.of(2026, 3, 16));

        String text = LetterLifecycle.pdfText(life.pdf(id, life.letterId(id, LetterType.EXTENSION), false));
        assertThat(text).contains("We need more time to respond to your complaint")
                .contains("We are waiting for the damp surveyor's report, due on 20 March.")
                .contains("We will now give you our stage 1 response by 25 March 2026")
                // 5.9: the intervals agreed for keeping the resident informed meanwhile
                .contains("at least every 5 working days")
                .contains("Housing Ombudsman Service").contains("0300 111 3000").contains("info@housing-ombudsman.org.uk");
    }

    @Test
    void provision_2_4_the_refusal_letter_gives_the_ground_the_reasons_and_the_right_to_go_to_the_ombudsman() {
        String id = life.create("Mary Seacole");
        life.refuse(id, "LEGAL_PROCEEDINGS", "Your solicitor issued a disrepair claim on 1 February 2026 about the same boiler.",
                LocalDate.of(2026, 3, 3));

        String text = LetterLifecycle.pdfText(life.pdf(id, life.letterId(id, LetterType.REFUSAL), false));
        assertThat(text).contains("We cannot accept your complaint").contains("Legal proceedings have started")
                .contains("Your solicitor issued a disrepair claim on 1 February 2026 about the same boiler.")
                .contains("Your right to go to the Housing Ombudsman").contains("0300 111 3000");
    }

    @Test
    void provision_5_11_the_escalation_refusal_letter_gives_the_reasons_and_the_ombudsman() {
        String id = life.create("Mary Seacole");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("Damp not treated"));
        life.respond(LetterLifecycle.OFFICER, id, noRemedyResponse(LocalDate.of(2026, 3, 10), "Damp not treated"));
        life.escalate(id, LocalDate.of(2026, 3, 12));
        life.refuse(id, "LEGAL_PROCEEDINGS", "Your solicitor issued a disrepair claim on 11 March 2026 about the same damp.",
                LocalDate.of(2026, 3, 13));

        String text = LetterLifecycle.pdfText(life.pdf(id, life.letterId(id, LetterType.ESCALATION_REFUSAL), false));
        assertThat(text).contains("We cannot take your complaint to the next stage").contains("Legal proceedings have started")
                .contains("Your solicitor issued a disrepair claim on 11 March 2026 about the same damp.")
                .contains("0300 111 3000");
    }

    @Test
    void provision_6_6_an_action_update_says_what_was_promised_what_was_done_and_when() {
        String id = life.create("Mary Seacole");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("Damp not treated"));
        life.respond(LetterLifecycle.OFFICER, id, LetterLifecycle.fullResponse(LocalDate.of(2026, 3, 10), "UPHELD",
                Map.of("Damp not treated", "UPHELD"), "The damp treatment was not booked.", List.of(Map.of("type", "APOLOGY",
                        "description", "We apologise.")),
                List.of(Map.of("description", "Treat the damp in the back bedroom", "dueOn", "2026-03-31", "owner",
                        "Repairs Manager"))));
        life.complete(id, 1, 0, LocalDate.of(2026, 3, 27), "Our contractor treated the wall and fitted an extractor fan.");

        String text = LetterLifecycle.pdfText(life.pdf(id, life.letterId(id, LetterType.ACTION_UPDATE), false));
        assertThat(text).contains("What we promised Treat the damp in the back bedroom").contains("Due by 31 March 2026")
                .contains("Our contractor treated the wall and fitted an extractor fan.")
                .contains("This was completed on 27 March 2026").contains("There is nothing further outstanding");
    }

    static Map<String, Object> noRemedyResponse(LocalDate on, String point) {
        Map<String, Object> body = new LinkedHashMap<>(LetterLifecycle.fullResponse(on, "NOT_UPHELD",
                Map.of(point, "NOT_UPHELD"), "The damp was treated on time.", List.of(), List.of()));
        body.put("noRemedyReason", "Nothing went wrong that needs putting right.");
        body.put("noOutstandingActions", true);
        return body;
    }
}

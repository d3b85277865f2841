package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.correspondence.Letters;
import org.putright.correspondence.RenderedLetter;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Consent (3.6, 1.3), adjustments (5.10) and restrictions (5.14) decide who our letters go to, how and in what format. */
@WithDatabase
class ConsentLettersTest {

    static final String OFFICER = "consent.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentRecords residents;

    @Autowired
    ContactPlans plans;

    @Autowired
    Letters letters;

    Api.Session officer;

    @BeforeEach
    void setUp() {
        officer = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").as(OFFICER);
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------ 3.6

    @Test
    void provision_3_6_consent_scope_and_expiry_decide_who_receives_letters() {
        // all complaints, not expired: the acknowledgement goes to the representative
        String tenancy = tenancy();
        UUID first = Intake.complaintFrom("Rosalind Franklin").tenancy(tenancy).email(unique("rosalind")).postcode("CB2 1TN").loggedBy(officer);
        UUID resident = residentOf(first);
        String rep = addRepresentative(resident, "Maurice Advocate", "ADVOCATE", unique("maurice"), Map.of("consentStatus", "GIVEN",
                "consentHow", "IN_WRITING", "consentGivenOn", "2026-03-02", "scope", "ALL_COMPLAINTS", "expiresOn", "2026-03-31"));
        acknowledge(first, "2026-03-03");
        assertThat(recipients(first, "ACKNOWLEDGEMENT")).containsExactly("REPRESENTATIVE:Maurice Advocate");

        // consent for one complaint does not reach another of the resident's complaints
        String other = tenancy();
        UUID a = Intake.complaintFrom("Lise Meitner").tenancy(other).email(unique("lise")).loggedBy(officer);
        UUID b = Intake.complaintFrom("Lise Meitner").tenancy(other).description("The lift has been broken for a month.").loggedBy(officer);
        UUID lise = residentOf(a);
        assertThat(residentOf(b)).isEqualTo(lise);
        addRepresentative(lise, "Otto Family", "FAMILY", unique("otto"), Map.of("consentStatus", "GIVEN", "consentHow", "BY_PHONE",
                "consentGivenOn", "2026-03-02", "scope", "ONE_COMPLAINT", "complaintId", a.toString()));
        acknowledge(b, "2026-03-03");
        acknowledge(a, "2026-03-03");
        assertThat(recipients(b, "ACKNOWLEDGEMENT")).containsExactly("RESIDENT:Lise Meitner");
        assertThat(recipients(a, "ACKNOWLEDGEMENT")).containsExactly("REPRESENTATIVE:Otto Family");

        // consent that expired before the letter's date: the resident again
        UUID late = Intake.complaintFrom("Chien-Shiung Wu").tenancy(tenancy()).email(unique("wu")).loggedBy(officer);
        addRepresentative(residentOf(late), "Luke Solicitor", "SOLICITOR", unique("luke"), Map.of("consentStatus", "GIVEN",
                "consentHow", "POWER_OF_ATTORNEY", "consentGivenOn", "2026-03-02", "scope", "ALL_COMPLAINTS", "expiresOn", "2026-03-10"));
        assertThat(plans.planFor(late, LocalDate.of(2026, 3, 10)).addressees()).extracting(ContactPlan.Addressee::name)
                .containsExactly("Luke Solicitor");
        clock.set(Instant.parse("2026-03-11T09:00:00Z"));
        acknowledge(late, "2026-03-11");
        assertThat(recipients(late, "ACKNOWLEDGEMENT")).containsExactly("RESIDENT:Chien-Shiung Wu");
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));

        // consent withdrawn: the resident
        UUID withdrawn = Intake.complaintFrom("Barbara McClintock").tenancy(tenancy()).email(unique("barbara")).loggedBy(officer);
        String councillor = addRepresentative(residentOf(withdrawn), "Cllr Harriet Jones", "COUNCILLOR", unique("harriet"),
                Map.of("consentStatus", "GIVEN", "consentHow", "BY_EMAIL", "consentGivenOn", "2026-03-02", "scope", "ALL_COMPLAINTS"));
        Api.Response withdrawal = officer.post("/api/v1/representatives/" + councillor + "/withdrawal",
                Map.of("on", "2026-03-03", "reason", "The resident phoned to say she will deal with it herself."));
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
        assertThat(withdrawal.text("/consentStatus")).isEqualTo("WITHDRAWN");
        acknowledge(withdrawn, "2026-03-03");
        assertThat(recipients(withdrawn, "ACKNOWLEDGEMENT")).containsExactly("RESIDENT:Barbara McClintock");

        // letters to the representative and the resident: one letter each, the resident's with the full postal address
        UUID both = Intake.complaintFrom("Dorothy Hodgkin").tenancy(tenancy()).email(unique("dorothy")).loggedBy(officer);
        UUID dorothy = residentOf(both);
        jdbc.sql("update resident set address_line1 = '12 Crystal Row', town = 'Oxford', postcode = 'OX1 3PU' where id = ?").param(dorothy)
                .update();
        String mp = addRepresentative(dorothy, "Jo Member MP", "MP", unique("jo"), Map.of("consentStatus", "REQUESTED"));
        Api.Response consent = officer.post("/api/v1/representatives/" + mp + "/consent", Map.of("how", "IN_WRITING", "on", "2026-03-02",
                "scope", "ALL_COMPLAINTS", "correspondenceTo", "REPRESENTATIVE_AND_RESIDENT", "note", "Signed consent form"));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        acknowledge(both, "2026-03-03");
        assertThat(recipients(both, "ACKNOWLEDGEMENT")).containsExactlyInAnyOrder("REPRESENTATIVE:Jo Member MP", "RESIDENT:Dorothy Hodgkin");
        String postal = jdbc.sql("select recipient_postal from letter where complaint_id = ? and recipient_role = 'RESIDENT'").param(both)
                .query(String.class).single();
        assertThat(postal).isEqualTo("12 Crystal Row\nOxford\nOX1 3PU");

        // every change is in the resident's audit trail
        assertThat(auditTypes(resident)).contains("RepresentativeAdded");
        assertThat(auditTypes(residentOf(withdrawn))).contains("RepresentativeAdded", "ConsentWithdrawn");
        assertThat(auditTypes(dorothy)).contains("RepresentativeAdded", "ConsentGiven");
        assertThat(rep).isNotBlank();
    }

    @Test
    void consent_for_one_complaint_must_name_one_of_the_residents_complaints() {
        UUID mine = Intake.complaintFrom("Emmy Noether").tenancy(tenancy()).email(unique("emmy")).loggedBy(officer);
        UUID someoneElses = Intake.complaintFrom("Sophie Germain").tenancy(tenancy()).email(unique("sophie")).loggedBy(officer);
        Map<String, Object> body = representative("Paul Friend", "FRIEND", unique("paul"), Map.of("consentStatus", "GIVEN", "consentHow",
                "IN_PERSON", "consentGivenOn", "2026-03-02", "scope", "ONE_COMPLAINT", "complaintId", someoneElses.toString()));
        Api.Response refused = officer.post("/api/v1/residents/" + residentOf(mine) + "/representatives", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.toString()).contains("complaintId");
    }

    // ------------------------------------------------------------------ 1.3

    @Test
    void provision_1_3_third_party_without_consent_is_logged_and_consent_requested() {
        UUID complaint = Intake.complaintFrom("Mary Anning").tenancy(tenancy()).email(unique("mary")).postcode("DT7 3QA")
                .representedBy("Sam Advocate", "ADVOCATE", unique("sam"), false).loggedBy(officer);

        // accepted and logged as normal
        assertThat(officer.get("/api/v1/complaints/" + complaint).text("/status")).isNotBlank();
        UUID resident = residentOf(complaint);
        JsonNode reps = officer.get("/api/v1/residents/" + resident + "/representatives").body();
        assertThat(reps).hasSize(1);
        assertThat(reps.get(0).get("name").asString()).isEqualTo("Sam Advocate");
        assertThat(reps.get(0).get("consentStatus").asString()).isEqualTo("REQUESTED");
        assertThat(reps.get(0).get("complaintId").asString()).isEqualTo(complaint.toString());

        // the resident is asked, in writing
        assertThat(recipients(complaint, "CONSENT_REQUEST")).containsExactly("RESIDENT:Mary Anning");
        String letterId = letterIds(complaint, "CONSENT_REQUEST").get(0);
        RenderedLetter request = letters.rendered(UUID.fromString(letterId));
        assertThat(request.text()).contains("Sam Advocate").contains("logged").contains("consent");
        assertThat(auditTypes(resident)).contains("RepresentativeAdded", "ConsentRequested");

        // until the resident consents, the complaint's letters go to the resident
        acknowledge(complaint, "2026-03-03");
        assertThat(recipients(complaint, "ACKNOWLEDGEMENT")).containsExactly("RESIDENT:Mary Anning");
    }

    @Test
    void consent_stated_at_intake_covers_that_complaint() {
        UUID complaint = Intake.complaintFrom("Caroline Herschel").tenancy(tenancy()).email(unique("caroline"))
                .representedBy("William Family", "FAMILY", unique("william"), true).loggedBy(officer);
        JsonNode rep = officer.get("/api/v1/residents/" + residentOf(complaint) + "/representatives").body().get(0);
        assertThat(rep.get("consentStatus").asString()).isEqualTo("GIVEN");
        assertThat(rep.get("consentHow").asString()).isEqualTo("BY_PHONE");
        assertThat(rep.get("scope").asString()).isEqualTo("ONE_COMPLAINT");
        assertThat(recipients(complaint, "CONSENT_REQUEST")).isEmpty();
        acknowledge(complaint, "2026-03-03");
        assertThat(recipients(complaint, "ACKNOWLEDGEMENT")).containsExactly("REPRESENTATIVE:William Family");
    }

    // ------------------------------------------------------------------ 5.10 formats and 5.14 contact

    @Test
    void provision_5_10_letters_come_in_the_agreed_format() throws IOException {
        UUID complaint = Intake.complaintFrom("Ada Lovelace").tenancy(tenancy()).email(unique("ada")).loggedBy(officer);
        UUID resident = residentOf(complaint);
        adjustment(resident, "LARGE_PRINT", null, null);
        adjustment(resident, "COLOURED_PAPER", "yellow", null);
        adjustment(resident, "BRAILLE", null, LocalDate.of(2026, 3, 1)); // ended before the letter: no longer applies
        acknowledge(complaint, "2026-03-03");

        JsonNode letter = letter(complaint, "ACKNOWLEDGEMENT");
        assertThat(letter.get("largePrint").asBoolean()).isTrue();
        assertThat(letter.get("needs").toString()).contains("coloured paper (yellow)").doesNotContain("Braille");
        RenderedLetter rendered = letters.rendered(UUID.fromString(letter.get("id").asString()));
        assertThat(rendered.needs()).containsExactly("coloured paper (yellow)");
        assertThat(smallestFontSize(rendered.pdf())).isGreaterThanOrEqualTo(16f);

        // the case page tells staff what to do before it goes
        String page = casePage(complaint);
        assertThat(page).contains("Needs: large print, coloured paper (yellow)");
    }

    @Test
    void provision_5_14_a_lapsed_restriction_no_longer_constrains_the_channel() {
        UUID lapsed = complaintPreferringText("Hedy Lamarr");
        restriction(residentOf(lapsed), "WRITTEN_CONTACT_ONLY", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1));
        UUID active = complaintPreferringText("Grace Murray");
        restriction(residentOf(active), "WRITTEN_CONTACT_ONLY,SINGLE_POINT_OF_CONTACT", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1));

        acknowledge(lapsed, "2026-03-03");
        acknowledge(active, "2026-03-03");
        assertThat(channel(lapsed)).isEqualTo("SMS");
        assertThat(channel(active)).isEqualTo("EMAIL");
        String notes = jdbc.sql("select contact_notes from letter where complaint_id = ?").param(active).query(String.class).single();
        assertThat(notes).contains("written contact only").contains("one named point of contact");
        assertThat(plans.planFor(lapsed, LocalDate.of(2026, 3, 3)).resident().notes()).isEmpty();
    }

    @Test
    void provision_5_10_email_only_adjustment_sends_by_email_even_when_post_was_asked_for() {
        UUID complaint = complaintPreferring("Marie Curie", "by post please");
        adjustment(residentOf(complaint), "EMAIL_ONLY", null, null);
        acknowledge(complaint, "2026-03-03");
        assertThat(channel(complaint)).isEqualTo("EMAIL");
    }

    @Test
    void a_restriction_notice_is_written_to_the_resident() {
        UUID complaint = Intake.complaintFrom("Alice Ball").tenancy(tenancy()).email(unique("alice")).loggedBy(officer);
        UUID resident = residentOf(complaint);
        // imposed through the API, which publishes ContactRestrictionImposed in its transaction
        Api.Response imposed = new Api(mvc, json).staff("consent.manager", "MANAGER").as(OFFICER).post(
                "/api/v1/residents/" + resident + "/restrictions",
                CareFixtures.restriction("consent.manager", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 6, 3), "WRITTEN_CONTACT_ONLY"));
        assertThat(imposed.status()).as(imposed.toString()).isEqualTo(201);
        assertThat(recipients(complaint, "RESTRICTION_NOTICE")).containsExactly("RESIDENT:Alice Ball");
        String text = letters.rendered(UUID.fromString(letterIds(complaint, "RESTRICTION_NOTICE").get(0))).text();
        assertThat(text).contains("only be in contact in writing").contains("3 June 2026").contains("does not stop you making a complaint")
                .contains("Forty-one calls in two weeks");
    }

    // ------------------------------------------------------------------ helpers

    private UUID complaintPreferringText(String name) {
        return complaintPreferring(name, "text message");
    }

    private UUID complaintPreferring(String name, String preference) {
        Map<String, Object> resident = new LinkedHashMap<>();
        resident.put("name", name);
        resident.put("tenancyReference", tenancy());
        resident.put("email", unique(name.split(" ")[0].toLowerCase()));
        resident.put("phone", "07700 900" + (100 + (int) (Math.random() * 800)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", "2026-03-02T10:15:00Z");
        body.put("channel", "PHONE");
        body.put("resident", resident);
        body.put("description", "The boiler has not worked for three weeks and nobody has come.");
        body.put("contactPreference", preference);
        Api.Response created = officer.post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.text("/id"));
    }

    private String channel(UUID complaint) {
        return jdbc.sql("select preferred_channel from letter where complaint_id = ? and letter_type = 'ACKNOWLEDGEMENT'").param(complaint)
                .query(String.class).single();
    }

    private void adjustment(UUID resident, String kind, String detail, LocalDate endedOn) {
        jdbc.sql("""
                insert into adjustment (id, resident_id, kind, detail, agreed_on, agreed_by, review_on, ended_on, end_reason, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), resident, kind, detail, LocalDate.of(2026, 2, 1), OFFICER, LocalDate.of(2026, 8, 1), endedOn,
                        endedOn == null ? null : "No longer needed", OffsetDateTime.of(2026, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC))
                .update();
    }

    private UUID restriction(UUID resident, String kinds, LocalDate startsOn, LocalDate reviewOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into contact_restriction (id, resident_id, kinds, detail, behaviour, evidence, proportionate_because,
                    equality_considerations, proposed_by, approved_by, approved_on, starts_on, review_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, resident, kinds, "Write to the complaints team", "Repeated abusive phone calls to staff.",
                        "Call logs of 4, 5 and 6 February.", "Written contact keeps the complaint moving while protecting staff.",
                        "No disability affecting written contact is known.", OFFICER, "consent.manager", startsOn, startsOn, reviewOn,
                        OffsetDateTime.of(2026, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return id;
    }

    private String addRepresentative(UUID resident, String name, String relationship, String email, Map<String, Object> consent) {
        Api.Response added = officer.post("/api/v1/residents/" + resident + "/representatives", representative(name, relationship, email, consent));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("/id");
    }

    private static Map<String, Object> representative(String name, String relationship, String email, Map<String, Object> consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("relationship", relationship);
        body.put("email", email);
        body.putAll(consent);
        return body;
    }

    private void acknowledge(UUID complaint, String on) {
        Api.Response ack = officer.post("/api/v1/complaints/" + complaint + "/acknowledgement", Map.of("acknowledgedOn", on, "handler", OFFICER,
                "definition", Map.of("summary", "No heating", "points", List.of("No heating"), "outcomesSought", List.of("Heating repaired"))));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
    }

    private JsonNode lettersOf(UUID complaint) {
        Api.Response list = officer.get("/api/v1/complaints/" + complaint + "/letters");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body();
    }

    private JsonNode letter(UUID complaint, String type) {
        for (JsonNode l : lettersOf(complaint)) {
            if (l.get("type").asString().equals(type)) {
                return l;
            }
        }
        throw new AssertionError("No " + type + " letter for " + complaint);
    }

    private List<String> recipients(UUID complaint, String type) {
        List<String> found = new ArrayList<>();
        lettersOf(complaint).forEach(l -> {
            if (l.get("type").asString().equals(type)) {
                found.add(l.get("recipientRole").asString() + ":" + l.get("recipientName").asString());
            }
        });
        return found;
    }

    private List<String> letterIds(UUID complaint, String type) {
        List<String> found = new ArrayList<>();
        lettersOf(complaint).forEach(l -> {
            if (l.get("type").asString().equals(type)) {
                found.add(l.get("id").asString());
            }
        });
        return found;
    }

    private List<String> auditTypes(UUID resident) {
        return jdbc.sql("select event_type from resident_event where resident_id = ? order by sequence").param(resident).query(String.class)
                .list();
    }

    private String casePage(UUID complaint) {
        try {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/" + complaint)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(OFFICER)
                            .roles("COMPLAINTS_OFFICER")))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID residentOf(UUID complaint) {
        return residents.forComplaint(complaint).orElseThrow().id();
    }

    private static String tenancy() {
        return "T-CON-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static float smallestFontSize(byte[] pdf) throws IOException {
        float[] smallest = { Float.MAX_VALUE };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> smallest[0] = Math.min(smallest[0], p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return smallest[0];
    }
}

package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Resident records from the housing management system: upserts, the CSV import, duplicates, merges and history (5.4). */
@WithDatabase
class ResidentRecordsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentRecords residents;

    @Autowired
    ResidentBackfill backfill;

    @Autowired
    ResidentAnonymisation anonymisation;

    Api.Session officer;
    Api.Session investigator;
    String tag;

    @BeforeEach
    void setUp() {
        Api api = new Api(mvc, json).staff("records.officer", "COMPLAINTS_OFFICER").staff("records.investigator", "INVESTIGATING_OFFICER");
        officer = api.as("records.officer");
        investigator = api.as("records.investigator");
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Api.Response upsert(String tenancy, Map<String, Object> body) {
        return officer.request(put("/api/v1/residents/by-tenancy/" + tenancy), body);
    }

    private static Map<String, Object> resident(String name, String propertyReference, String line1, String postcode, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("propertyReference", propertyReference);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", line1);
        address.put("town", "Leeds");
        address.put("postcode", postcode);
        body.put("address", address);
        body.put("email", email);
        return body;
    }

    private JsonNode importCsv(String csv, boolean dryRun) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/residents/import").param("dryRun", String.valueOf(dryRun))
                .header(HttpHeaders.AUTHORIZATION, officer.authorization()).contentType("text/csv").content(csv)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private List<String> trailTypes(String residentId) {
        List<String> types = new ArrayList<>();
        officer.get("/api/v1/residents/" + residentId + "/audit-trail").body().forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private static JsonNode change(JsonNode changes, String field) {
        for (JsonNode c : changes) {
            if (c.get("field").asString().equals(field)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void an_upsert_creates_then_updates_the_record_and_logs_each_field_changed_from_and_to() {
        String tenancy = "T-UP-" + tag;
        Map<String, Object> body = resident("Ada Lovelace", "P-UP-" + tag, "1 Engine Row", "ls1 4ap", "ada-" + tag + "@example.org");
        body.put("household", List.of(Map.of("name", "Byron Lovelace", "relationship", "son", "dateOfBirth", "2016-05-12")));

        Api.Response created = upsert(tenancy, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("/kind")).isEqualTo("CREATED");
        String id = created.text("/residentId");

        Api.Response record = officer.get("/api/v1/residents/" + id);
        assertThat(record.text("/resident/name")).isEqualTo("Ada Lovelace");
        assertThat(record.text("/resident/address/postcode")).as("postcodes are kept in their usual form").isEqualTo("LS1 4AP");
        assertThat(record.text("/resident/household/0/relationship")).isEqualTo("son");

        body.put("email", "ada.new-" + tag + "@example.org");
        body.put("phone", "0113 496 0000");
        Api.Response updated = upsert(tenancy, body);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("/kind")).isEqualTo("UPDATED");
        JsonNode email = change(updated.body().get("changes"), "email");
        assertThat(email.get("from").asString()).isEqualTo("ada-" + tag + "@example.org");
        assertThat(email.get("to").asString()).isEqualTo("ada.new-" + tag + "@example.org");
        assertThat(updated.body().get("changes")).hasSize(2);

        Map<String, Object> without = new LinkedHashMap<>(Map.of("name", "Ada Lovelace"));
        Api.Response same = upsert(tenancy, without);
        assertThat(same.text("/kind")).as("a field left out keeps what is held").isEqualTo("UNCHANGED");
        assertThat(officer.get("/api/v1/residents/" + id).text("/resident/phone")).isEqualTo("0113 496 0000");

        JsonNode trail = officer.get("/api/v1/residents/" + id + "/audit-trail").body();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get("type").asString()).isEqualTo("ResidentRecorded");
        assertThat(trail.get(0).get("actor").asString()).isEqualTo("records.officer");
        assertThat(trail.get(1).get("type").asString()).isEqualTo("ResidentUpdated");
        assertThat(change(trail.get(1).get("details").get("changes"), "phone").get("to").asString()).isEqualTo("0113 496 0000");
    }

    @Test
    void an_upsert_with_bad_details_is_refused_field_by_field_and_needs_a_managing_role() {
        Api.Response badEmail = upsert("T-BAD-" + tag, resident("Bad Email", null, "1 Road", "LS1 4AP", "not-an-email"));
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.text("/errors/0/field")).isEqualTo("email");

        Api.Response noName = upsert("T-BAD-" + tag, resident(null, null, "1 Road", "LS1 4AP", null));
        assertThat(noName.text("/errors/0/field")).isEqualTo("name");

        Api.Response badPostcode = upsert("T-BAD-" + tag, resident("Bad Postcode", null, "1 Road", "NOT A CODE", null));
        assertThat(badPostcode.text("/errors/0/field")).isEqualTo("address.postcode");

        Api.Response unknownField = officer.request(put("/api/v1/residents/by-tenancy/T-BAD-" + tag), Map.of("name", "X", "nmae", "Y"));
        assertThat(unknownField.status()).isEqualTo(400);

        assertThat(investigator.request(put("/api/v1/residents/by-tenancy/T-BAD-" + tag), Map.of("name", "Not Allowed")).status())
                .isEqualTo(403);
        assertThat(officer.get("/api/v1/residents?q=T-BAD-" + tag).body()).isEmpty();
    }

    @Test
    void a_csv_dry_run_reports_changes_field_by_field_and_errors_by_line_and_changes_nothing() throws Exception {
        String existing = "T-CSV-" + tag + "-1";
        String id = upsert(existing, resident("Alan Turing", "P-CSV-" + tag, "2 Bletchley Road", "MK3 6EB", "alan-" + tag + "@example.org"))
                .text("/residentId");
        String csv = """
                tenancy_reference,property_reference,name,address_line1,address_line2,town,postcode,email,phone,preferred_contact,household
                %1$s-1,P-CSV-%1$s,Alan Turing,2 Bletchley Road,,Milton Keynes,MK3 6EB,alan.t-%2$s@example.org,,EMAIL,
                %1$s-2,P-CSV2-%1$s,"Joan Clarke, Mrs",3 Hut Lane,"Flat 2, Block B",Milton Keynes,mk3 6eb,,07700 900982,SMS,"Kit Clarke (son, 2015-03-01); Ann Clarke (mother)"
                %1$s-3,,Bad Row,4 Road,,Town,NOTAPOSTCODE,bad-email,,PIGEON,
                %1$s-4,,,5 Road,,Town,MK3 6EB,,,,
                %1$s-5,,Date Row,6 Road,,Town,MK3 6EB,,,,"Kid (son, 2015-02-30)"
                %1$s-2,,Joan Again,,,,,,,,
                """.formatted("T-CSV-" + tag, tag);

        JsonNode report = importCsv(csv, true);
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(6);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("rowsWithErrors").asInt()).isEqualTo(4);

        JsonNode update = report.get("changes").get(0);
        assertThat(update.get("kind").asString()).isEqualTo("UPDATED");
        assertThat(update.get("line").asInt()).isEqualTo(2);
        assertThat(update.get("residentId").asString()).isEqualTo(id);
        assertThat(change(update.get("changes"), "email").get("from").asString()).isEqualTo("alan-" + tag + "@example.org");
        assertThat(change(update.get("changes"), "email").get("to").asString()).isEqualTo("alan.t-" + tag + "@example.org");
        assertThat(change(update.get("changes"), "address.town").get("to").asString()).isEqualTo("Milton Keynes");
        assertThat(change(update.get("changes"), "preferredContact").get("to").asString()).isEqualTo("EMAIL");

        JsonNode create = report.get("changes").get(1);
        assertThat(create.get("kind").asString()).isEqualTo("CREATED");
        assertThat(create.get("name").asString()).isEqualTo("Joan Clarke, Mrs");
        assertThat(change(create.get("changes"), "household").get("to").asString())
                .isEqualTo("Kit Clarke (son, 2015-03-01); Ann Clarke (mother)");
        assertThat(change(create.get("changes"), "address.line2").get("to").asString()).isEqualTo("Flat 2, Block B");

        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("column").asString()));
        assertThat(errors).containsExactly("4:postcode", "4:email", "4:preferred_contact", "5:name", "6:household", "7:tenancy_reference");

        assertThat(officer.get("/api/v1/residents?q=" + "T-CSV-" + tag + "-2").body()).as("a dry run creates nothing").isEmpty();
        assertThat(officer.get("/api/v1/residents/" + id).text("/resident/email")).as("a dry run changes nothing")
                .isEqualTo("alan-" + tag + "@example.org");
        assertThat(trailTypes(id)).containsExactly("ResidentRecorded");
    }

    @Test
    void a_real_import_applies_the_good_rows_in_one_go_and_logs_them() throws Exception {
        String csv = """
                tenancy_reference,name,address_line1,town,postcode,email
                T-IMP-%1$s-1,Hedy Lamarr,1 Frequency Way,Leeds,LS2 7HY,hedy-%1$s@example.org
                T-IMP-%1$s-2,Bad Email,2 Frequency Way,Leeds,LS2 7HY,nope
                """.formatted(tag);
        JsonNode report = importCsv(csv, false);
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rowsWithErrors").asInt()).isEqualTo(1);
        String id = report.get("changes").get(0).get("residentId").asString();
        assertThat(officer.get("/api/v1/residents/" + id).text("/resident/name")).isEqualTo("Hedy Lamarr");
        JsonNode trail = officer.get("/api/v1/residents/" + id + "/audit-trail").body();
        assertThat(trail.get(0).get("details").get("source").asString()).isEqualTo("CSV_IMPORT");
        assertThat(officer.get("/api/v1/residents?q=T-IMP-" + tag + "-2").body()).isEmpty();

        JsonNode again = importCsv(csv, false);
        assertThat(again.get("unchanged").asInt()).as("importing the same file again changes nothing").isEqualTo(1);
        assertThat(again.get("created").asInt()).isZero();

        JsonNode badHeader = importCsv("tenancy,name\nT-1,Someone\n", true);
        assertThat(badHeader.get("errors").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(badHeader.get("errors").get(0).get("column").asString()).isEqualTo("tenancy");
    }

    @Test
    void search_finds_residents_by_name_tenancy_reference_postcode_and_email() {
        String tenancy = "T-FIND-" + tag;
        String id = upsert(tenancy, resident("Rosalind Franklin " + tag, null, "51 Photo Street", "CB2 1TN", "rosalind-" + tag + "@example.org"))
                .text("/residentId");
        for (String q : List.of("rosalind franklin " + tag.toLowerCase(), tenancy.toLowerCase(), "rosalind-" + tag, "cb21tn")) {
            List<String> ids = new ArrayList<>();
            officer.get("/api/v1/residents?q=" + q).body().forEach(r -> ids.add(r.get("id").asString()));
            assertThat(ids).as(q).contains(id);
        }
    }

    @Test
    void probable_duplicates_are_found_and_a_merge_moves_the_complaints_and_is_in_both_records() {
        String email = "marie-" + tag + "@example.org";
        UUID complaint = Intake.complaintFrom("Marie Curie").email(email).postcode("OX1 2JD").loggedBy(officer);
        String intakeId = residents.forComplaint(complaint).orElseThrow().id().toString();
        String tenancy = "T-DUP-" + tag;
        Map<String, Object> housing = resident("Marie Sklodowska Curie", "P-DUP-" + tag, "7 Radium Road", "OX1 2JD", email);
        housing.put("phone", "01865 960 000");
        String housingId = upsert(tenancy, housing).text("/residentId");
        // a previous tenant of the same home, a different person: not a duplicate
        upsert("T-DUP-OLD-" + tag, resident("Pierre Arnaud", "P-DUP-" + tag, "7 Radium Road", "OX1 2JD", null));
        // the same home and a similar name: a duplicate
        String similarId = upsert("T-DUP-SIM-" + tag, resident("Marie S. Curie", "P-DUP-" + tag, "7 Radium Road", "OX1 2JD", null))
                .text("/residentId");

        List<String> pairs = new ArrayList<>();
        officer.get("/api/v1/residents/duplicates").body().forEach(d -> {
            List<String> two = new ArrayList<>(List.of(d.get("first").get("id").asString(), d.get("second").get("id").asString()));
            two.sort(null);
            pairs.add(String.join("/", two) + " " + d.get("reasons").toString());
        });
        assertThat(pairs).anyMatch(p -> p.contains(intakeId) && p.contains(housingId) && p.contains("Same email address"));
        assertThat(pairs).anyMatch(p -> p.contains(housingId) && p.contains(similarId) && p.contains("Same home and a similar name"));
        assertThat(pairs).noneMatch(p -> p.contains("Pierre"));

        Api.Response self = officer.post("/api/v1/residents/" + intakeId + "/merge", Map.of("into", intakeId, "reason", "Same person"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.text("/detail")).contains("itself");
        Api.Response noReason = officer.post("/api/v1/residents/" + intakeId + "/merge", Map.of("into", housingId, "reason", " "));
        assertThat(noReason.text("/errors/0/field")).isEqualTo("reason");

        Api.Response merged = officer.post("/api/v1/residents/" + intakeId + "/merge",
                Map.of("into", housingId, "reason", "The same resident: same email, tenancy confirmed by phone"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.body().get("complaintsMoved")).hasSize(1);

        assertThat(residents.forComplaint(complaint).orElseThrow().id().toString()).isEqualTo(housingId);
        Api.Response survivor = officer.get("/api/v1/residents/" + housingId);
        assertThat(survivor.body().get("complaints").get(0).get("complaintId").asString()).isEqualTo(complaint.toString());
        assertThat(survivor.body().get("mergedFrom").get(0).asString()).isEqualTo(intakeId);
        assertThat(officer.get("/api/v1/residents/" + intakeId).text("/resident/mergedInto")).isEqualTo(housingId);
        assertThat(trailTypes(intakeId)).contains("ResidentMergedInto");
        assertThat(trailTypes(housingId)).contains("ResidentMerged");

        Api.Response intoMerged = officer.post("/api/v1/residents/" + similarId + "/merge", Map.of("into", intakeId, "reason", "Same person"));
        assertThat(intoMerged.status()).isEqualTo(422);
        assertThat(intoMerged.text("/detail")).contains("merged into");
        Api.Response again = officer.post("/api/v1/residents/" + intakeId + "/merge", Map.of("into", similarId, "reason", "Same person"));
        assertThat(again.status()).isEqualTo(409);

        List<String> after = new ArrayList<>();
        officer.get("/api/v1/residents/duplicates").body().forEach(d -> after.add(d.get("first").get("id").asString() + d.get("second").get("id").asString()));
        assertThat(after).as("a merged record is no longer a live duplicate").noneMatch(p -> p.contains(intakeId));
    }

    @Test
    void a_merge_moves_representatives_and_fills_missing_contact_details_from_the_merged_record() {
        String survivorId = upsert("T-FILL-" + tag, resident("Chien-Shiung Wu", null, null, null, null)).text("/residentId");
        String mergedId = upsert("T-FILL-B-" + tag, resident("Chien Shiung Wu", null, "9 Parity Place", "EC1A 1BB", "wu-" + tag + "@example.org"))
                .text("/residentId");
        UUID representative = UUID.randomUUID();
        jdbc.sql("""
                insert into representative (id, resident_id, name, relationship, consent_status, scope, correspondence_to, recorded_at, recorded_by)
                values (?, ?, 'Advocate', 'ADVOCATE', 'GIVEN', 'ALL', 'REPRESENTATIVE', current_timestamp, 'test')""")
                .params(representative, UUID.fromString(mergedId)).update();

        Api.Response merged = officer.post("/api/v1/residents/" + mergedId + "/merge", Map.of("into", survivorId, "reason", "Same person"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.body().get("rowsMoved").get("representative").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select resident_id from representative where id = ?").param(representative).query(UUID.class).single().toString())
                .isEqualTo(survivorId);
        Api.Response survivor = officer.get("/api/v1/residents/" + survivorId);
        assertThat(survivor.text("/resident/email")).isEqualTo("wu-" + tag + "@example.org");
        assertThat(survivor.text("/resident/address/postcode")).isEqualTo("EC1A 1BB");
        assertThat(survivor.text("/resident/tenancyReference")).as("the survivor keeps its own tenancy").isEqualTo("T-FILL-" + tag);
        JsonNode trail = officer.get("/api/v1/residents/" + survivorId + "/audit-trail").body();
        JsonNode mergeEntry = trail.get(trail.size() - 1);
        assertThat(change(mergeEntry.get("details").get("changes"), "email").get("to").asString()).isEqualTo("wu-" + tag + "@example.org");

        assertThat(upsert("T-FILL-B-" + tag, Map.of("phone", "020 7946 0000")).text("/residentId"))
                .as("the merged record's tenancy reference leads to the survivor").isEqualTo(survivorId);
    }

    @Test
    void history_5_4_lists_the_residents_and_the_homes_earlier_complaints_and_service_requests() {
        String property = "P-HIST-" + tag;
        upsert("T-HIST-OLD-" + tag, resident("Previous Tenant", property, "12 History Lane", "YO1 7HH", null));
        String currentId = upsert("T-HIST-" + tag, resident("Current Tenant", property, "12 History Lane", "YO1 7HH", null)).text("/residentId");
        UUID previous = Intake.complaintFrom("Previous Tenant").tenancy("T-HIST-OLD-" + tag).receivedAt("2025-01-10T10:00:00Z")
                .description("Damp in the back bedroom again").loggedBy(officer);
        UUID earlier = Intake.complaintFrom("Current Tenant").tenancy("T-HIST-" + tag).receivedAt("2026-01-05T10:00:00Z")
                .description("Mould on the bedroom wall").loggedBy(officer);
        assertThat(officer.post("/api/v1/complaints/" + earlier + "/triage",
                Map.of("outcome", "SERVICE_REQUEST", "reasons", "A repair request", "residentToldOfRightToComplain", true)).status()).isEqualTo(200);
        UUID current = Intake.complaintFrom("Current Tenant").tenancy("T-HIST-" + tag).loggedBy(officer);

        JsonNode history = officer.get("/api/v1/residents/" + currentId + "/history").body();
        List<String> ids = new ArrayList<>();
        history.forEach(e -> ids.add(e.get("complaintId").asString()));
        assertThat(ids).containsExactly(current.toString(), earlier.toString(), previous.toString());
        assertThat(history.get(1).get("kind").asString()).isEqualTo("SERVICE_REQUEST");
        assertThat(history.get(1).get("status").asString()).isEqualTo("SERVICE_REQUEST");
        assertThat(history.get(2).get("ofThisResident").asBoolean()).isFalse();
        assertThat(history.get(2).get("residentName").asString()).isEqualTo("Previous Tenant");
        assertThat(history.get(2).get("summary").asString()).isEqualTo("Damp in the back bedroom again");
    }

    @Test
    void complaints_received_before_the_residents_module_are_linked_by_the_backfill() {
        String tenancy = "T-BACK-" + tag;
        String residentId = upsert(tenancy, resident("Barbara Liskov", null, "3 Substitution Street", "M1 1AE", null)).text("/residentId");
        UUID complaint = Intake.complaintFrom("Barbara Liskov").tenancy(tenancy).loggedBy(officer);
        jdbc.sql("delete from resident_complaint where complaint_id = ?").param(complaint).update();
        assertThat(residents.forComplaint(complaint)).isEmpty();

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

        assertThat(residents.forComplaint(complaint).orElseThrow().id().toString()).isEqualTo(residentId);
        assertThat(trailTypes(residentId)).last().isEqualTo("ComplaintLinked");
        assertThat(officer.get("/api/v1/residents/" + residentId + "/audit-trail").body().get(2).get("actor").asString()).isEqualTo("backfill");
        assertThat(backfill.run()).as("nothing is left to link").isZero();
    }

    @Test
    void anonymising_a_resident_removes_their_personal_data_and_keeps_the_record_and_its_links() {
        String tenancy = "T-ANON-" + tag;
        Map<String, Object> body = resident("Sophie Germain", "P-ANON-" + tag, "8 Prime Road", "SW1A 2AA", "sophie-" + tag + "@example.org");
        body.put("household", List.of(Map.of("name", "Child Germain", "relationship", "daughter")));
        UUID id = UUID.fromString(upsert(tenancy, body).text("/residentId"));
        UUID complaint = Intake.complaintFrom("Sophie Germain").tenancy(tenancy).description("The lift is broken").loggedBy(officer);
        jdbc.sql("""
                insert into disclosure (id, resident_id, disclosed_text, disclosed_on, disclosed_how, recorded_by, recorded_at)
                values (?, ?, 'Anxiety disorder', current_date, 'PHONE', 'test', current_timestamp)""").params(UUID.randomUUID(), id).update();
        jdbc.sql("""
                insert into representative (id, resident_id, name, relationship, email, consent_status, scope, correspondence_to, recorded_at, recorded_by)
                values (?, ?, 'Helpful Friend', 'FAMILY', 'friend@example.org', 'GIVEN', 'ALL', 'REPRESENTATIVE', current_timestamp, 'test')""")
                .params(UUID.randomUUID(), id).update();

        anonymisation.anonymise(id);

        ResidentRecord r = residents.get(id);
        assertThat(r.name()).isEqualTo("Anonymised resident");
        assertThat(r.tenancyReference()).isNull();
        assertThat(r.email()).isNull();
        assertThat(r.address().line1()).isNull();
        assertThat(r.address().postcode()).isEqualTo("SW1A");
        assertThat(r.household()).isEmpty();
        assertThat(r.anonymisedOn()).isNotNull();
        assertThat(residents.forComplaint(complaint).orElseThrow().id()).as("statistics still count the link").isEqualTo(id);
        assertThat(jdbc.sql("select summary from resident_complaint where complaint_id = ?").param(complaint).query(String.class).optional()
                .orElse(null)).isNull();
        assertThat(jdbc.sql("select disclosed_text from disclosure where resident_id = ?").param(id).query(String.class).single())
                .doesNotContain("Anxiety");
        assertThat(jdbc.sql("select name || coalesce(email, '') from representative where resident_id = ?").param(id).query(String.class).single())
                .isEqualTo("Anonymised representative");
        String trail = officer.get("/api/v1/residents/" + id + "/audit-trail").body().toString();
        assertThat(trail).contains("ResidentAnonymised").doesNotContain("Sophie").doesNotContain("sophie-");
        assertThat(upsert(tenancy, Map.of("name", "Sophie Germain")).status()).as("the tenancy reference is free for a new record").isEqualTo(201);
    }
}

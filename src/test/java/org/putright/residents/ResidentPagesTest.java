package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The resident pages, driven as a browser without JavaScript would, and the resident and history sections of the case page. */
@WithDatabase
class ResidentPagesTest {

    static final String OFFICER = "residents.pages";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    Api.Session api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").as(OFFICER);
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static RequestPostProcessor officer() {
        return user(OFFICER).roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor governance() {
        return user("residents.board").roles("GOVERNANCE_VIEWER");
    }

    private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(get(path).with(who));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return html(result);
    }

    private String upsert(String tenancy, String name, String property, String line1, String postcode, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("propertyReference", property);
        body.put("address", Map.of("line1", line1, "town", "Bristol", "postcode", postcode));
        body.put("email", email);
        body.put("household", List.of(Map.of("name", "Robin " + tag, "relationship", "partner", "dateOfBirth", "1980-02-03")));
        Api.Response response = api.request(put("/api/v1/residents/by-tenancy/" + tenancy), body);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.text("/residentId");
    }

    @Test
    void the_search_page_finds_a_resident_and_their_record_shows_household_history_audit_trail_and_links() throws Exception {
        String tenancy = "T-PAGE-" + tag;
        String id = upsert(tenancy, "Mae Jemison " + tag, "P-PAGE-" + tag, "4 Orbit Close", "BS1 4DJ", "mae-" + tag + "@example.org");
        UUID complaint = Intake.complaintFrom("Mae Jemison " + tag).tenancy(tenancy).description("The window will not close").loggedBy(api);
        String reference = api.get("/api/v1/complaints/" + complaint).text("/reference");

        assertThat(page("/residents", governance())).contains("Search by name, tenancy reference, postcode or email address");
        String results = page("/residents?q=" + tenancy, governance());
        assertThat(results).contains("Mae Jemison " + tag, "/residents/" + id, "4 Orbit Close, Bristol, BS1 4DJ");
        assertThat(results).as("only managing roles import").doesNotContain("/residents/import");
        assertThat(page("/residents?q=nobody-" + tag, officer())).contains("No residents match");

        String record = page("/residents/" + id, governance());
        assertThat(record).contains("Mae Jemison " + tag, tenancy, "P-PAGE-" + tag, "mae-" + tag + "@example.org");
        assertThat(record).contains("Robin " + tag, "partner", "3 February 1980");
        assertThat(record).contains(reference, "/cases/" + complaint, "The window will not close", "Awaiting acknowledgement");
        assertThat(record).contains("Resident recorded", "Complaint linked", OFFICER);
        assertThat(record).contains("/residents/" + id + "/adjustments", "/residents/" + id + "/representatives",
                "/residents/" + id + "/restrictions", "/residents/" + id + "/subject-access");
        assertThat(record).as("a governance viewer only reads").doesNotContain("/residents/" + id + "/contact");
        assertThat(page("/residents/" + id, officer())).contains("/residents/" + id + "/contact");

        MvcResult missing = perform(get("/residents/" + UUID.randomUUID()).with(officer()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(missing)).contains("Resident not found");
    }

    @Test
    void correcting_contact_details_shows_every_problem_in_an_error_summary_and_logs_the_change() throws Exception {
        String id = upsert("T-CONTACT-" + tag, "Valentina Tereshkova", null, "5 Gull Street", "BS2 0AA", null);
        assertThat(page("/residents/" + id + "/contact", officer())).contains("Contact details", "5 Gull Street");

        MvcResult bad = perform(post("/residents/" + id + "/contact").with(officer()).with(csrf()).param("email", "not-an-email")
                .param("phone", "").param("preferredContact", "PHONE").param("line1", "5 Gull Street").param("town", "Bristol")
                .param("postcode", "NOWHERE"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        String errors = html(bad);
        assertThat(errors).contains("govuk-error-summary", "There is a problem", "href=\"#email\"", "href=\"#postcode\"", "href=\"#phone\"");
        assertThat(errors).contains("Enter an email address in the correct format", "Enter a real postcode",
                "Enter a phone number, or choose another way to contact them");
        assertThat(errors).as("what was typed is kept").contains("value=\"not-an-email\"");
        assertThat(perform(post("/residents/" + id + "/contact").with(governance()).with(csrf()).param("email", "x@example.org"))
                .getResponse().getStatus()).isEqualTo(403);

        MvcResult saved = perform(post("/residents/" + id + "/contact").with(officer()).with(csrf()).param("email", "valentina-" + tag + "@example.org")
                .param("phone", "0117 496 0000").param("preferredContact", "SMS").param("line1", "5 Gull Street").param("line2", "")
                .param("town", "Bristol").param("postcode", "bs2 0aa"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/residents/" + id);
        ResidentRecord r = residents.get(UUID.fromString(id));
        assertThat(r.email()).isEqualTo("valentina-" + tag + "@example.org");
        assertThat(r.preferredContact()).isEqualTo(ResidentRecord.PreferredContact.SMS);
        assertThat(page("/residents/" + id, officer())).contains("Resident updated", "Email: (nothing) → valentina-" + tag + "@example.org",
                "Preferred contact: (nothing) → SMS", "Text message");
    }

    @Test
    void an_uploaded_file_is_checked_first_and_its_changes_applied_only_when_asked() throws Exception {
        String tenancy = "T-UPLOAD-" + tag;
        String id = upsert(tenancy, "Sally Ride", null, "6 Shuttle Road", "BS3 1AA", "sally-" + tag + "@example.org");
        String csv = """
                tenancy_reference,name,email,postcode
                %1$s,Sally Ride,sally.ride-%2$s@example.org,BS3 1AA
                %1$s-NEW,Guion Bluford,,BS3 1AB
                %1$s-BAD,Bad Postcode,,XX
                """.formatted(tenancy, tag);
        MockMultipartFile file = new MockMultipartFile("file", "housing-export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        MvcResult checked = perform(multipart("/residents/import").file(file).with(officer()).with(csrf()));
        assertThat(checked.getResponse().getStatus()).isEqualTo(200);
        String report = html(checked);
        assertThat(report).contains("Check what this file would change", "housing-export.csv", "Would create", "Would update");
        assertThat(report).contains("sally-" + tag + "@example.org", "sally.ride-" + tag + "@example.org", "Guion Bluford");
        assertThat(report).contains("Enter a real postcode", "Apply these changes");
        assertThat(residents.get(UUID.fromString(id)).email()).as("checking changes nothing").isEqualTo("sally-" + tag + "@example.org");

        Matcher apply = Pattern.compile("action=\"(/residents/import/[0-9a-f-]+/apply)\"").matcher(report);
        assertThat(apply.find()).isTrue();
        MvcResult applied = perform(post(apply.group(1)).with(officer()).with(csrf()));
        assertThat(applied.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(applied)).contains("Import complete", "<span>1</span> created, <span>1</span> updated", "skipped");
        assertThat(residents.get(UUID.fromString(id)).email()).isEqualTo("sally.ride-" + tag + "@example.org");

        MvcResult twice = perform(post(apply.group(1)).with(officer()).with(csrf()));
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(twice)).contains("There is a problem", "This file was imported already");
    }

    @Test
    void a_bad_file_or_no_file_is_explained_in_an_error_summary() throws Exception {
        MvcResult none = perform(multipart("/residents/import").with(officer()).with(csrf()));
        assertThat(none.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(none)).contains("There is a problem", "href=\"#file\"", "Select a CSV file");

        MockMultipartFile wrong = new MockMultipartFile("file", "wrong.csv", "text/csv", "surname,tenancy\nX,T-1\n".getBytes(StandardCharsets.UTF_8));
        MvcResult bad = perform(multipart("/residents/import").file(wrong).with(officer()).with(csrf()));
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(bad)).contains("There is a problem", "The file cannot be imported", "surname", "is not a column the import knows");

        assertThat(perform(get("/residents/import").with(governance())).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void duplicates_are_listed_and_merged_with_a_reason_recorded_on_both_records() throws Exception {
        String email = "katherine-" + tag + "@example.org";
        String keep = upsert("T-MERGE-" + tag, "Katherine Coleman " + tag, null, "7 Trajectory Way", "BS4 1AA", email);
        UUID complaint = Intake.complaintFrom("K Johnson").email(email).loggedBy(api);
        // a tenancy reference on the complaint would have matched: this one came by email to the same address, so it matched by email
        assertThat(residents.forComplaint(complaint).orElseThrow().id().toString()).isEqualTo(keep);
        String other = upsert("T-MERGE-B-" + tag, "Katherine Johnson " + tag, null, "9 Elsewhere", "BS5 1AA", email);

        String list = page("/residents/duplicates", officer());
        assertThat(list).contains("Katherine Coleman " + tag, "Katherine Johnson " + tag, "Same email address");
        assertThat(list).contains("/residents/" + other + "/merge?into=" + keep);

        assertThat(page("/residents/" + other + "/merge?into=" + keep, officer())).contains("Merge resident records", "Kept",
                "Merged (no longer used)");
        MvcResult noReason = perform(post("/residents/" + other + "/merge").with(officer()).with(csrf()).param("into", keep).param("reason", ""));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noReason)).contains("There is a problem", "href=\"#reason\"", "Enter why these records are the same person");
        MvcResult self = perform(post("/residents/" + other + "/merge").with(officer()).with(csrf()).param("into", other).param("reason", "x"));
        assertThat(html(self)).contains("A record cannot be merged into itself");

        MvcResult merged = perform(post("/residents/" + other + "/merge").with(officer()).with(csrf()).param("into", keep)
                .param("reason", "Married name; same email, confirmed by phone"));
        assertThat(merged.getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/residents/" + keep, officer())).contains("Resident merged", "Married name; same email, confirmed by phone",
                "/residents/" + other);
        String gone = page("/residents/" + other, officer());
        assertThat(gone).contains("This record was merged into", "/residents/" + keep, "Resident merged into");
        assertThat(gone).doesNotContain("/residents/" + other + "/contact");
    }

    @Test
    void provision_5_4_the_case_page_shows_the_resident_and_the_earlier_complaints_of_the_resident_and_the_home() throws Exception {
        String property = "P-CASE-" + tag;
        upsert("T-CASE-OLD-" + tag, "Earlier Tenant " + tag, property, "8 Damp Court", "BS6 1AA", null);
        String id = upsert("T-CASE-" + tag, "Nancy Grace " + tag, property, "8 Damp Court", "BS6 1AA", "nancy-" + tag + "@example.org");
        UUID before = Intake.complaintFrom("Earlier Tenant " + tag).tenancy("T-CASE-OLD-" + tag).receivedAt("2025-02-01T10:00:00Z")
                .description("Black mould in the bathroom").loggedBy(api);
        UUID own = Intake.complaintFrom("Nancy Grace " + tag).tenancy("T-CASE-" + tag).receivedAt("2026-01-02T10:00:00Z")
                .description("Mould is back in the bathroom").loggedBy(api);
        UUID current = Intake.complaintFrom("Nancy Grace " + tag).tenancy("T-CASE-" + tag).description("Mould again, child has asthma")
                .loggedBy(api);
        String beforeRef = api.get("/api/v1/complaints/" + before).text("/reference");
        String ownRef = api.get("/api/v1/complaints/" + own).text("/reference");
        String currentRef = api.get("/api/v1/complaints/" + current).text("/reference");

        String casePage = page("/cases/" + current, officer());
        assertThat(casePage).contains("id=\"resident-record\"", "id=\"resident-history\"");
        String resident = casePage.substring(casePage.indexOf("id=\"resident-record\""), casePage.indexOf("id=\"resident-history\""));
        assertThat(resident).contains("Nancy Grace " + tag, "/residents/" + id, "Tenancy reference: T-CASE-" + tag,
                "Address: 8 Damp Court, Bristol, BS6 1AA", "nancy-" + tag + "@example.org", "Household: Robin " + tag + " (partner, 1980-02-03)");
        String history = casePage.substring(casePage.indexOf("id=\"resident-history\""));
        history = history.substring(0, history.indexOf("</section>"));
        assertThat(history).contains(ownRef, "/cases/" + own, "Mould is back in the bathroom", "from this resident");
        assertThat(history).contains(beforeRef, "/cases/" + before, "Black mould in the bathroom", "from Earlier Tenant " + tag + " at this home");
        assertThat(history).as("the current complaint is not its own history").doesNotContain(currentRef);
        assertThat(history.indexOf(ownRef)).as("newest first").isLessThan(history.indexOf(beforeRef));
    }
}

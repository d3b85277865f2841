package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.putright.testsupport.Api;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives complaints through the lifecycle API and fetches their letters, for the letters tests. */
final class LetterLifecycle {

    static final String OFFICER = "letters.officer";
    static final String STAGE2_OFFICER = "letters.manager";
    static final String INVESTIGATOR = "letters.investigator";
    static final String VIEWER = "letters.viewer";

    final Api api;
    private final MockMvc mvc;

    LetterLifecycle(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(STAGE2_OFFICER, "MANAGER")
                .staff(INVESTIGATOR, "INVESTIGATING_OFFICER").staff(VIEWER, "GOVERNANCE_VIEWER");
    }

    String create(String residentName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", "2026-03-02T10:15:00Z");
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", residentName, "tenancyReference", "T-" + UUID.randomUUID().toString().substring(0, 6),
                "email", "resident@example.org", "postcode", "LS1 4AB"));
        body.put("description", "The boiler has not worked for three weeks and nobody has come.");
        Api.Response created = api.as(OFFICER).post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    static Map<String, Object> definition(String summary, String... points) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", summary);
        definition.put("points", List.of(points));
        definition.put("outcomesSought", List.of("Boiler repaired", "Compensation for the time without heating"));
        definition.put("responsibleFor", List.of("Repairing the boiler we installed"));
        definition.put("notResponsibleFor", List.of("The gas supply itself"));
        return definition;
    }

    Api.Response acknowledge(String id, LocalDate on, String handler, Map<String, Object> definition) {
        return ok(post(OFFICER, id, "acknowledgement", Map.of("acknowledgedOn", on.toString(), "handler", handler, "definition",
                definition)));
    }

    Api.Response extend(String id, int days, String reason, LocalDate informedOn) {
        return ok(post(OFFICER, id, "extensions", Map.of("workingDays", days, "reason", reason, "residentInformedOn",
                informedOn.toString(), "updateEveryWorkingDays", 5)));
    }

    Api.Response respond(String as, String id, Map<String, Object> body) {
        return ok(post(as, id, "response", body));
    }

    Api.Response escalate(String id, LocalDate on) {
        return ok(post(OFFICER, id, "escalation", Map.of("requestedOn", on.toString())));
    }

    Api.Response refuse(String id, String ground, String reasons, LocalDate on) {
        return ok(post(OFFICER, id, "refusal", Map.of("ground", ground, "reasons", reasons, "decidedOn", on.toString())));
    }

    Api.Response complete(String id, int stage, int action, LocalDate on, String evidence) {
        return ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/outstanding-actions/completion",
                Map.of("stage", stage, "action", action, "completedOn", on.toString(), "evidence", evidence)));
    }

    Api.Response post(String as, String id, String action, Object body) {
        return api.as(as).post("/api/v1/complaints/" + id + "/" + action, body);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** A response with a point decision per point, two remedies (one financial) and one outstanding action. */
    static Map<String, Object> fullResponse(LocalDate on, String overall, Map<String, String> pointDecisions, String reasons,
            List<Map<String, Object>> remedies, List<Map<String, Object>> actions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("respondedOn", on.toString());
        body.put("decision", overall);
        body.put("reasons", reasons);
        List<Map<String, Object>> points = new ArrayList<>();
        pointDecisions.forEach((point, decision) -> points.add(Map.of("point", point, "decision", decision, "reasons",
                "On '" + point + "': our repair records show the visit was missed.")));
        body.put("points", points);
        body.put("remedies", remedies);
        body.put("outstandingActions", actions);
        return body;
    }

    static Map<String, Object> financial(String description, LocalDate due, String statutory, String loss, String time,
            String distress) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("statutory", new BigDecimal(statutory));
        money.put("quantifiableLoss", new BigDecimal(loss));
        money.put("timeAndTrouble", new BigDecimal(time));
        money.put("distressAndInconvenience", new BigDecimal(distress));
        return Map.of("type", "FINANCIAL", "description", description, "dueOn", due.toString(), "financial", money);
    }

    // ------------------------------------------------------------------ letters

    JsonNode letters(String as, String id) {
        Api.Response list = api.as(as).get("/api/v1/complaints/" + id + "/letters");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body();
    }

    /** The id of the complaint's latest letter of the type. */
    String letterId(String id, LetterType type) {
        String found = null;
        for (JsonNode letter : letters(OFFICER, id)) {
            if (letter.get("type").asString().equals(type.name())) {
                found = letter.get("id").asString();
            }
        }
        assertThat(found).as("a " + type + " letter for " + id).isNotNull();
        return found;
    }

    MockHttpServletResponse fetch(String as, String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", api.as(as).authorization())).andReturn()
                    .getResponse();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] pdf(String id, String letterId, boolean largePrint) {
        MockHttpServletResponse response = fetch(OFFICER, "/api/v1/complaints/" + id + "/letters/" + letterId + ".pdf"
                + (largePrint ? "?format=large-print" : ""));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    String text(String id, String letterId) {
        try {
            MockHttpServletResponse response = fetch(OFFICER, "/api/v1/complaints/" + id + "/letters/" + letterId + ".txt");
            assertThat(response.getStatus()).isEqualTo(200);
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String html(String id, String letterId) {
        try {
            MockHttpServletResponse response = fetch(OFFICER, "/api/v1/complaints/" + id + "/letters/" + letterId + ".html");
            assertThat(response.getStatus()).isEqualTo(200);
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text as a reader (or screen reader) gets it, with line breaks made spaces so phrases can wrap. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

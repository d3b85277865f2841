package org.putright.residents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.testsupport.Api;

/** Residents for the care tests (made by logging a complaint, as in practice) and valid request bodies to vary. */
final class CareFixtures {

    private CareFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new resident, linked to a complaint received {@code receivedOn}; returns the complaint id and the resident id. */
    record Linked(UUID complaintId, UUID residentId, String tenancy) {
    }

    static Linked resident(Api.Session officer, ResidentRecords residents, String name, LocalDate receivedOn) {
        String tenancy = unique("T-CARE");
        UUID complaint = Intake.complaintFrom(name).tenancy(tenancy).email(unique("care") + "@example.org").postcode("LS1 4AP")
                .receivedAt(receivedOn + "T10:15:00Z").loggedBy(officer);
        return new Linked(complaint, residents.forComplaint(complaint).orElseThrow().id(), tenancy);
    }

    static Map<String, Object> restriction(String approvedBy, LocalDate startsOn, LocalDate reviewOn, String... kinds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kinds", List.of(kinds));
        body.put("detail", "Contact Sam Lee in the complaints team only, by letter or email.");
        body.put("behaviour", "Forty-one calls in two weeks to the repairs line, with abusive language towards call handlers.");
        body.put("evidence", "Call log 1 to 14 March 2026; written accounts from three call handlers.");
        body.put("proportionateBecause", "A warning letter on 20 February did not change the behaviour; written contact still lets the resident raise anything.");
        body.put("equalityConsiderations", "No disability disclosed; we asked whether any support would help and offered a named contact.");
        body.put("approvedBy", approvedBy);
        body.put("approvedOn", startsOn.toString());
        body.put("startsOn", startsOn.toString());
        if (reviewOn != null) {
            body.put("reviewOn", reviewOn.toString());
        }
        return body;
    }
}

package org.putright.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.putright.residents.Adjustments;
import org.putright.residents.ContactRestrictions;
import org.putright.residents.Disclosures;
import org.putright.residents.ResidentRecords;
import org.putright.residents.ResidentRepresentative;
import org.putright.residents.Representatives;
import org.springframework.stereotype.Component;

/**
 * The demo's residents as a complaints team would know them: adjustments agreed (one review due this week), a daughter
 * acting with consent, a disclosed disability, and one contact restriction, so every residents page has something to show.
 */
@Component
class DemoResidents {

    private final ResidentRecords records;
    private final Adjustments adjustments;
    private final Representatives representatives;
    private final Disclosures disclosures;
    private final ContactRestrictions restrictions;

    DemoResidents(ResidentRecords records, Adjustments adjustments, Representatives representatives, Disclosures disclosures,
            ContactRestrictions restrictions) {
        this.records = records;
        this.adjustments = adjustments;
        this.representatives = representatives;
        this.disclosures = disclosures;
        this.restrictions = restrictions;
    }

    void load(LocalDate today) {
        UUID grace = resident("T-10231");
        adjustments.record(grace, new Adjustments.NewAdjustment("CALL_BACKS_AT_SET_TIMES", "Mornings before 11am, on the mobile number",
                today.minusMonths(2), "casey.officer", today.plusMonths(4)));
        disclosures.record(grace, "I have fibromyalgia. Long phone calls and the stairs are hard for me on a bad day.", today.minusMonths(2),
                "PHONE");

        UUID tomasz = resident("T-20417");
        adjustments.record(tomasz, new Adjustments.NewAdjustment("TRANSLATION", "Polish: letters translated, and an interpreter on calls",
                today.minusMonths(5), "casey.officer", today.plusDays(3)));

        UUID margaret = resident("T-30551");
        adjustments.record(margaret, new Adjustments.NewAdjustment("LARGE_PRINT", "16 point", today.minusMonths(6), "casey.officer",
                today.plusDays(2)));
        representatives.add(margaret, new Representatives.NewRepresentative("Helen Ellis", ResidentRepresentative.Relationship.FAMILY,
                null, "helen.ellis@example.org", "07700 900123", null, ResidentRepresentative.ConsentStatus.GIVEN,
                ResidentRepresentative.ConsentHow.IN_WRITING, today.minusMonths(3), ResidentRepresentative.Scope.ALL_COMPLAINTS, null,
                today.plusMonths(9), ResidentRepresentative.CorrespondenceTo.REPRESENTATIVE_AND_RESIDENT,
                "Signed consent form from Mrs Ellis; her daughter helps with her post."));

        UUID david = resident("T-50233");
        restrictions.impose(david, new ContactRestrictions.NewRestriction(List.of("WRITTEN_CONTACT_ONLY"),
                "Write to the complaints team at complaints@example.org or by post.",
                "Twelve calls in one week to the income team, with shouting and swearing at two call handlers.",
                "Call log 2 to 9 of last month; written accounts from both call handlers.",
                "A warning letter did not change things; written contact still lets him raise anything, and his complaint continues.",
                "No disability disclosed; we asked whether any support would help and offered a named contact.", "morgan.manager",
                today.minusDays(7), today.minusDays(7), today.plusMonths(3)));
    }

    private UUID resident(String tenancy) {
        return records.byTenancyReference(tenancy).orElseThrow(() -> new IllegalStateException("No demo resident " + tenancy)).id();
    }
}

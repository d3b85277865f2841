package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.calendar.LondonDates;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention policy's step for a resident: removes the personal data from their record and from what this module
 * holds about them, keeping what the statistics need (that the record, its complaints and its home existed, the outward
 * postcode, the landlord's property reference). To be called once all their complaints are anonymised and none is open
 * (the listener on the complaints module's PersonalDataAnonymised event decides that).
 */
@Component
class ResidentAnonymisation {

    static final String NAME = "Anonymised resident";
    static final String ACTOR = "retention-policy";
    static final String REMOVED = "Removed under the retention policy";

    private final ResidentStore store;
    private final ResidentLog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResidentAnonymisation(ResidentStore store, ResidentLog log, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Does nothing to a record anonymised already. */
    @Transactional
    void anonymise(UUID residentId) {
        ResidentRecord r = store.find(residentId).orElseThrow(() -> new NotFoundException("No resident with id " + residentId));
        if (r.anonymisedOn() != null) {
            return;
        }
        LocalDate today = LondonDates.dateOf(clock.instant());
        String outward = ResidentValidation.outwardCode(r.address() == null ? null : r.address().postcode());
        store.update(new ResidentRecord(r.id(), null, r.propertyReference(), NAME, new PostalAddress(null, null, null, outward), null, null,
                null, List.of(), r.source(), r.mergedInto(), today), clock.instant());
        Map<String, Integer> cleared = new LinkedHashMap<>();
        cleared.put("complaintSummaries", jdbc.sql("update resident_complaint set summary = null where resident_id = ?").param(residentId).update());
        cleared.put("representatives", jdbc.sql("""
                update representative set name = 'Anonymised representative', organisation = null, email = null, phone = null,
                    postal_address = null, consent_note = null where resident_id = ?""").param(residentId).update());
        cleared.put("disclosures", jdbc.sql("update disclosure set disclosed_text = ? where resident_id = ?").params(REMOVED, residentId).update());
        cleared.put("adjustments", jdbc.sql("update adjustment set detail = null, end_reason = null where resident_id = ?").param(residentId).update());
        jdbc.sql("update adjustment_review set notes = null where adjustment_id in (select id from adjustment where resident_id = ?)")
                .param(residentId).update();
        cleared.put("contactRestrictions", jdbc.sql("""
                update contact_restriction set detail = null, behaviour = ?, evidence = ?, proportionate_because = ?,
                    equality_considerations = ?, end_reason = null where resident_id = ?""")
                .params(REMOVED, REMOVED, REMOVED, REMOVED, residentId).update());
        jdbc.sql("update restriction_review set notes = null where restriction_id in (select id from contact_restriction where resident_id = ?)")
                .param(residentId).update();
        // who read special-category data stays; why (a complaint reference, an export's stated reason) goes
        jdbc.sql("update special_category_read set purpose = ? where resident_id = ?").params(REMOVED, residentId).update();
        // the trail keeps what was done, by whom and when; the values it recorded (names, addresses, changes) go too
        int redacted = log.redact(residentId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("anonymisedOn", today.toString());
        details.put("cleared", cleared);
        details.put("auditEntriesRedacted", redacted);
        log.append(residentId, "ResidentAnonymised", ACTOR, details);
    }
}

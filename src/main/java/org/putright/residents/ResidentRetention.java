package org.putright.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.putright.complaints.ComplaintService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residents module's share of the retention policy, in the complaint's transaction: the complaint's summary goes at
 * once, and the resident's own record (with the records merged into it) once every complaint of theirs has been
 * anonymised, which also means none is open. A resident with a recent complaint keeps their record.
 */
@Component
class ResidentRetention {

    private final JdbcClient jdbc;
    private final ResidentStore store;
    private final ResidentAnonymisation anonymisation;
    private final ComplaintService complaints;

    ResidentRetention(JdbcClient jdbc, ResidentStore store, ResidentAnonymisation anonymisation, ComplaintService complaints) {
        this.jdbc = jdbc;
        this.store = store;
        this.anonymisation = anonymisation;
        this.complaints = complaints;
    }

    @EventListener
    void on(PersonalDataAnonymised anonymised) {
        jdbc.sql("update resident_complaint set summary = null where complaint_id = ?").param(anonymised.complaintId()).update();
        ResidentRecord resident = store.forComplaint(anonymised.complaintId()).orElse(null);
        if (resident == null || resident.anonymisedOn() != null) {
            return;
        }
        List<UUID> records = new ArrayList<>();
        records.add(resident.id());
        records.addAll(jdbc.sql("select id from resident where merged_into = ?").param(resident.id()).query(UUID.class).list());
        List<UUID> theirComplaints = jdbc.sql("select complaint_id from resident_complaint where resident_id in (:ids)")
                .param("ids", records).query(UUID.class).list();
        boolean allAnonymised = theirComplaints.stream()
                .allMatch(id -> id.equals(anonymised.complaintId()) || complaints.get(id).anonymisedOn() != null);
        if (allAnonymised) {
            records.forEach(anonymisation::anonymise);
        }
    }
}

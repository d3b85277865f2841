package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.residents.ResidentRepresentative.ConsentHow;
import org.putright.residents.ResidentRepresentative.ConsentStatus;
import org.putright.residents.ResidentRepresentative.CorrespondenceTo;
import org.putright.residents.ResidentRepresentative.Relationship;
import org.putright.residents.ResidentRepresentative.Scope;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives and the resident's consent to them (3.6): who acts for the resident, how and when the resident
 * consented, for which complaints, until when, and who letters go to. Someone acting without consent is recorded with
 * consent REQUESTED and the resident is asked (1.3). Every change is appended to the resident's audit trail.
 */
@Service
public class Representatives {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String COLUMNS = """
            id, resident_id, name, relationship, organisation, email, phone, postal_address, consent_status, consent_how,
            consent_given_on, scope, complaint_id, expires_on, correspondence_to, withdrawn_on, consent_note, recorded_at, recorded_by""";

    /** A representative as first recorded. {@code consentStatus} GIVEN needs how, when and the scope. */
    public record NewRepresentative(String name, Relationship relationship, String organisation, String email, String phone,
            String postalAddress, ConsentStatus consentStatus, ConsentHow consentHow, LocalDate consentGivenOn, Scope scope,
            UUID complaintId, LocalDate expiresOn, CorrespondenceTo correspondenceTo, String consentNote) {
    }

    /** The resident's consent as given: how, on which date, what it covers, until when, and who letters go to. */
    public record Consent(ConsentHow how, LocalDate givenOn, Scope scope, UUID complaintId, LocalDate expiresOn,
            CorrespondenceTo correspondenceTo, String note) {
    }

    private final JdbcClient jdbc;
    private final ResidentStore residents;
    private final ResidentLog log;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Representatives(JdbcClient jdbc, ResidentStore residents, ResidentLog log, Actors actors, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.log = log;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ResidentRepresentative> forResident(UUID residentId) {
        return jdbc.sql("select " + COLUMNS + " from representative where resident_id = ? order by recorded_at, name").param(residentId)
                .query(Representatives::map).list();
    }

    @Transactional(readOnly = true)
    public ResidentRepresentative get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No representative with id " + id));
    }

    java.util.Optional<ResidentRepresentative> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from representative where id = ?").param(id).query(Representatives::map).optional();
    }

    /** Records a representative for the resident; with consent REQUESTED the resident is asked for it (1.3). */
    @Transactional
    public ResidentRepresentative add(UUID residentId, NewRepresentative request) {
        ResidentRecord resident = residents.find(residentId).orElseThrow(() -> new NotFoundException("No resident with id " + residentId));
        if (request == null) {
            throw new InvalidRequestException("name", null, "Enter the representative's name");
        }
        String name = required("name", request.name(), 200, "Enter the representative's name");
        if (request.relationship() == null) {
            throw new InvalidRequestException("relationship", null, "Select the representative's relationship to the resident");
        }
        ConsentStatus status = request.consentStatus() == null ? ConsentStatus.REQUESTED : request.consentStatus();
        if (status == ConsentStatus.WITHDRAWN) {
            throw new InvalidRequestException("consentStatus", status.name(), "Record the representative first, then record the withdrawal");
        }
        Scope scope = request.scope() == null ? Scope.ONE_COMPLAINT : request.scope();
        CorrespondenceTo to = request.correspondenceTo() == null ? CorrespondenceTo.REPRESENTATIVE : request.correspondenceTo();
        if (status == ConsentStatus.GIVEN) {
            checkConsent(resident.id(), new Consent(request.consentHow(), request.consentGivenOn(), scope, request.complaintId(),
                    request.expiresOn(), to, request.consentNote()));
        }
        else if (scope == Scope.ONE_COMPLAINT && request.complaintId() != null) {
            checkComplaint(resident.id(), request.complaintId());
        }
        UUID id = UUID.randomUUID();
        String actor = actors.current();
        jdbc.sql("insert into representative (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, resident.id(), name, request.relationship().name(), optional("organisation", request.organisation(), 200),
                        optional("email", request.email(), 320), optional("phone", request.phone(), 40),
                        optional("postalAddress", request.postalAddress(), 500), status.name(),
                        status == ConsentStatus.GIVEN ? request.consentHow().name() : null,
                        status == ConsentStatus.GIVEN ? request.consentGivenOn() : null, scope.name(),
                        scope == Scope.ONE_COMPLAINT ? request.complaintId() : null, request.expiresOn(), to.name(), null,
                        optional("consentNote", request.consentNote(), 2000), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        actor)
                .update();
        ResidentRepresentative added = get(id);
        log.append(resident.id(), "RepresentativeAdded", actor, details(added));
        if (status == ConsentStatus.REQUESTED && added.complaintId() != null) {
            log.append(resident.id(), "ConsentRequested", actor, Map.of("representative", id.toString(), "complaint",
                    added.complaintId().toString()));
            events.publishEvent(new ConsentRequested(id, resident.id(), added.complaintId()));
        }
        return added;
    }

    /** The resident has consented (3.6): how, when, to what, until when, and who letters go to from now on. */
    @Transactional
    public ResidentRepresentative recordConsent(UUID representativeId, Consent consent) {
        ResidentRepresentative rep = get(representativeId);
        if (consent == null) {
            throw new InvalidRequestException("how", null, "Select how the resident gave consent");
        }
        Scope scope = consent.scope() == null ? Scope.ONE_COMPLAINT : consent.scope();
        CorrespondenceTo to = consent.correspondenceTo() == null ? CorrespondenceTo.REPRESENTATIVE : consent.correspondenceTo();
        Consent checked = new Consent(consent.how(), consent.givenOn(), scope, scope == Scope.ONE_COMPLAINT
                ? (consent.complaintId() != null ? consent.complaintId() : rep.complaintId()) : null, consent.expiresOn(), to, consent.note());
        checkConsent(rep.residentId(), checked);
        jdbc.sql("""
                update representative set consent_status = 'GIVEN', consent_how = ?, consent_given_on = ?, scope = ?, complaint_id = ?,
                    expires_on = ?, correspondence_to = ?, withdrawn_on = null, consent_note = ? where id = ?""")
                .params(checked.how().name(), checked.givenOn(), scope.name(), checked.complaintId(), checked.expiresOn(), to.name(),
                        optional("note", checked.note(), 2000), rep.id())
                .update();
        ResidentRepresentative updated = get(rep.id());
        log.append(rep.residentId(), "ConsentGiven", actors.current(), details(updated));
        return updated;
    }

    /** The resident withdrew consent: from that date letters go to the resident again. */
    @Transactional
    public ResidentRepresentative withdraw(UUID representativeId, LocalDate on, String reason) {
        ResidentRepresentative rep = get(representativeId);
        if (rep.consentStatus() == ConsentStatus.WITHDRAWN) {
            throw new ConflictException("Consent for " + rep.name() + " was already withdrawn on " + rep.withdrawnOn());
        }
        if (on == null) {
            throw new InvalidRequestException("withdrawnOn", null, "Enter the date consent was withdrawn");
        }
        if (on.isAfter(today())) {
            throw new InvalidRequestException("withdrawnOn", on.toString(), "The date consent was withdrawn cannot be in the future");
        }
        jdbc.sql("update representative set consent_status = 'WITHDRAWN', withdrawn_on = ? where id = ?").params(on, rep.id()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("representative", rep.id().toString());
        details.put("name", rep.name());
        details.put("withdrawnOn", on.toString());
        details.put("reason", optional("reason", reason, 2000));
        log.append(rep.residentId(), "ConsentWithdrawn", actors.current(), details);
        return get(rep.id());
    }

    private void checkConsent(UUID residentId, Consent consent) {
        if (consent.how() == null) {
            throw new InvalidRequestException("how", null, "Select how the resident gave consent");
        }
        if (consent.givenOn() == null) {
            throw new InvalidRequestException("givenOn", null, "Enter the date the resident gave consent");
        }
        if (consent.givenOn().isAfter(today())) {
            throw new InvalidRequestException("givenOn", consent.givenOn().toString(), "The date consent was given cannot be in the future");
        }
        if (consent.scope() == null) {
            throw new InvalidRequestException("scope", null, "Select whether consent covers one complaint or all complaints");
        }
        if (consent.scope() == Scope.ONE_COMPLAINT) {
            if (consent.complaintId() == null) {
                throw new InvalidRequestException("complaintId", null, "Select the complaint the consent covers");
            }
            checkComplaint(residentId, consent.complaintId());
        }
        if (consent.expiresOn() != null && consent.expiresOn().isBefore(consent.givenOn())) {
            throw new InvalidRequestException("expiresOn", consent.expiresOn().toString(),
                    "The expiry date must be on or after the date consent was given");
        }
    }

    private void checkComplaint(UUID residentId, UUID complaintId) {
        boolean theirs = jdbc.sql("select count(*) from resident_complaint where complaint_id = ? and resident_id = ?")
                .params(complaintId, residentId).query(Integer.class).single() > 0
                || residents.forComplaint(complaintId).map(r -> r.id().equals(residentId)).orElse(false);
        if (!theirs) {
            throw new InvalidRequestException("complaintId", complaintId.toString(), "Select one of this resident's complaints");
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    static Map<String, Object> details(ResidentRepresentative r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("representative", r.id().toString());
        d.put("name", r.name());
        d.put("relationship", r.relationship().name());
        d.put("organisation", r.organisation());
        d.put("email", r.email());
        d.put("phone", r.phone());
        d.put("postalAddress", r.postalAddress());
        d.put("consentStatus", r.consentStatus().name());
        d.put("consentHow", r.consentHow() == null ? null : r.consentHow().name());
        d.put("consentGivenOn", r.consentGivenOn() == null ? null : r.consentGivenOn().toString());
        d.put("scope", r.scope().name());
        d.put("complaint", r.complaintId() == null ? null : r.complaintId().toString());
        d.put("expiresOn", r.expiresOn() == null ? null : r.expiresOn().toString());
        d.put("correspondenceTo", r.correspondenceTo().name());
        d.put("note", r.consentNote());
        return d;
    }

    private static String required(String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, value, message);
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidRequestException(field, value, "Must be " + max + " characters or fewer");
        }
        return trimmed;
    }

    static ResidentRepresentative map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String how = rs.getString(10);
        return new ResidentRepresentative(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Relationship.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                ConsentStatus.valueOf(rs.getString(9)), how == null ? null : ConsentHow.valueOf(how), rs.getObject(11, LocalDate.class),
                Scope.valueOf(rs.getString(12)), rs.getObject(13, UUID.class), rs.getObject(14, LocalDate.class),
                CorrespondenceTo.valueOf(rs.getString(15)), rs.getObject(16, LocalDate.class), rs.getString(17),
                rs.getObject(18, OffsetDateTime.class).toInstant(), rs.getString(19));
    }
}

package org.putright.residents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.shared.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disabilities as the resident disclosed them: special-category data (UK GDPR art. 9; Equality Act 2010), kept in
 * their words. Only roles that need it see it ({@link SpecialCategoryAccess}); every time it is shown a
 * {@code special_category_read} row says who, when and where, and the resident's log says so too (without the words).
 * A read is logged only when the text is actually shown or handed over. Exports leave it out unless a lawful reason is
 * recorded ({@link #disclosuresForExport}).
 */
@Service
public class Disclosures {

    public enum DisclosedHow {
        IN_PERSON, PHONE, LETTER, EMAIL, ONLINE_FORM
    }

    /** A disclosure in the resident's words. */
    public record Disclosure(UUID id, UUID residentId, String disclosedText, LocalDate disclosedOn, DisclosedHow disclosedHow,
            String recordedBy, Instant recordedAt) {
    }

    /** One logged read of a resident's special-category data. */
    public record Read(UUID id, String readBy, Instant readAt, String purpose) {
    }

    private final JdbcClient jdbc;
    private final ResidentRecords residents;
    private final ResidentLog log;
    private final Actors actors;
    private final SpecialCategoryAccess access;
    private final WorkingDays workingDays;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, ResidentRecords residents, ResidentLog log, Actors actors, SpecialCategoryAccess access,
            WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.log = log;
        this.actors = actors;
        this.access = access;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Whether the signed-in member of staff may see disclosed disabilities at all. */
    public boolean permitted() {
        return access.permitted();
    }

    /** Whether the resident has disclosed anything: for permitted staff only, as the existence is itself telling. */
    @Transactional(readOnly = true)
    boolean anyFor(UUID residentId) {
        requirePermitted();
        return jdbc.sql("select count(*) from disclosure where resident_id = ?").param(residentId).query(Long.class).single() > 0;
    }

    /** Shows the resident's disclosures to the signed-in member of staff, logging the read with {@code purpose}. */
    @Transactional
    List<Disclosure> read(UUID residentId, String purpose) {
        requirePermitted();
        residents.get(residentId);
        List<Disclosure> found = list(residentId);
        if (!found.isEmpty()) {
            logRead(residentId, actors.current(), purpose);
        }
        return found;
    }

    /**
     * For exports (a subject access request, a referral): the resident's disclosures only when {@code lawfulReason} is
     * given, and then the read is logged with that reason. Without a reason, nothing — the export leaves them out.
     */
    @Transactional
    public List<Disclosure> disclosuresForExport(UUID residentId, String lawfulReason, String actor) {
        if (lawfulReason == null || lawfulReason.isBlank()) {
            return List.of();
        }
        List<Disclosure> found = list(residentId);
        if (!found.isEmpty()) {
            logRead(residentId, actor == null || actor.isBlank() ? actors.current() : actor, "export: " + lawfulReason.strip());
        }
        return found;
    }

    @Transactional
    public Disclosure record(UUID residentId, String text, LocalDate disclosedOn, String how) {
        requirePermitted();
        residents.get(residentId);
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new InvalidRequestException("disclosedText", null, "Enter what the resident told us, in their words");
        }
        if (words.length() > 4000) {
            throw new InvalidRequestException("disclosedText", null, "What the resident told us must be 4,000 characters or fewer");
        }
        if (disclosedOn == null) {
            throw new InvalidRequestException("disclosedOn", null, "Enter the date the resident told us");
        }
        if (disclosedOn.isAfter(workingDays.today())) {
            throw new InvalidRequestException("disclosedOn", disclosedOn, "The date the resident told us cannot be in the future");
        }
        DisclosedHow disclosedHow = parseHow(how);
        if (disclosedHow == null) {
            throw new InvalidRequestException("disclosedHow", how, "Select how the resident told us");
        }
        UUID id = UUID.randomUUID();
        String actor = actors.current();
        jdbc.sql("""
                insert into disclosure (id, resident_id, disclosed_text, disclosed_on, disclosed_how, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, residentId, words, disclosedOn, disclosedHow.name(), actor, now())
                .update();
        // the log is seen by every role: it says a disclosure was recorded, never what it says
        log.append(residentId, "DisabilityDisclosed", actor, Adjustments.details("disclosure", id, "disclosedOn", disclosedOn.toString(),
                "disclosedHow", disclosedHow.name()));
        return list(residentId).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** Who has seen the resident's special-category data, newest first. */
    @Transactional(readOnly = true)
    List<Read> reads(UUID residentId) {
        residents.get(residentId);
        return jdbc.sql("select id, read_by, read_at, purpose from special_category_read where resident_id = ? order by read_at desc, id")
                .param(residentId)
                .query((rs, n) -> new Read(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
    }

    static DisclosedHow parseHow(String how) {
        if (how == null || how.isBlank()) {
            return null;
        }
        try {
            return DisclosedHow.valueOf(how.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void requirePermitted() {
        if (!access.permitted()) {
            throw new AccessDeniedException("Your role does not give access to disclosed disabilities");
        }
    }

    private List<Disclosure> list(UUID residentId) {
        return jdbc.sql("""
                select id, resident_id, disclosed_text, disclosed_on, disclosed_how, recorded_by, recorded_at from disclosure
                where resident_id = ? order by disclosed_on, recorded_at""")
                .param(residentId)
                .query((rs, n) -> new Disclosure(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), DisclosedHow.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    private void logRead(UUID residentId, String actor, String purpose) {
        String why = purpose == null || purpose.isBlank() ? "not given" : purpose.strip();
        why = why.length() > 200 ? why.substring(0, 200) : why;
        jdbc.sql("insert into special_category_read (id, resident_id, read_by, read_at, purpose) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), residentId, actor, now(), why)
                .update();
        log.append(residentId, "SpecialCategoryRead", actor, Adjustments.details("purpose", why));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}

package org.putright.reporting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.shared.ConflictException;
import org.putright.shared.Hashes;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.putright.shared.web.Landlord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * PutRight's own post-closure survey: when a complaint is closed its resident is invited, by a link with a random token,
 * to say once how satisfied they are with how we handled it, with an optional comment. Reported apart from TP09, which
 * comes from the landlord's tenant perception survey and follows the Regulator's survey rules. Set
 * {@code PUTRIGHT_SURVEY_AFTER_CLOSURE=false} to send no invitations.
 */
@Component
public class SatisfactionSurvey {

    /** The year's results: invitations sent for complaints closed in the year, answers given in it, and how many satisfied. */
    public record Results(int invited, int answered, int satisfied, java.math.BigDecimal satisfiedPercent) {
    }

    /** What the survey page needs to know about a token. */
    public record Invitation(UUID id, String reference, boolean answered) {
    }

    public static final int COMMENT_MAX = 2_000;

    private static final Logger log = LoggerFactory.getLogger(SatisfactionSurvey.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final ApplicationEventPublisher events;
    private final Landlord landlord;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final boolean enabled;

    SatisfactionSurvey(JdbcClient jdbc, ComplaintService complaints, ApplicationEventPublisher events, Landlord landlord,
            WorkingDays workingDays, Clock clock, @Value("${PUTRIGHT_SURVEY_AFTER_CLOSURE:${putright.reporting.survey-after-closure:true}}") boolean enabled) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.events = events;
        this.landlord = landlord;
        this.workingDays = workingDays;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** After the closure commits: one invitation per closure (a retried event finds it made and does nothing). */
    @ApplicationModuleListener
    void on(ComplaintEvent.ComplaintClosed closed) {
        if (!enabled) {
            return;
        }
        boolean exists = jdbc.sql("select count(*) from survey_invitation where complaint_id = ? and closed_on = ?")
                .params(closed.complaintId(), closed.closedOn()).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        String reference = complaints.get(closed.complaintId()).reference();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into survey_invitation (id, token_hash, complaint_id, reference, closed_on, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Hashes.sha256(token), closed.complaintId(), reference, closed.closedOn(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        String base = landlord.publicUrl() == null ? "" : landlord.publicUrl().replaceAll("/+$", "");
        String link = base + "/survey/" + token;
        // correspondence has no public way to send a one-off message yet: the link is published for it and logged, so
        // the team can send it until a channel picks the event up (only the token's hash is stored)
        events.publishEvent(new SatisfactionSurveyInvited(closed.complaintId(), reference, link));
        // the link is a secret (anyone with it can answer): correspondence sends it; it is never logged
        log.info("Satisfaction survey for {} (closed {}) ready to send", reference, closed.closedOn());
    }

    /** The resident's words go with the rest of the complaint's personal data. */
    @EventListener
    void on(ComplaintEvent.PersonalDataAnonymised anonymised) {
        jdbc.sql("""
                update survey_answer set comment = ? where comment is not null
                and invitation_id in (select id from survey_invitation where complaint_id = ?)""")
                .params(ComplaintEvent.PersonalDataAnonymised.REMOVED, anonymised.complaintId()).update();
    }

    /** The invitation behind a token, if it is one. */
    public Optional<Invitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select i.id, i.reference, a.invitation_id from survey_invitation i
                left join survey_answer a on a.invitation_id = i.id where i.token_hash = ?""")
                .param(Hashes.sha256(token))
                .query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3) != null))
                .optional();
    }

    /** Records the one answer a token may give. */
    @Transactional
    public void answer(String token, SurveyRating rating, String comment) {
        Invitation invitation = find(token).orElseThrow(() -> new NotFoundException("No survey has this link"));
        if (rating == null) {
            throw new InvalidRequestException("rating", null, "Select how satisfied you are with how we handled your complaint");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidRequestException("comment", null, "Your comment must be " + COMMENT_MAX + " characters or fewer");
        }
        if (invitation.answered()) {
            throw new ConflictException("This survey has already been answered");
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("insert into survey_answer (invitation_id, rating, comment, answered_on, answered_at) values (?, ?, ?, ?, ?)")
                    .params(invitation.id(), rating.score(), text, workingDays.today(), now.atOffset(ZoneOffset.UTC)).update();
        }
        catch (DuplicateKeyException sameMomentTwice) {
            throw new ConflictException("This survey has already been answered");
        }
    }

    public Results results(ReportingYear year) {
        LocalDate from = year.from();
        LocalDate to = year.to();
        long invited = jdbc.sql("select count(*) from survey_invitation where closed_on between ? and ?").params(from, to)
                .query(Long.class).single();
        var answers = jdbc.sql("""
                select count(*), coalesce(sum(case when rating <= 2 then 1 else 0 end), 0) from survey_answer
                where answered_on between ? and ?""")
                .params(from, to).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        return new Results((int) invited, (int) answers[0], (int) answers[1], TsmMeasures.percent(answers[1], answers[0]));
    }
}

package org.putright.correspondence;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The letters' share of the retention policy: when a complaint's personal data is removed, its letters lose the
 * recipient's name and contact details and their content, in the same transaction. What stays is that a letter of that
 * type, at that stage, was issued on that date (the subject is PutRight's own wording) and how it was delivered. The
 * one exception to letters being frozen (docs/decisions/0013).
 */
@Component
class LettersRetention {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;

    LettersRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonalDataAnonymised anonymised) {
        String notice = "The content of this letter was removed on " + DATE.format(anonymised.anonymisedOn())
                + " under the retention policy.";
        // still a whole document, so the letter pages and PDFs show the notice rather than fail
        String html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Letter removed</title>\n</head>\n"
                + "<body>\n<p>" + notice + "</p>\n</body>\n</html>\n";
        jdbc.sql("""
                update letter set recipient_name = ?, recipient_email = null, recipient_phone = null, recipient_postal = null,
                    contact_notes = null, formats = null, html = ?, text_body = ?
                where complaint_id = ?""")
                .params("Anonymised recipient", html, notice, anonymised.complaintId())
                .update();
        // delivery details name the address or the person ("accepted by the mail server for ...")
        jdbc.sql("""
                update letter_delivery set detail = ?
                where detail is not null and letter_id in (select id from letter where complaint_id = ?)""")
                .params(PersonalDataAnonymised.REMOVED, anonymised.complaintId())
                .update();
    }
}

package org.putright.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.putright.complaints.ComplaintView;
import org.putright.correspondence.LetterArchive;
import org.putright.privacy.SubjectAccessExport.ComplaintPart;
import org.putright.privacy.SubjectAccessExport.Export;
import org.putright.residents.HouseholdMember;
import org.putright.residents.ResidentDossier;
import org.putright.residents.ResidentRecord;
import org.putright.residents.ResidentRepresentative;
import org.putright.shared.web.Landlord;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The export as a readable document: headings for each kind of data, tables of label and value, and the complaint
 * records and letters in full. Rendered to a tagged PDF by correspondence's {@code DocumentPdfs}.
 */
@Component
class SubjectAccessDocument {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private static final String CSS = """
            @page { size: A4; margin: 18mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 9pt; } }
            html, body, h1, h2, h3, p, li, td, th, caption { font-family: 'DejaVu Sans', Arial, sans-serif; }
            body { font-size: 10pt; line-height: 1.4; color: #0b0c0c; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.2em; page-break-after: avoid; }
            h3 { font-size: 1.1em; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 0.8em; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
            th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 0.2em 0.4em 0.2em 0; }
            th[scope="row"] { width: 32%; }
            p, td, th, li { overflow-wrap: break-word; word-wrap: break-word; }
            .data { white-space: pre-wrap; font-size: 0.85em; }
            """;

    private final Landlord landlord;
    private final JsonMapper json;

    SubjectAccessDocument(Landlord landlord, JsonMapper json) {
        this.landlord = landlord;
        this.json = json;
    }

    String html(Export export) {
        ResidentDossier.Dossier d = export.resident();
        ResidentRecord r = d.resident();
        StringBuilder out = new StringBuilder(64_000);
        String title = "Information we hold about " + r.name();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").append(e(title))
                .append("</title>\n<meta name=\"subject\" content=\"Subject access request\" />\n<meta name=\"author\" content=\"")
                .append(e(landlord.name())).append("\" />\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(e(title)).append("</h1>\n");
        out.append("<p>").append(e(landlord.name())).append(" prepared this copy of the personal information it holds about you on ")
                .append(e(when(export.generatedAt()))).append(", in answer to your request under Article 15 of the UK GDPR.</p>\n");

        out.append("<h2>Your record</h2>\n");
        rows(out, null, List.of(row("Name", r.name()), row("Tenancy reference", r.tenancyReference()),
                row("Property reference", r.propertyReference()), row("Address", r.address() == null ? null : String.join("\n", r.address().lines())),
                row("Email", r.email()), row("Phone", r.phone()),
                row("How you prefer to be contacted", r.preferredContact() == null ? null : words(r.preferredContact().name())),
                row("Where the record came from", words(r.source()))));
        for (ResidentRecord merged : d.mergedRecords()) {
            rows(out, "An earlier record merged into yours", List.of(row("Name", merged.name()), row("Tenancy reference", merged.tenancyReference()),
                    row("Address", merged.address() == null ? null : String.join("\n", merged.address().lines())), row("Email", merged.email()),
                    row("Phone", merged.phone())));
        }
        out.append("<h2>Your household</h2>\n");
        if (r.household() == null || r.household().isEmpty()) {
            out.append("<p>We hold no household members.</p>\n");
        }
        else {
            for (HouseholdMember m : r.household()) {
                rows(out, m.name(), List.of(row("Relationship", m.relationship()), row("Date of birth", date(m.dateOfBirth()))));
            }
        }

        out.append("<h2>People acting for you</h2>\n");
        if (d.representatives().isEmpty()) {
            out.append("<p>No one is recorded as acting for you.</p>\n");
        }
        for (ResidentRepresentative rep : d.representatives()) {
            rows(out, rep.name(), List.of(row("Relationship", words(rep.relationship().name())), row("Organisation", rep.organisation()),
                    row("Email", rep.email()), row("Phone", rep.phone()), row("Address", rep.postalAddress()),
                    row("Your consent", words(rep.consentStatus().name())),
                    row("How consent was given", rep.consentHow() == null ? null : words(rep.consentHow().name())),
                    row("Consent given on", date(rep.consentGivenOn())),
                    row("What it covers", rep.scope() == ResidentRepresentative.Scope.ALL_COMPLAINTS ? "All your complaints" : "One complaint"),
                    row("Consent ends", date(rep.expiresOn())), row("Letters go to", words(rep.correspondenceTo().name())),
                    row("Withdrawn on", date(rep.withdrawnOn())), row("Note", rep.consentNote())));
        }

        out.append("<h2>Reasonable adjustments</h2>\n");
        if (d.adjustments().isEmpty()) {
            out.append("<p>No reasonable adjustments are recorded.</p>\n");
        }
        for (ResidentDossier.Adjustment a : d.adjustments()) {
            rows(out, words(a.kind()), List.of(row("Detail", a.detail()), row("Agreed on", date(a.agreedOn())), row("Agreed by", a.agreedBy()),
                    row("Review due", date(a.reviewOn())), row("Ended on", date(a.endedOn())), row("Why it ended", a.endReason())));
            reviews(out, a.reviews());
        }

        out.append("<h2>Contact restrictions</h2>\n");
        if (d.restrictions().isEmpty()) {
            out.append("<p>No contact restrictions are recorded.</p>\n");
        }
        for (ResidentDossier.Restriction x : d.restrictions()) {
            rows(out, "Restriction from " + date(x.startsOn()), List.of(row("What it is", String.join(", ", x.kinds().stream().map(SubjectAccessDocument::words).toList())),
                    row("Detail", x.detail()), row("The behaviour it responds to", x.behaviour()), row("Evidence", x.evidence()),
                    row("Why it is proportionate", x.proportionateBecause()), row("Equality Act considerations", x.equalityConsiderations()),
                    row("Proposed by", x.proposedBy()), row("Approved by", x.approvedBy()), row("Approved on", date(x.approvedOn())),
                    row("Review due", date(x.reviewOn())), row("Ended on", date(x.endedOn())), row("Why it ended", x.endReason())));
            reviews(out, x.reviews());
        }

        out.append("<h2>Disabilities you told us about</h2>\n");
        ResidentDossier.Disclosures disclosures = d.disclosures();
        if (!disclosures.included()) {
            out.append("<p>").append(disclosures.held() == 0 ? "We hold no disclosures." : "We hold " + disclosures.held()
                    + (disclosures.held() == 1 ? " disclosure" : " disclosures") + ". They are special-category data and are not included "
                    + "in this copy because no lawful reason to include them was recorded.").append("</p>\n");
        }
        else {
            out.append("<p>Included for this reason: ").append(e(disclosures.lawfulReason())).append("</p>\n");
            if (disclosures.entries().isEmpty()) {
                out.append("<p>We hold no disclosures.</p>\n");
            }
            for (ResidentDossier.Disclosure x : disclosures.entries()) {
                rows(out, "Told to us on " + date(x.disclosedOn()), List.of(row("What you told us", x.disclosedText()),
                        row("How", words(x.disclosedHow())), row("Recorded by", x.recordedBy())));
            }
        }
        if (!d.specialCategoryReads().isEmpty()) {
            List<String[]> reads = new ArrayList<>();
            d.specialCategoryReads().forEach(x -> reads.add(row(when(x.readAt()) + " by " + x.readBy(), x.purpose())));
            rows(out, "Who has looked at those disclosures", reads);
        }

        out.append("<h2>Your complaints</h2>\n");
        if (export.complaints().isEmpty()) {
            out.append("<p>No complaints are recorded.</p>\n");
        }
        for (ComplaintPart part : export.complaints()) {
            complaint(out, part);
        }

        out.append("<h2>Record of what we have done with your information</h2>\n");
        out.append("<table>\n<thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th><th scope=\"col\">Who</th><th scope=\"col\">Details</th></tr></thead>\n<tbody>\n");
        for (ResidentDossier.AuditEntry entry : d.auditTrail()) {
            out.append("<tr><td>").append(e(when(entry.occurredAt()))).append("</td><td>").append(e(entry.type())).append("</td><td>")
                    .append(e(entry.actor())).append("</td><td class=\"data\">").append(e(entry.details() == null ? "" : entry.details().toString()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void complaint(StringBuilder out, ComplaintPart part) {
        ComplaintView c = part.complaint();
        out.append("<h3>Complaint ").append(e(c.reference())).append("</h3>\n");
        rows(out, null, List.of(row("Reference", c.reference()), row("Received", date(c.receivedOn())),
                row("How it reached us", c.channel() == null ? null : words(c.channel().name())), row("Stage", String.valueOf(c.stage())),
                row("Status", c.status() == null ? null : words(c.status().name())), row("What you told us", c.description()),
                row("Name given", c.resident() == null ? null : c.resident().name()),
                row("Representative named", c.representative() == null ? null : c.representative().name())));
        List<String[]> history = new ArrayList<>();
        for (ComplaintView.HistoryEntry h : c.history()) {
            history.add(row(when(h.occurredAt()) + " — " + h.type() + " (" + h.actor() + ")", json.writeValueAsString(h.details())));
        }
        rows(out, "The complaint's record", history);
        if (part.letters().isEmpty()) {
            out.append("<p>We have sent no letters about this complaint.</p>\n");
        }
        for (LetterArchive.IssuedLetter letter : part.letters()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(row("Sent to", letter.recipient().name() + " (" + words(letter.recipientRole()) + ")"));
            rows.add(row("Address", letter.recipient().postalAddress()));
            rows.add(row("Email", letter.recipient().email()));
            rows.add(row("Format", letter.largePrint() ? "Large print" : null));
            rows.add(row("Also produced as", letter.needs().isEmpty() ? null : String.join(", ", letter.needs())));
            letter.deliveries().forEach(x -> rows.add(row("Delivery " + when(x.at()), words(x.status().name()) + " by " + x.channel())));
            rows.add(row("What it said", letter.text()));
            rows(out, "Letter of " + when(letter.createdAt()) + ": " + letter.subject(), rows);
        }
    }

    private static void reviews(StringBuilder out, List<ResidentDossier.Review> reviews) {
        for (ResidentDossier.Review review : reviews) {
            rows(out, "Review on " + date(review.reviewedOn()), List.of(row("Reviewed by", review.reviewedBy()),
                    row("Outcome", words(review.outcome())), row("Notes", review.notes()), row("Next review", date(review.nextReviewOn()))));
        }
    }

    private static String[] row(String label, String value) {
        return new String[] { label, value };
    }

    /** A table of label and value; empty values are left out. */
    private static void rows(StringBuilder out, String caption, List<String[]> rows) {
        List<String[]> filled = rows.stream().filter(r -> r[1] != null && !r[1].isBlank()).toList();
        out.append("<table>\n");
        if (caption != null) {
            out.append("<caption>").append(e(caption)).append("</caption>\n");
        }
        out.append("<tbody>\n");
        if (filled.isEmpty()) {
            out.append("<tr><td>Nothing recorded.</td></tr>\n");
        }
        for (String[] row : filled) {
            out.append("<tr><th scope=\"row\">").append(e(row[0])).append("</th><td class=\"data\">").append(e(row[1])).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String words(String code) {
        if (code == null) {
            return null;
        }
        String text = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON));
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

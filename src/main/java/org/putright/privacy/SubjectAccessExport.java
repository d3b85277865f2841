package org.putright.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.correspondence.DocumentPdfs;
import org.putright.correspondence.LetterArchive;
import org.putright.residents.ResidentDossier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access export (UK GDPR Art. 15): the resident record and household, representatives, adjustments,
 * restrictions and their reviews, the audit trail, and every linked complaint's full record with its letters. Each
 * export is recorded in the resident's audit trail with who made it and in which format.
 */
@Service
class SubjectAccessExport {

    /** A complaint as held: its full record and history, and every letter we sent about it. */
    record ComplaintPart(ComplaintView complaint, List<LetterArchive.IssuedLetter> letters) {
    }

    /** Everything held about the resident at {@code generatedAt}. */
    record Export(Instant generatedAt, String format, ResidentDossier.Dossier resident, List<ComplaintPart> complaints) {
    }

    private final ResidentDossier dossiers;
    private final ComplaintService complaints;
    private final LetterArchive letters;
    private final DocumentPdfs pdfs;
    private final SubjectAccessDocument document;
    private final JsonMapper json;
    private final Clock clock;

    SubjectAccessExport(ResidentDossier dossiers, ComplaintService complaints, LetterArchive letters, DocumentPdfs pdfs,
            SubjectAccessDocument document, JsonMapper json, Clock clock) {
        this.dossiers = dossiers;
        this.complaints = complaints;
        this.letters = letters;
        this.pdfs = pdfs;
        this.document = document;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Export build(UUID residentId, String lawfulReason, String format) {
        ResidentDossier.Dossier dossier = dossiers.forSubjectAccess(residentId, lawfulReason);
        List<ComplaintPart> parts = dossier.complaints().stream()
                .map(c -> new ComplaintPart(complaints.get(c.complaintId()), letters.issuedFor(c.complaintId())))
                .toList();
        dossiers.recordSubjectAccessExport(residentId, format, lawfulReason);
        return new Export(clock.instant(), format, dossier, parts);
    }

    @Transactional
    byte[] json(UUID residentId, String lawfulReason) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(build(residentId, lawfulReason, "JSON"));
    }

    @Transactional
    byte[] pdf(UUID residentId, String lawfulReason) {
        return pdfs.fromHtml(document.html(build(residentId, lawfulReason, "PDF")));
    }
}

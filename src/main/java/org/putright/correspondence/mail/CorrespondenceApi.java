package org.putright.correspondence.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.correspondence.mail.CorrespondenceItem.Party;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Correspondence in and out of a complaint, the intake queue of unmatched mail, and sending a letter again. */
@RestController
@RequestMapping("/api/v1")
@Validated
class CorrespondenceApi {

    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";
    static final String LOG = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER')";
    static final String TRIAGE = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER')";
    static final String SEND = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','ADMIN')";

    private final CorrespondenceLog log;
    private final Downloads downloads;
    private final LetterDispatch dispatch;

    CorrespondenceApi(CorrespondenceLog log, Downloads downloads, LetterDispatch dispatch) {
        this.log = log;
        this.downloads = downloads;
        this.dispatch = dispatch;
    }

    record LogRequest(@NotNull Direction direction, @NotNull Party party, @NotNull Medium channel, @Size(max = 1000) String from,
            @Size(max = 1000) String to, @Size(max = 1000) String subject, @Size(max = 100_000) String body, Instant occurredAt) {
    }

    /** Either the complaint's id or its reference. */
    record AssignmentRequest(@Size(max = 64) String complaintId, @Size(max = 64) String reference) {
    }

    record SendResult(UUID letterId, String channel, String status, String detail) {
    }

    @GetMapping("/complaints/{id}/correspondence")
    @PreAuthorize(READ)
    List<CorrespondenceItem> forComplaint(@PathVariable UUID id) {
        return log.forComplaint(id);
    }

    @PostMapping("/complaints/{id}/correspondence")
    @PreAuthorize(LOG)
    @ResponseStatus(HttpStatus.CREATED)
    CorrespondenceItem logged(@PathVariable UUID id, @Valid @RequestBody LogRequest request) {
        if ((request.body() == null || request.body().isBlank()) && (request.subject() == null || request.subject().isBlank())) {
            throw new InvalidRequestException("body", request.body(), "Say what the correspondence was about: a subject or a summary");
        }
        return log.log(id, new CorrespondenceLog.Entry(request.direction(), request.party(), request.channel(), request.from(), request.to(),
                request.subject(), request.body(), request.occurredAt()));
    }

    @GetMapping("/correspondence/intake")
    @PreAuthorize(READ)
    List<CorrespondenceItem> intake() {
        return log.intake();
    }

    @GetMapping("/correspondence/{id}")
    @PreAuthorize(READ)
    CorrespondenceItem item(@PathVariable UUID id) {
        return log.get(id);
    }

    @PostMapping("/correspondence/{id}/assignment")
    @PreAuthorize(TRIAGE)
    CorrespondenceItem assign(@PathVariable UUID id, @Valid @RequestBody AssignmentRequest request) {
        String complaint = request.complaintId() != null && !request.complaintId().isBlank() ? request.complaintId() : request.reference();
        return log.assign(id, complaint);
    }

    @GetMapping("/correspondence/attachments/{attachmentId}")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> attachment(@PathVariable UUID attachmentId) {
        return downloads.attachment(attachmentId);
    }

    @GetMapping("/correspondence/{id}/raw")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> raw(@PathVariable UUID id) {
        return downloads.raw(id);
    }

    @PostMapping("/letters/{letterId}/send")
    @PreAuthorize(SEND)
    SendResult send(@PathVariable UUID letterId) {
        LetterDispatch.Outcome outcome = dispatch.send(letterId);
        return new SendResult(letterId, outcome.channel(), outcome.status().name(), outcome.detail());
    }

    /** File downloads shared by the API and the staff pages; the checksum is checked before anything is served. */
    @org.springframework.stereotype.Component
    static class Downloads {

        private final CorrespondenceStore store;
        private final MailFiles files;

        Downloads(CorrespondenceStore store, MailFiles files) {
            this.store = store;
            this.files = files;
        }

        ResponseEntity<byte[]> attachment(UUID attachmentId) {
            CorrespondenceStore.StoredFile file = store.storedAttachment(attachmentId)
                    .orElseThrow(() -> new NotFoundException("No stored attachment " + attachmentId));
            byte[] bytes = verified(file.storedPath(), file.sha256());
            return download(bytes, file.filename(), file.contentType());
        }

        ResponseEntity<byte[]> raw(UUID correspondenceId) {
            String path = store.rawPath(correspondenceId).orElseThrow(() -> new NotFoundException("No raw message for " + correspondenceId));
            String sha = path.substring(path.lastIndexOf('/') + 1).replace(".eml", "");
            return download(verified(path, sha), "message-" + correspondenceId + ".eml", "message/rfc822");
        }

        private byte[] verified(String path, String sha256) {
            byte[] bytes = files.read(path);
            if (!MailFiles.sha256(bytes).equals(sha256)) {
                throw new IllegalStateException("The stored file " + path + " no longer matches its checksum");
            }
            return bytes;
        }

        /** Always as a download, never shown inline: the content came from outside. */
        private static ResponseEntity<byte[]> download(byte[] bytes, String filename, String contentType) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            }
            catch (RuntimeException e) {
                type = MediaType.APPLICATION_OCTET_STREAM;
            }
            return ResponseEntity.ok().contentType(type)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(filename == null ? "attachment" : filename, java.nio.charset.StandardCharsets.UTF_8)
                                    .build().toString())
                    .body(bytes);
        }
    }
}

package org.putright.privacy;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subject access export as JSON and PDF. Also under /residents/{id}/... so the page's download links work with a
 * signed-in staff session (the API takes tokens only). Disclosed disabilities only with {@code lawfulReason}.
 */
@RestController
class SubjectAccessApi {

    static final String EXPORTERS = "hasAnyRole('MANAGER','COMPLAINTS_OFFICER')";

    private final SubjectAccessExport export;

    SubjectAccessApi(SubjectAccessExport export) {
        this.export = export;
    }

    @GetMapping({ "/api/v1/residents/{id}/subject-access-export.json", "/residents/{id}/subject-access-export.json" })
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> json(@PathVariable UUID id, @RequestParam(required = false) String lawfulReason) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-" + id + ".json").build().toString())
                .body(export.json(id, lawfulReason));
    }

    @GetMapping({ "/api/v1/residents/{id}/subject-access-export.pdf", "/residents/{id}/subject-access-export.pdf" })
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lawfulReason) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-" + id + ".pdf").build().toString())
                .body(export.pdf(id, lawfulReason));
    }
}

package org.putright.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's letters as they were issued: the list with delivery status, and each letter as PDF, HTML or text. Also
 * under /cases/{id}/letters so the case page's links work with a signed-in staff session (the API takes tokens only).
 */
@RestController
@RequestMapping({ "/api/v1/complaints/{id}/letters", "/cases/{id}/letters" })
class LettersApi {

    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";

    private final LetterService letters;
    private final LetterRenderer renderer;
    private final ComplaintService complaints;

    LettersApi(LetterService letters, LetterRenderer renderer, ComplaintService complaints) {
        this.letters = letters;
        this.renderer = renderer;
        this.complaints = complaints;
    }

    /** {@code recipientRole}: RESIDENT or REPRESENTATIVE (3.6); {@code needs}: formats staff must produce besides large print. */
    record LetterSummary(UUID id, LetterType type, int stage, Instant createdAt, String subject, DeliveryStatus deliveryStatus,
            String recipientName, String recipientRole, boolean largePrint, List<String> needs) {
    }

    @GetMapping
    @PreAuthorize(READ)
    List<LetterSummary> list(@PathVariable UUID id) {
        complaints.get(id); // 404 for an unknown complaint, rather than an empty list
        return letters.forComplaint(id).stream()
                .map(l -> new LetterSummary(l.id(), l.type(), l.stage(), l.createdAt(), l.subject(), l.deliveryStatus(),
                        l.recipientName(), l.recipientRole(), l.largePrint(), l.needs()))
                .toList();
    }

    @GetMapping("/{letterId}.pdf")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID letterId,
            @RequestParam(required = false) String format) {
        LetterService.Stored letter = letter(id, letterId);
        // a letter produced in large print (the resident's agreed format) comes as such unless the standard one is asked for
        boolean largePrint = "large-print".equals(format) || (letter.largePrint() && !"standard".equals(format));
        String filename = letter.reference() + "-" + letter.type().name().toLowerCase().replace('_', '-')
                + (largePrint ? "-large-print" : "") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(renderer.pdf(letter.html(), largePrint));
    }

    @GetMapping("/{letterId}.html")
    @PreAuthorize(READ)
    ResponseEntity<String> html(@PathVariable UUID id, @PathVariable UUID letterId) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(letter(id, letterId).html());
    }

    @GetMapping("/{letterId}.txt")
    @PreAuthorize(READ)
    ResponseEntity<String> text(@PathVariable UUID id, @PathVariable UUID letterId) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(letter(id, letterId).text());
    }

    /** 404 unless the letter is this complaint's. */
    private LetterService.Stored letter(UUID complaintId, UUID letterId) {
        return letters.find(letterId).filter(l -> l.complaintId().equals(complaintId))
                .orElseThrow(() -> new NotFoundException("Complaint " + complaintId + " has no letter " + letterId));
    }
}

package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Over REST: reasonable adjustments and their reviews (5.10), disclosed disabilities for the roles that need them (every
 * read logged), contact restrictions and their reviews (5.14), and the reviews due.
 */
@RestController
@RequestMapping("/api/v1")
class CareApi {

    static final String CASEWORK = "hasAnyRole('COMPLAINTS_OFFICER','INVESTIGATING_OFFICER','MANAGER')";

    private final Adjustments adjustments;
    private final Disclosures disclosures;
    private final ContactRestrictions restrictions;
    private final ReviewReminders reviews;

    CareApi(Adjustments adjustments, Disclosures disclosures, ContactRestrictions restrictions, ReviewReminders reviews) {
        this.adjustments = adjustments;
        this.disclosures = disclosures;
        this.restrictions = restrictions;
        this.reviews = reviews;
    }

    record AdjustmentRequest(String kind, String detail, LocalDate agreedOn, String agreedBy, LocalDate reviewOn) {
    }

    record AdjustmentReviewRequest(LocalDate reviewedOn, Adjustments.AdjustmentOutcome outcome, String notes, LocalDate nextReviewOn,
            String newDetail) {
    }

    record EndRequest(LocalDate endedOn, String reason) {
    }

    record DisclosureRequest(String disclosedText, LocalDate disclosedOn, String disclosedHow) {
    }

    record RestrictionRequest(List<String> kinds, String detail, String behaviour, String evidence, String proportionateBecause,
            String equalityConsiderations, String approvedBy, LocalDate approvedOn, LocalDate startsOn, LocalDate reviewOn) {
    }

    record RestrictionReviewRequest(LocalDate reviewedOn, ContactRestrictions.RestrictionOutcome outcome, String notes,
            LocalDate nextReviewOn, List<String> kinds, String detail) {
    }

    /** A restriction as the API shows it: its status today beside what was recorded. */
    record RestrictionView(ContactRestrictions.Restriction restriction, ContactRestrictions.Status status) {
    }

    // ------------------------------------------------------------ adjustments (5.10)

    @GetMapping("/residents/{id}/adjustments")
    List<Adjustments.Adjustment> adjustments(@PathVariable UUID id) {
        return adjustments.forResident(id);
    }

    @PostMapping("/residents/{id}/adjustments")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    Adjustments.Adjustment agree(@PathVariable UUID id, @RequestBody AdjustmentRequest request) {
        return adjustments.record(id, new Adjustments.NewAdjustment(request.kind(), request.detail(), request.agreedOn(), request.agreedBy(),
                request.reviewOn()));
    }

    @PostMapping("/adjustments/{id}/reviews")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    Adjustments.Adjustment reviewAdjustment(@PathVariable UUID id, @RequestBody AdjustmentReviewRequest request) {
        return adjustments.review(id, new Adjustments.NewReview(request.reviewedOn(), request.outcome(), request.notes(),
                request.nextReviewOn(), request.newDetail()));
    }

    @PostMapping("/adjustments/{id}/end")
    @PreAuthorize(CASEWORK)
    Adjustments.Adjustment end(@PathVariable UUID id, @RequestBody EndRequest request) {
        return adjustments.end(id, request.endedOn(), request.reason());
    }

    // ------------------------------------------------------------ disclosed disabilities (special category)

    /** Shows the disclosures to a permitted role (403 otherwise) and logs the read with the purpose given. */
    @GetMapping("/residents/{id}/disclosures")
    List<Disclosures.Disclosure> disclosures(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return disclosures.read(id, "API" + (purpose == null || purpose.isBlank() ? "" : ": " + purpose.strip()));
    }

    @PostMapping("/residents/{id}/disclosures")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    Disclosures.Disclosure disclose(@PathVariable UUID id, @RequestBody DisclosureRequest request) {
        return disclosures.record(id, request.disclosedText(), request.disclosedOn(), request.disclosedHow());
    }

    /** Who has seen the resident's special-category data: for managers, who answer for it. */
    @GetMapping("/residents/{id}/disclosures/reads")
    @PreAuthorize("hasRole('MANAGER')")
    List<Disclosures.Read> reads(@PathVariable UUID id) {
        return disclosures.reads(id);
    }

    // ------------------------------------------------------------ contact restrictions (5.14)

    @GetMapping("/residents/{id}/restrictions")
    List<RestrictionView> restrictions(@PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
        LocalDate day = on == null ? reviewsToday() : on;
        return restrictions.forResident(id).stream().map(r -> new RestrictionView(r, r.statusOn(day))).toList();
    }

    @PostMapping("/residents/{id}/restrictions")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    RestrictionView impose(@PathVariable UUID id, @RequestBody RestrictionRequest request) {
        ContactRestrictions.Restriction r = restrictions.impose(id, new ContactRestrictions.NewRestriction(request.kinds(), request.detail(),
                request.behaviour(), request.evidence(), request.proportionateBecause(), request.equalityConsiderations(),
                request.approvedBy(), request.approvedOn(), request.startsOn(), request.reviewOn()));
        return new RestrictionView(r, r.statusOn(reviewsToday()));
    }

    @PostMapping("/restrictions/{id}/reviews")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    RestrictionView reviewRestriction(@PathVariable UUID id, @RequestBody RestrictionReviewRequest request) {
        ContactRestrictions.Restriction r = restrictions.review(id, new ContactRestrictions.NewReview(request.reviewedOn(), request.outcome(),
                request.notes(), request.nextReviewOn(), request.kinds(), request.detail()));
        return new RestrictionView(r, r.statusOn(reviewsToday()));
    }

    // ------------------------------------------------------------ the queue

    /** Adjustment and restriction reviews overdue or due within {@code within} working days, soonest first. */
    @GetMapping("/reviews/due")
    List<ReviewReminders.DueReview> due(@RequestParam(required = false) Integer within) {
        return reviews.due(within == null ? reviews.reminderWorkingDays() : within);
    }

    private LocalDate reviewsToday() {
        return reviews.today();
    }
}

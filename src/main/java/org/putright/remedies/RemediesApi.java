package org.putright.remedies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Putting things right over REST: alerts on promised actions (6.6, 6.17), remedies from offer to payment (7.4), the
 * Ombudsman's guidance bands, learning and the service-improvement register (9.1, 9.2).
 */
@RestController
@RequestMapping("/api/v1")
@Validated
class RemediesApi {

    static final String CASEWORK = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER')";
    static final String INVESTIGATION = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER')";
    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";

    private final RemedyAlerts alerts;
    private final FinancialRemedies remedies;
    private final RemedyGuidance guidance;
    private final Learning learning;

    RemediesApi(RemedyAlerts alerts, FinancialRemedies remedies, RemedyGuidance guidance, Learning learning) {
        this.alerts = alerts;
        this.remedies = remedies;
        this.guidance = guidance;
        this.learning = learning;
    }

    record AcceptanceRequest(@NotNull LocalDate acceptedOn, @NotNull Boolean accepted) {
    }

    record PaymentRequest(@NotNull LocalDate paidOn, @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal amount,
            @Size(max = 200) String reference, @Size(max = 5_000) String reason) {
    }

    record LearningRequest(@NotBlank @Size(max = 10_000) String lesson, List<@NotNull UUID> improvementIds) {
    }

    record ImprovementRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 10_000) String description,
            @NotBlank @Size(max = 200) String owner, LocalDate targetOn) {
    }

    record StatusRequest(@NotNull Learning.ImprovementStatus status, @Size(max = 5_000) String note) {
    }

    /** Reminders and overdue alerts on promised actions, newest first; {@code open} keeps those not acknowledged on actions not done. */
    @GetMapping("/alerts")
    @PreAuthorize(READ)
    List<RemedyAlerts.Alert> alerts(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) UUID complaintId) {
        return alerts.list(open, complaintId);
    }

    @PostMapping("/alerts/{id}/acknowledgement")
    @PreAuthorize(INVESTIGATION)
    RemedyAlerts.Alert acknowledge(@PathVariable UUID id) {
        return alerts.acknowledge(id);
    }

    @GetMapping("/complaints/{id}/remedies")
    @PreAuthorize(READ)
    FinancialRemedies.Remedies remedies(@PathVariable UUID id) {
        return remedies.forComplaint(id);
    }

    @PostMapping("/complaints/{id}/remedies/{stage}/{index}/acceptance")
    @PreAuthorize(CASEWORK)
    FinancialRemedies.Remedies acceptance(@PathVariable UUID id, @PathVariable @Min(1) @Max(2) int stage, @PathVariable @Min(0) int index,
            @Valid @RequestBody AcceptanceRequest request) {
        return remedies.decide(id, stage, index, request.acceptedOn(), request.accepted());
    }

    @PostMapping("/complaints/{id}/remedies/{stage}/{index}/payment")
    @PreAuthorize(CASEWORK)
    FinancialRemedies.Remedies payment(@PathVariable UUID id, @PathVariable @Min(1) @Max(2) int stage, @PathVariable @Min(0) int index,
            @Valid @RequestBody PaymentRequest request) {
        return remedies.pay(id, stage, index, request.paidOn(), request.amount(), request.reference(), request.reason());
    }

    @GetMapping("/remedies/guidance")
    @PreAuthorize(READ)
    RemedyGuidance.Guidance guidance() {
        return guidance.guidance();
    }

    @GetMapping("/complaints/{id}/learning")
    @PreAuthorize(READ)
    List<Learning.Lesson> lessons(@PathVariable UUID id) {
        return learning.lessons(id);
    }

    @PostMapping("/complaints/{id}/learning")
    @PreAuthorize(INVESTIGATION)
    @ResponseStatus(HttpStatus.CREATED)
    Learning.Lesson recordLesson(@PathVariable UUID id, @Valid @RequestBody LearningRequest request) {
        return learning.recordLesson(id, request.lesson(), request.improvementIds());
    }

    @GetMapping("/service-improvements")
    @PreAuthorize(READ)
    List<Learning.Improvement> register(@RequestParam(required = false) Learning.ImprovementStatus status) {
        return learning.register(status);
    }

    @GetMapping("/service-improvements/{id}")
    @PreAuthorize(READ)
    Learning.Improvement improvement(@PathVariable UUID id) {
        return learning.improvement(id);
    }

    @PostMapping("/service-improvements")
    @PreAuthorize(CASEWORK)
    @ResponseStatus(HttpStatus.CREATED)
    Learning.Improvement propose(@Valid @RequestBody ImprovementRequest request) {
        return learning.propose(request.title(), request.description(), request.owner(), request.targetOn());
    }

    @PostMapping("/service-improvements/{id}/status")
    @PreAuthorize(CASEWORK)
    Learning.Improvement changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return learning.changeStatus(id, request.status(), request.note());
    }
}

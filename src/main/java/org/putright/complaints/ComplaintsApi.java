package org.putright.complaints;

import java.net.URI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The complaints REST API. Staff roles: anyone on the staff may log a complaint (3.2); officers and managers run the
 * lifecycle; investigating officers extend, respond and record escalation requests; governance viewers read.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
class ComplaintsApi {

    static final String CASEWORK = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER')";
    static final String INVESTIGATION = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER')";
    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";

    private final ComplaintService complaints;
    private final ComplaintQueries queries;
    private final ComplaintStatistics statistics;
    private final Retention retention;

    ComplaintsApi(ComplaintService complaints, ComplaintQueries queries, ComplaintStatistics statistics, Retention retention) {
        this.complaints = complaints;
        this.queries = queries;
        this.statistics = statistics;
        this.retention = retention;
    }

    // ------------------------------------------------------------ requests

    record ResidentInput(@NotBlank @Size(max = 200) String name, @Size(max = 64) String tenancyReference,
            @Email @Size(max = 320) String email, @Size(max = 40) String phone, @Size(max = 10) String postcode) {

        Resident toResident() {
            return new Resident(name, tenancyReference, email, phone, postcode);
        }
    }

    record RepresentativeInput(@NotBlank @Size(max = 200) String name, @NotNull Representative.Relationship relationship,
            @Email @Size(max = 320) String email, @Size(max = 40) String phone, Boolean consentGiven) {

        Representative toRepresentative() {
            return new Representative(name, relationship, email, phone, Boolean.TRUE.equals(consentGiven));
        }
    }

    /** {@code riskFlags}: risks to the resident known at intake (6.1), which put the case ahead in the queue. */
    record NewComplaintRequest(@NotNull OffsetDateTime receivedAt, @NotNull Channel channel, @NotNull @Valid ResidentInput resident,
            @Valid RepresentativeInput representative, @NotBlank @Size(max = 50_000) String description, LocalDate issueOccurredOn,
            @Size(max = 10_000) String outcomeSought, @Size(max = 2_000) String contactPreference, @Size(max = 10_000) String supportNeeds,
            List<@NotNull RiskFlag> riskFlags, @Size(max = 5_000) String riskNotes) {
    }

    /** The full set of flags now (an empty list clears them), with what was learned. */
    record RiskFlagsRequest(@NotNull List<@NotNull RiskFlag> flags, @Size(max = 5_000) String notes) {
    }

    record EarlyResolutionRequest(@NotNull Boolean canResolveEarly, @Size(max = 10_000) String notes) {
    }

    record LegalHoldRequest(@Size(max = 5_000) String reason) {
    }

    /** A flag as data: its code, the words staff see, and the priority it gives. */
    record RiskFlagInfo(RiskFlag code, String label, int weight) {
    }

    record DefinitionInput(@Size(max = 5_000) String summary, List<@Size(max = 2_000) String> points,
            List<@Size(max = 2_000) String> outcomesSought, List<@Size(max = 2_000) String> responsibleFor,
            List<@Size(max = 2_000) String> notResponsibleFor, @Size(max = 5_000) String clarificationRequested) {

        Definition toDefinition() {
            return new Definition(summary, points, outcomesSought, responsibleFor, notResponsibleFor, clarificationRequested);
        }
    }

    record AcknowledgementRequest(@NotNull LocalDate acknowledgedOn, @NotBlank String handler, @Valid DefinitionInput definition) {
    }

    record AssignmentRequest(@NotBlank String handler) {
    }

    /** {@code updateEveryWorkingDays}: how often the resident agreed to hear from us until the response (5.9). */
    record ExtensionRequest(@NotNull @Min(1) @Max(200) Integer workingDays, @Size(max = 5_000) String reason,
            LocalDate residentInformedOn, @Size(max = 5_000) String goodReason, Integer updateEveryWorkingDays) {
    }

    record PointInput(@NotBlank String point, @NotNull Decision decision, @Size(max = 20_000) String reasons) {
    }

    record FinancialInput(@PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal statutory,
            @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal quantifiableLoss,
            @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal timeAndTrouble,
            @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal distressAndInconvenience) {

        Remedy.Financial toFinancial() {
            return new Remedy.Financial(statutory, quantifiableLoss, timeAndTrouble, distressAndInconvenience);
        }
    }

    /** A remedy (7.1) with what will happen and by when (7.3); a financial one with its breakdown (7.4). */
    record RemedyInput(@NotNull Remedy.Type type, @NotBlank @Size(max = 5_000) String description, LocalDate dueOn,
            @Valid FinancialInput financial) {

        Remedy toRemedy() {
            return new Remedy(type, description, dueOn, financial == null ? null : financial.toFinancial());
        }
    }

    record ActionInput(@NotBlank @Size(max = 2_000) String description, @NotNull LocalDate dueOn,
            @NotBlank @Size(max = 200) String owner) {
    }

    /**
     * A response (6.9 / 6.19). With no remedies, {@code noRemedyReason} says why none is offered; with no outstanding
     * actions, {@code noOutstandingActions} confirms there are none. Either left unsaid is a missing element (422).
     */
    record ResponseRequest(@NotNull LocalDate respondedOn, Decision decision, @Size(max = 50_000) String reasons,
            List<@Valid PointInput> points, List<@Valid RemedyInput> remedies, @Size(max = 5_000) String noRemedyReason,
            List<@Valid ActionInput> outstandingActions, Boolean noOutstandingActions) {

        ResponseDraft toDraft() {
            return new ResponseDraft(respondedOn, decision, reasons,
                    points == null ? List.of() : points.stream().map(p -> new PointDecision(p.point(), p.decision(), p.reasons())).toList(),
                    remedies == null ? List.of() : remedies.stream().map(RemedyInput::toRemedy).toList(), noRemedyReason,
                    outstandingActions == null ? List.of()
                            : outstandingActions.stream().map(a -> new OutstandingAction(a.description(), a.dueOn(), a.owner())).toList(),
                    Boolean.TRUE.equals(noOutstandingActions));
        }
    }

    record ActionCompletionRequest(@NotNull @Min(1) @Max(2) Integer stage, @NotNull @Min(0) Integer action,
            @NotNull LocalDate completedOn, @NotBlank @Size(max = 20_000) String evidence) {
    }

    record EscalationRequest(@NotNull LocalDate requestedOn, @Size(max = 20_000) String reason) {
    }

    record RefusalRequest(@NotBlank String ground, @Size(max = 20_000) String reasons, @NotNull LocalDate decidedOn,
            @Size(max = 20_000) String discretionConsidered) {
    }

    record TriageRequest(@NotBlank String outcome, @Size(max = 20_000) String reasons, Boolean residentToldOfRightToComplain) {
    }

    record AdditionalComplaintRequest(@NotNull OffsetDateTime receivedAt, @NotBlank @Size(max = 50_000) String description,
            @NotNull Boolean related) {
    }

    record ServiceRequestComplaint(@NotNull OffsetDateTime receivedAt, Channel channel, @NotBlank @Size(max = 50_000) String description) {
    }

    record ResolutionRequest(@NotNull LocalDate resolvedOn, @NotBlank @Size(max = 20_000) String summary) {
    }

    record ClosureRequest(@NotNull LocalDate closedOn, @Size(max = 5_000) String reason) {
    }

    record NoteRequest(@NotBlank @Size(max = 50_000) String text) {
    }

    record NewRefusalGround(@NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}", message = "must be 2 to 60 capital letters, digits or '_'") String code,
            @NotBlank @Size(max = 200) String label, @Size(max = 2_000) String description) {
    }

    // ------------------------------------------------------------ endpoints

    @PostMapping("/complaints")
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','ADMIN')")
    ResponseEntity<ComplaintView> create(@Valid @RequestBody NewComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        var created = complaints.receive(new ComplaintService.NewComplaint(request.receivedAt(), request.channel(),
                request.resident().toResident(), request.representative() == null ? null : request.representative().toRepresentative(),
                request.description(), request.issueOccurredOn(), request.outcomeSought(), request.contactPreference(),
                request.supportNeeds(), request.riskFlags() == null ? null : java.util.Set.copyOf(request.riskFlags()),
                request.riskNotes()), idempotencyKey);
        return created(created);
    }

    @GetMapping("/complaints")
    @PreAuthorize(READ)
    ComplaintQueries.Page list(@RequestParam(required = false) List<Status> status, @RequestParam(required = false) Integer stage,
            @RequestParam(required = false) String handler, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @Pattern(regexp = "COMPLAINT|SERVICE_REQUEST") String kind,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean dueSoon,
            @RequestParam(required = false) @Size(max = 200) String q, @RequestParam(defaultValue = "false") boolean priority,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.list(new ComplaintQueries.Filter(status, stage, handler, channel, kind, overdue, dueSoon, q, false, priority), page,
                size);
    }

    /**
     * Figures for a period that survive anonymisation: complaints received at each stage, acknowledgements and responses
     * and how many were within the Code's timescales (inside an agreed extension counts as within), refusals.
     */
    @GetMapping("/complaints/statistics")
    @PreAuthorize(READ)
    ComplaintStatistics.Figures statistics(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return statistics.forPeriod(from, to);
    }

    @GetMapping("/risk-flags")
    @PreAuthorize(READ)
    List<RiskFlagInfo> riskFlags() {
        return java.util.Arrays.stream(RiskFlag.values()).map(f -> new RiskFlagInfo(f, f.label(), f.weight())).toList();
    }

    /** 6.1: the risks to the resident now (the full set; removing one is sending the set without it). */
    @PutMapping("/complaints/{id}/risk-flags")
    @PreAuthorize(INVESTIGATION)
    ComplaintView recordRiskFlags(@PathVariable UUID id, @Valid @RequestBody RiskFlagsRequest request) {
        return complaints.recordRiskFlags(id, java.util.Set.copyOf(request.flags()), request.notes());
    }

    /** 6.1: whether this stage 1 complaint can be resolved early given the resident's vulnerability or risk, and why. */
    @PostMapping("/complaints/{id}/early-resolution")
    @PreAuthorize(INVESTIGATION)
    ComplaintView considerEarlyResolution(@PathVariable UUID id, @Valid @RequestBody EarlyResolutionRequest request) {
        return complaints.considerEarlyResolution(id, request.canResolveEarly(), request.notes());
    }

    /** Keeps the record whatever the retention policy says; {@code reason} is required. */
    @PutMapping("/complaints/{id}/legal-hold")
    @PreAuthorize(CASEWORK)
    ComplaintView placeLegalHold(@PathVariable UUID id, @Valid @RequestBody LegalHoldRequest request) {
        return complaints.placeLegalHold(id, request.reason());
    }

    /** Lifts the hold; the reason comes in the body, or as {@code ?reason=} for clients that send no body with DELETE. */
    @DeleteMapping("/complaints/{id}/legal-hold")
    @PreAuthorize(CASEWORK)
    ComplaintView liftLegalHold(@PathVariable UUID id, @Valid @RequestBody(required = false) LegalHoldRequest request,
            @RequestParam(required = false) @Size(max = 5_000) String reason) {
        return complaints.liftLegalHold(id, request != null && request.reason() != null ? request.reason() : reason);
    }

    /** Runs the retention policy now (it also runs daily): returns what was anonymised. */
    @PostMapping("/retention/run")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    Retention.Run runRetention() {
        return retention.run();
    }

    @GetMapping("/complaints/counts")
    @PreAuthorize(READ)
    ComplaintQueries.Counts counts(@RequestParam(required = false) String handler) {
        return queries.counts(handler);
    }

    @GetMapping("/complaints/{id}")
    @PreAuthorize(READ)
    ComplaintView get(@PathVariable UUID id) {
        return complaints.get(id);
    }

    @PostMapping("/complaints/{id}/triage")
    @PreAuthorize(CASEWORK)
    ComplaintView triage(@PathVariable UUID id, @Valid @RequestBody TriageRequest request) {
        return complaints.triage(id, request.outcome(), request.reasons(), Boolean.TRUE.equals(request.residentToldOfRightToComplain()));
    }

    @PostMapping("/complaints/{id}/acknowledgement")
    @PreAuthorize(CASEWORK)
    ComplaintView acknowledge(@PathVariable UUID id, @Valid @RequestBody AcknowledgementRequest request) {
        return complaints.acknowledge(id, request.acknowledgedOn(), request.handler(),
                request.definition() == null ? null : request.definition().toDefinition());
    }

    @PostMapping("/complaints/{id}/assignment")
    @PreAuthorize(CASEWORK)
    ComplaintView assign(@PathVariable UUID id, @Valid @RequestBody AssignmentRequest request) {
        return complaints.assign(id, request.handler());
    }

    @PostMapping("/complaints/{id}/extensions")
    @PreAuthorize(INVESTIGATION)
    ComplaintView extend(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request) {
        return complaints.extend(id, request.workingDays(), request.reason(), request.residentInformedOn(), request.goodReason(),
                request.updateEveryWorkingDays());
    }

    @PostMapping("/complaints/{id}/response")
    @PreAuthorize(INVESTIGATION)
    ComplaintView respond(@PathVariable UUID id, @Valid @RequestBody ResponseRequest request) {
        return complaints.respond(id, request.toDraft());
    }

    @PostMapping("/complaints/{id}/outstanding-actions/completion")
    @PreAuthorize(INVESTIGATION)
    ComplaintView completeOutstandingAction(@PathVariable UUID id, @Valid @RequestBody ActionCompletionRequest request) {
        return complaints.completeOutstandingAction(id, request.stage(), request.action(), request.completedOn(), request.evidence());
    }

    /** Actions promised in responses across all cases (6.6, 6.17); {@code open} drops completed ones, {@code overdue} keeps only late ones. */
    @GetMapping("/outstanding-actions")
    @PreAuthorize(READ)
    List<ComplaintQueries.ActionSummary> outstandingActions(@RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return queries.outstandingActions(open, overdue, page, size);
    }

    @PostMapping("/complaints/{id}/escalation")
    @PreAuthorize(INVESTIGATION)
    ComplaintView escalate(@PathVariable UUID id, @Valid @RequestBody EscalationRequest request) {
        return complaints.requestEscalation(id, request.requestedOn(), request.reason());
    }

    @PostMapping("/complaints/{id}/refusal")
    @PreAuthorize(CASEWORK)
    ComplaintView refuse(@PathVariable UUID id, @Valid @RequestBody RefusalRequest request) {
        return complaints.refuse(id, request.ground(), request.reasons(), request.discretionConsidered(), request.decidedOn());
    }

    @PostMapping("/complaints/{id}/additional-complaints")
    @PreAuthorize(INVESTIGATION)
    ResponseEntity<ComplaintView> additional(@PathVariable UUID id, @Valid @RequestBody AdditionalComplaintRequest request) {
        var result = complaints.additionalComplaint(id, request.receivedAt(), request.description(), request.related());
        return result.complaint().id().equals(id) ? ResponseEntity.ok(result.complaint()) : created(result);
    }

    @PostMapping("/complaints/{id}/service-request/complaint")
    @PreAuthorize(INVESTIGATION)
    ResponseEntity<ComplaintView> complainAboutServiceRequest(@PathVariable UUID id, @Valid @RequestBody ServiceRequestComplaint request) {
        return created(complaints.complainAboutServiceRequest(id, request.receivedAt(), request.channel(), request.description()));
    }

    @PostMapping("/complaints/{id}/service-request/resolution")
    @PreAuthorize(INVESTIGATION)
    ComplaintView resolveServiceRequest(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest request) {
        return complaints.resolveServiceRequest(id, request.resolvedOn(), request.summary());
    }

    @PostMapping("/complaints/{id}/closure")
    @PreAuthorize(CASEWORK)
    ComplaintView close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request) {
        return complaints.close(id, request.closedOn(), request.reason());
    }

    @PostMapping("/complaints/{id}/notes")
    @PreAuthorize(INVESTIGATION)
    ComplaintView note(@PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        return complaints.addNote(id, request.text());
    }

    @GetMapping("/refusal-grounds")
    @PreAuthorize(READ)
    List<RefusalGround> refusalGrounds() {
        return complaints.refusalGrounds();
    }

    @PostMapping("/refusal-grounds")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    RefusalGround addRefusalGround(@Valid @RequestBody NewRefusalGround request) {
        return complaints.addRefusalGround(request.code(), request.label(), request.description());
    }

    private static ResponseEntity<ComplaintView> created(ComplaintService.Created created) {
        var builder = ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/complaints/" + created.complaint().id()));
        if (created.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(created.complaint());
    }
}

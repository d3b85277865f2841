package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Ombudsman register over REST (9.7 c): cases, determinations, orders and compliance, reminders and the figures. */
@RestController
@RequestMapping("/api/v1/ombudsman")
@Validated
class OmbudsmanApi {

    static final String WRITE = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','ADMIN')";
    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";

    private final OmbudsmanCases cases;
    private final OmbudsmanReminders reminders;
    private final OmbudsmanRegister register;

    OmbudsmanApi(OmbudsmanCases cases, OmbudsmanReminders reminders, OmbudsmanRegister register) {
        this.cases = cases;
        this.reminders = reminders;
        this.register = register;
    }

    record CaseRequest(@NotBlank @Size(max = 40) String ombudsmanReference, @NotBlank @Size(max = 20) String complaintReference,
            @NotNull LocalDate referredOn) {
    }

    record StatusRequest(@NotNull OmbudsmanCases.CaseStatus status, @NotNull LocalDate on, @Size(max = 2000) String note) {
    }

    record ElementRequest(@NotBlank @Size(max = 1000) String description, @NotNull Finding finding) {
    }

    record DeterminationRequest(@NotNull LocalDate determinedOn,
            @NotEmpty @Size(max = OmbudsmanCases.MAX_ELEMENTS) List<@Valid @NotNull ElementRequest> elements) {
    }

    record OrderRequest(@NotNull OmbudsmanCases.OrderKind kind, @NotBlank @Size(max = 5000) String description, LocalDate madeOn,
            LocalDate dueOn) {
    }

    record ComplianceRequest(@NotNull LocalDate compliedOn, @NotBlank @Size(max = 5000) String evidence) {
    }

    /** The register: cases with overdue orders first; {@code year} is a reporting year of referral (2025 = 2025/26). */
    @GetMapping("/cases")
    @PreAuthorize(READ)
    List<OmbudsmanCases.Case> list(@RequestParam(required = false) OmbudsmanCases.CaseStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return cases.list(status, year);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(READ)
    OmbudsmanCases.Case get(@PathVariable UUID id) {
        return cases.get(id);
    }

    @PostMapping("/cases")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    OmbudsmanCases.Case create(@Valid @RequestBody CaseRequest request) {
        return cases.create(new OmbudsmanCases.NewCase(request.ombudsmanReference(), request.complaintReference(), request.referredOn()));
    }

    @PostMapping("/cases/{id}/status")
    @PreAuthorize(WRITE)
    OmbudsmanCases.Case changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return cases.changeStatus(id, request.status(), request.on(), request.note());
    }

    @PostMapping("/cases/{id}/determination")
    @PreAuthorize(WRITE)
    OmbudsmanCases.Case determine(@PathVariable UUID id, @Valid @RequestBody DeterminationRequest request) {
        return cases.determine(id, request.determinedOn(),
                request.elements().stream().map(e -> new OmbudsmanCases.Element(e.description(), e.finding())).toList());
    }

    @PostMapping("/cases/{id}/orders")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    OmbudsmanCases.Case addOrder(@PathVariable UUID id, @Valid @RequestBody OrderRequest request) {
        return cases.addOrder(id, new OmbudsmanCases.NewOrder(request.kind(), request.description(), request.madeOn(), request.dueOn()));
    }

    @PostMapping("/cases/{id}/orders/{orderId}/compliance")
    @PreAuthorize(WRITE)
    OmbudsmanCases.Case recordCompliance(@PathVariable UUID id, @PathVariable UUID orderId, @Valid @RequestBody ComplianceRequest request) {
        return cases.recordCompliance(id, orderId, request.compliedOn(), request.evidence());
    }

    /** Reminders and overdue alerts on orders, most urgent first; {@code open} leaves out orders complied with since. */
    @GetMapping("/alerts")
    @PreAuthorize(READ)
    List<OmbudsmanReminders.Alert> alerts(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) UUID caseId) {
        return reminders.list(open, caseId);
    }

    /** The figures for a period, both days included: see {@link OmbudsmanSummary}. */
    @GetMapping("/summary")
    @PreAuthorize(READ)
    OmbudsmanSummary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return register.summaryFor(from, to);
    }
}

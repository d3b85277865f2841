package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Self-assessments over REST (2024 Code 8.1, 8.3, 8.4): start one (from last year's or an imported form), answer each
 * provision, add and progress actions, sign off, record the governing body's consideration and the publication, and
 * export it as DOCX, PDF or HTML in the Ombudsman's form layout.
 */
@RestController
@RequestMapping("/api/v1/self-assessments")
class SelfAssessmentApi {

    static final String WRITE = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','ADMIN')";
    /** The sign-off is the complaints officer's (the Ombudsman's form), or a manager's standing in. */
    static final String SIGN_OFF = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER')";
    static final String READ = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','GOVERNANCE_VIEWER','ADMIN')";
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SelfAssessments assessments;
    private final SelfAssessmentExports exports;
    private final FormUploads imports;

    SelfAssessmentApi(SelfAssessments assessments, SelfAssessmentExports exports, FormUploads imports) {
        this.assessments = assessments;
        this.exports = exports;
        this.imports = imports;
    }

    record CreateRequest(String codeVersion, LocalDate periodStart, LocalDate periodEnd, String reason, UUID startFrom, Boolean fresh) {
    }

    record AnswerRequest(String comply, String evidence, String commentary, String alternativeApproach, Boolean confirmedDespiteEvidence) {
    }

    record ActionRequest(String description, String owner, LocalDate targetDate) {
    }

    record StatusRequest(String status, String completionEvidence) {
    }

    record SignOffRequest(LocalDate signedOffOn, String note) {
    }

    record GoverningBodyRequest(LocalDate consideredOn, String response) {
    }

    record PublicationRequest(LocalDate publishedOn) {
    }

    /** What an import created, and the lines of the form it could not read. */
    record Imported(SelfAssessments.Assessment assessment, List<String> problems) {
    }

    @GetMapping
    @PreAuthorize(READ)
    List<SelfAssessments.Listed> list() {
        return assessments.list();
    }

    @PostMapping
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    SelfAssessments.Assessment create(@RequestBody CreateRequest request) {
        return assessments.create(new SelfAssessments.NewAssessment(request.codeVersion(), request.periodStart(), request.periodEnd(),
                request.reason(), request.startFrom(), Boolean.TRUE.equals(request.fresh())));
    }

    /** Starts an assessment from a landlord's existing form (DOCX, CSV or tab-separated text) in the multipart {@code file}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Imported importForm(@RequestParam("file") MultipartFile file, @RequestParam String codeVersion,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, @RequestParam(defaultValue = "ANNUAL") String reason) {
        FormUploads importer = imports;
        return importer.importForm(file, new SelfAssessments.NewAssessment(codeVersion, periodStart, periodEnd, reason, null, true));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    SelfAssessments.Assessment get(@PathVariable UUID id) {
        return assessments.get(id);
    }

    @PutMapping("/{id}/provisions/{number}")
    @PreAuthorize(WRITE)
    SelfAssessments.ProvisionAnswer answer(@PathVariable UUID id, @PathVariable String number, @RequestBody AnswerRequest request) {
        return assessments.answer(id, number, new SelfAssessments.Answer(request.comply(), request.evidence(), request.commentary(),
                request.alternativeApproach(), Boolean.TRUE.equals(request.confirmedDespiteEvidence()))).provision(number);
    }

    @PostMapping("/{id}/provisions/{number}/actions")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    SelfAssessments.Action addAction(@PathVariable UUID id, @PathVariable String number, @RequestBody ActionRequest request) {
        return assessments.addAction(id, number, new SelfAssessments.NewAction(request.description(), request.owner(), request.targetDate()));
    }

    @PostMapping("/{id}/actions/{actionId}/status")
    @PreAuthorize(WRITE)
    SelfAssessments.Action actionStatus(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody StatusRequest request) {
        return assessments.changeActionStatus(id, actionId, request.status(), request.completionEvidence());
    }

    @PostMapping("/{id}/sign-off")
    @PreAuthorize(SIGN_OFF)
    SelfAssessments.Assessment signOff(@PathVariable UUID id, @RequestBody(required = false) SignOffRequest request) {
        return assessments.signOff(id, request == null ? null : request.signedOffOn(), request == null ? null : request.note());
    }

    @PostMapping("/{id}/governing-body")
    @PreAuthorize(WRITE)
    SelfAssessments.Assessment governingBody(@PathVariable UUID id, @RequestBody GoverningBodyRequest request) {
        return assessments.governingBody(id, request.consideredOn(), request.response());
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(WRITE)
    SelfAssessments.Assessment publication(@PathVariable UUID id, @RequestBody PublicationRequest request) {
        return assessments.publish(id, request.publishedOn());
    }

    @GetMapping("/{id}/export.html")
    @PreAuthorize(READ)
    ResponseEntity<String> html(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return download(exports.html(a), new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8), a, "html", true);
    }

    @GetMapping("/{id}/export.pdf")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return download(exports.pdf(a), MediaType.APPLICATION_PDF, a, "pdf", false);
    }

    @GetMapping("/{id}/export.docx")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        SelfAssessments.Assessment a = assessments.get(id);
        return download(exports.docx(a), DOCX, a, "docx", false);
    }

    /** The figures for the annual report: see {@link SelfAssessmentSummary}; 404 when no assessment ends in the period. */
    @GetMapping("/summary")
    @PreAuthorize(READ)
    SelfAssessmentSummary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return assessments.summaryFor(from, to).orElseThrow(
                () -> new org.putright.shared.NotFoundException("No self-assessment ends between " + from + " and " + to + "."));
    }

    static <T> ResponseEntity<T> download(T body, MediaType type, SelfAssessments.Assessment a, String extension, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(SelfAssessmentExports.filename(a, extension)).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}

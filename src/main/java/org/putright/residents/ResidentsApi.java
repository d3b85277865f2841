package org.putright.residents;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resident records over REST: search, a resident's record with household and linked complaints, their history and
 * audit trail; upserts by tenancy reference and CSV imports from the housing management system; duplicates and merges.
 */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentsApi {

    static final String MANAGE = "hasAnyRole('ADMIN','COMPLAINTS_OFFICER','MANAGER')";

    private final ResidentDirectory directory;
    private final ResidentUpserts upserts;
    private final ResidentImport imports;
    private final ResidentDuplicates duplicates;
    private final ResidentMerges merges;
    private final ResidentHistory history;
    private final Actors actors;

    ResidentsApi(ResidentDirectory directory, ResidentUpserts upserts, ResidentImport imports, ResidentDuplicates duplicates,
            ResidentMerges merges, ResidentHistory history, Actors actors) {
        this.directory = directory;
        this.upserts = upserts;
        this.imports = imports;
        this.duplicates = duplicates;
        this.merges = merges;
        this.history = history;
        this.actors = actors;
    }

    /** The housing system's view of a resident; a field left out (or null) keeps what is held, {@code household} replaces it. */
    record UpsertRequest(String name, String propertyReference, PostalAddress address, String email, String phone, String preferredContact,
            List<HouseholdMember> household) {
    }

    record MergeRequest(UUID into, String reason) {
    }

    /** One entry of the audit trail. */
    record TrailEntry(int sequence, String type, java.time.Instant occurredAt, String actor, tools.jackson.databind.JsonNode details) {
    }

    @GetMapping
    List<ResidentRecord> search(@RequestParam(required = false) String q) {
        return directory.search(q);
    }

    @GetMapping("/duplicates")
    List<ResidentDuplicates.Duplicate> duplicates() {
        return duplicates.find();
    }

    @GetMapping("/{id}")
    ResidentDirectory.ResidentFile get(@PathVariable UUID id) {
        return directory.file(id);
    }

    @GetMapping("/{id}/history")
    List<ResidentHistory.Entry> history(@PathVariable UUID id) {
        return history.of(id, null);
    }

    @GetMapping("/{id}/audit-trail")
    List<TrailEntry> trail(@PathVariable UUID id) {
        return directory.trail(id).stream().map(e -> new TrailEntry(e.sequence(), e.type(), e.occurredAt(), e.actor(), e.details())).toList();
    }

    /** Creates (201) or updates (200) the resident with this tenancy reference; the answer lists the fields changed. */
    @PutMapping("/by-tenancy/{tenancyReference}")
    @PreAuthorize(MANAGE)
    ResponseEntity<ResidentUpserts.Outcome> upsert(@PathVariable String tenancyReference, @RequestBody UpsertRequest body) {
        ResidentUpserts.Outcome outcome = upserts.upsert(tenancyReference, new ResidentDetails(body.name(), body.propertyReference(),
                body.address(), body.email(), body.phone(), body.preferredContact(), body.household()), "HOUSING_SYSTEM", actors.current());
        return ResponseEntity.status(outcome.kind() == ResidentUpserts.Kind.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
    }

    /** A CSV export of the housing system (header row first); {@code dryRun=true} reports what would change and writes nothing. */
    @PostMapping(path = "/import", consumes = { "text/csv", "text/plain" })
    @PreAuthorize(MANAGE)
    ResidentImport.Report importCsv(@RequestParam(defaultValue = "true") boolean dryRun, @RequestBody(required = false) String csv) {
        return dryRun ? imports.dryRun(csv) : imports.apply(csv, actors.current());
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize(MANAGE)
    ResidentMerges.Merged merge(@PathVariable UUID id, @RequestBody MergeRequest body) {
        return merges.merge(id, body.into(), body.reason(), actors.current());
    }
}

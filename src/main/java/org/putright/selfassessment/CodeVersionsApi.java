package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;

import org.putright.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Code's versions and their provisions, for any signed-in member of staff. */
@RestController
@RequestMapping("/api/v1/code-versions")
class CodeVersionsApi {

    static final String STAFF = "hasAnyRole('ADMIN','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER','MANAGER','GOVERNANCE_VIEWER')";

    record VersionSummary(String version, String title, LocalDate effectiveFrom, int provisions) {
    }

    record ProvisionView(String number, int section, String requirement, ProvisionKind kind) {
    }

    private final CodeVersions codes;

    CodeVersionsApi(CodeVersions codes) {
        this.codes = codes;
    }

    @GetMapping
    @PreAuthorize(STAFF)
    List<VersionSummary> versions() {
        return codes.all().stream()
                .map(v -> new VersionSummary(v.version(), v.title(), v.effectiveFrom(), v.provisions().size()))
                .toList();
    }

    @GetMapping("/{version}/provisions")
    @PreAuthorize(STAFF)
    List<ProvisionView> provisions(@PathVariable String version) {
        CodeVersion code = codes.find(version).orElseThrow(() -> new NotFoundException("No Code version " + version));
        return code.provisions().stream().map(p -> new ProvisionView(p.number(), p.section(), p.requirement(), p.kind())).toList();
    }
}

package org.putright.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/staff")
class StaffController {

    private final StaffAccounts accounts;

    StaffController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record NewStaff(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{2,64}", message = "must be 2 to 64 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles,
            @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password) {
    }

    record Roles(@NotEmpty Set<Role> roles) {
    }

    record TokenRequest(@NotBlank @Size(max = 200) String label) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember create(@Valid @RequestBody NewStaff staff) {
        return accounts.create(staff.username(), staff.displayName(), staff.roles(), staff.password(), accounts.currentUsername());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','COMPLAINTS_OFFICER')")
    List<StaffMember> list() {
        return accounts.all();
    }

    @GetMapping("/me")
    StaffMember me() {
        return accounts.find(accounts.currentUsername()).orElseThrow();
    }

    @PutMapping("/{username}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember changeRoles(@PathVariable String username, @Valid @RequestBody Roles roles) {
        return accounts.changeRoles(username, roles.roles(), accounts.currentUsername());
    }

    /** Staff leave; their names stay on the record. Deactivation also revokes their API tokens. */
    @PostMapping("/{username}/deactivation")
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember deactivate(@PathVariable String username) {
        return accounts.setActive(username, false, accounts.currentUsername());
    }

    @PostMapping("/{username}/reactivation")
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember reactivate(@PathVariable String username) {
        return accounts.setActive(username, true, accounts.currentUsername());
    }

    /** A personal API token for integrations; shown once. */
    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issueToken(@Valid @RequestBody TokenRequest request) {
        return Map.of("token", accounts.issueToken(accounts.currentUsername(), request.label()), "label", request.label());
    }
}

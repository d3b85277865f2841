package org.putright.complaints;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The landlord's category lists and filing a complaint under them (9.4). Managers and administrators keep the lists;
 * categories are retired ({@code POST .../retirement}), never deleted.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
class CategoriesApi {

    private final ComplaintCategories categories;
    private final ComplaintService complaints;

    CategoriesApi(ComplaintCategories categories, ComplaintService complaints) {
        this.categories = categories;
        this.complaints = complaints;
    }

    record NewCategory(@NotNull CategoryKind kind,
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}", message = "must be 2 to 60 capital letters, digits or '_'") String code,
            @NotBlank @Size(max = 200) String label, @Size(max = 2_000) String description) {
    }

    /** Codes from {@code GET /api/v1/categories}; a blank or missing one means not recorded. */
    record CategoriesRequest(@Size(max = 60) String serviceArea, @Size(max = 60) String cause, @Size(max = 60) String team) {
    }

    @GetMapping("/categories")
    @PreAuthorize(ComplaintsApi.READ)
    List<Category> list(@RequestParam(required = false) CategoryKind kind, @RequestParam(defaultValue = "false") boolean activeOnly) {
        return categories.all().stream().filter(c -> kind == null || c.kind() == kind).filter(c -> !activeOnly || c.active()).toList();
    }

    @PostMapping("/categories")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    Category add(@Valid @RequestBody NewCategory request) {
        return categories.add(request.kind(), request.code(), request.label(), request.description());
    }

    @PostMapping("/categories/{kind}/{code}/retirement")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    Category retire(@PathVariable CategoryKind kind, @PathVariable String code) {
        return categories.retire(kind, code);
    }

    @PutMapping("/complaints/{id}/categories")
    @PreAuthorize(ComplaintsApi.INVESTIGATION)
    ComplaintView categorise(@PathVariable UUID id, @Valid @RequestBody CategoriesRequest request) {
        return complaints.categorise(id, request.serviceArea(), request.cause(), request.team());
    }
}

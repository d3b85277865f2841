package org.putright.shared.web;

import org.putright.shared.PlainLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The wording check for letters (6.9 "clear, plain language"), for integrators drafting responses elsewhere. */
@RestController
class PlainLanguageApi {

    private final PlainLanguage plainLanguage;

    PlainLanguageApi(PlainLanguage plainLanguage) {
        this.plainLanguage = plainLanguage;
    }

    record CheckRequest(@NotNull @Size(max = 100_000) String text) {
    }

    @PostMapping("/api/v1/plain-language/check")
    @PreAuthorize("isAuthenticated()")
    PlainLanguage.Report check(@Valid @RequestBody CheckRequest request) {
        return plainLanguage.check(request.text());
    }
}

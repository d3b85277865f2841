package org.putright.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.putright.identity.StaffDirectory;
import org.putright.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The landlord's wording for each letter. Only the opening, closing and signing job title are editable; what the Code
 * requires each letter to say is written by PutRight and listed here as {@code requiredSections}.
 */
@RestController
@RequestMapping("/api/v1/letter-templates")
class LetterTemplatesApi {

    static final String EDIT = "hasAnyRole('ADMIN','MANAGER')";

    private final LetterTemplates templates;
    private final StaffDirectory staff;

    LetterTemplatesApi(LetterTemplates templates, StaffDirectory staff) {
        this.templates = templates;
        this.staff = staff;
    }

    record TemplateView(LetterType type, String label, int version, String opening, String closing, String signOff,
            Instant updatedAt, String updatedBy, List<String> requiredSections) {

        static TemplateView of(LetterWording w) {
            return new TemplateView(w.type(), RequiredSections.label(w.type()), w.version(), w.opening(), w.closing(), w.signOff(),
                    w.createdAt(), w.createdBy(), RequiredSections.of(w.type()));
        }
    }

    record TemplateEdit(String opening, String closing, String signOff) {
    }

    @GetMapping
    @PreAuthorize(LettersApi.READ)
    List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{type}")
    @PreAuthorize(LettersApi.READ)
    TemplateView get(@PathVariable String type) {
        return TemplateView.of(templates.current(type(type)));
    }

    @PutMapping("/{type}")
    @PreAuthorize(EDIT)
    TemplateView put(@PathVariable String type, @RequestBody TemplateEdit edit) {
        return TemplateView.of(templates.save(type(type), edit.opening(), edit.closing(), edit.signOff(), staff.currentUsername()));
    }

    static LetterType type(String type) {
        try {
            return LetterType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException e) {
            throw new NotFoundException("No letter template " + type);
        }
    }
}

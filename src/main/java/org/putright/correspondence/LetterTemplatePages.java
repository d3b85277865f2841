package org.putright.correspondence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.identity.StaffDirectory;
import org.putright.shared.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Staff pages to read and (managers, administrators) change the wording of each letter. */
@Controller
@RequestMapping("/letter-templates")
class LetterTemplatePages {

    private final LetterTemplates templates;
    private final StaffDirectory staff;

    LetterTemplatePages(LetterTemplates templates, StaffDirectory staff) {
        this.templates = templates;
        this.staff = staff;
    }

    /** A row of the list; public for the page's expressions. */
    public record Row(String type, String label, String version, String signOff) {
    }

    @GetMapping
    String list(Model model) {
        List<Row> rows = templates.all().stream().map(w -> new Row(w.type().name(), RequiredSections.label(w.type()),
                w.version() == 0 ? "Default wording" : "Version " + w.version() + ", changed by " + w.createdBy() + " on "
                        + LetterRenderer.LONG_DATE.format(w.createdAt().atZone(java.time.ZoneId.of("Europe/London"))),
                w.signOff())).toList();
        model.addAttribute("rows", rows);
        return "letters/templates";
    }

    @GetMapping("/{type}")
    String edit(@PathVariable String type, Model model, HttpServletRequest request) {
        LetterWording current = templates.current(LetterTemplatesApi.type(type));
        return page(model, request, current.type(), current.opening(), current.closing(), current.signOff(), Map.of());
    }

    @PostMapping("/{type}")
    @PreAuthorize(LetterTemplatesApi.EDIT)
    String save(@PathVariable String type, @RequestParam(defaultValue = "") String opening,
            @RequestParam(defaultValue = "") String closing, @RequestParam(defaultValue = "") String signOff, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        LetterType letterType = LetterTemplatesApi.type(type);
        Map<String, String> errors = new LinkedHashMap<>();
        // check every field, so the error summary lists all problems at once
        check(errors, "opening", opening, LetterTemplates.MAX_PARAGRAPH, "Enter the opening paragraph");
        check(errors, "closing", closing, LetterTemplates.MAX_PARAGRAPH, "Enter the closing paragraph");
        check(errors, "signOff", signOff, LetterTemplates.MAX_SIGN_OFF, "Enter the job title that signs the letter");
        if (errors.isEmpty()) {
            try {
                LetterWording saved = templates.save(letterType, opening, closing, signOff, staff.currentUsername());
                redirect.addFlashAttribute("success", RequiredSections.label(letterType) + " wording saved as version "
                        + saved.version() + ". New letters use it; letters already sent keep their wording.");
                return "redirect:/letter-templates";
            }
            catch (InvalidRequestException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return page(model, request, letterType, opening, closing, signOff, errors);
    }

    private static void check(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value.isBlank()) {
            errors.put(field, missing);
        }
        else if (value.strip().length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
    }

    private String page(Model model, HttpServletRequest request, LetterType type, String opening, String closing, String signOff,
            Map<String, String> errors) {
        model.addAttribute("type", type.name());
        model.addAttribute("label", RequiredSections.label(type));
        model.addAttribute("required", RequiredSections.of(type));
        model.addAttribute("opening", opening);
        model.addAttribute("closing", closing);
        model.addAttribute("signOff", signOff);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", request.isUserInRole("ADMIN") || request.isUserInRole("MANAGER"));
        return "letters/template";
    }
}

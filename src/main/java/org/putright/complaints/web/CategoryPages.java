package org.putright.complaints.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.putright.complaints.CategoryKind;
import org.putright.complaints.ComplaintCategories;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The landlord's category lists (9.4) for managers: service areas, causes, and teams or contractors, each added or retired
 * (never deleted, so the complaints filed under one keep it). Everyone on the staff can read the lists.
 */
@Controller
class CategoryPages {

    private static final Set<String> MANAGE = Set.of("ROLE_MANAGER", "ROLE_ADMIN");
    private static final String PAGE_MANAGE = "hasAnyRole('MANAGER','ADMIN')";

    private final ComplaintCategories categories;

    CategoryPages(ComplaintCategories categories) {
        this.categories = categories;
    }

    @GetMapping("/categories")
    String list(Model model) {
        return page(model, Map.of("kind", "", "code", "", "label", "", "description", ""), new LinkedHashMap<>());
    }

    private String page(Model model, Map<String, String> form, Map<String, String> errors) {
        Map<CategoryKind, java.util.List<org.putright.complaints.Category>> byKind = new LinkedHashMap<>();
        for (CategoryKind kind : CategoryKind.values()) {
            byKind.put(kind, categories.all().stream().filter(c -> c.kind() == kind).toList());
        }
        model.addAttribute("byKind", byKind);
        model.addAttribute("kinds", CategoryKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", CasePages.authorities().stream().anyMatch(MANAGE::contains));
        return "categories/list";
    }

    @PostMapping("/categories")
    @PreAuthorize(PAGE_MANAGE)
    String add(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String description, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CategoryKind parsed = null;
        try {
            parsed = CategoryKind.valueOf(kind);
        }
        catch (IllegalArgumentException e) {
            errors.put("kind", "Select which list the category goes in");
        }
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        if (code.isBlank()) {
            errors.put("code", "Enter a short code, such as ACME_REPAIRS");
        }
        else if (!normalised.matches("[A-Z0-9_]{2,60}")) {
            errors.put("code", "The code must be 2 to 60 letters, digits or underscores");
        }
        if (label.isBlank()) {
            errors.put("label", "Enter the name staff will see");
        }
        else if (label.length() > 200) {
            errors.put("label", "The name must be 200 characters or fewer");
        }
        if (description.length() > 2_000) {
            errors.put("description", "The description must be 2000 characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                categories.add(parsed, normalised, label, description);
                redirect.addFlashAttribute("success", "Added " + label.strip());
                return "redirect:/categories";
            }
            catch (ConflictException | InvalidRequestException e) {
                errors.put("code", e.getMessage());
            }
        }
        return page(model, Map.of("kind", kind, "code", code, "label", label, "description", description), errors);
    }

    @PostMapping("/categories/{kind}/{code}/retirement")
    @PreAuthorize(PAGE_MANAGE)
    String retire(@PathVariable CategoryKind kind, @PathVariable String code, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("success", "Retired " + categories.retire(kind, code).label());
        }
        catch (ConflictException alreadyRetired) {
            // someone else got there first: the list shows it retired either way
        }
        return "redirect:/categories";
    }
}

package org.putright.residents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.putright.residents.Representatives.Consent;
import org.putright.residents.Representatives.NewRepresentative;
import org.putright.residents.ResidentRepresentative.ConsentHow;
import org.putright.residents.ResidentRepresentative.ConsentStatus;
import org.putright.residents.ResidentRepresentative.CorrespondenceTo;
import org.putright.residents.ResidentRepresentative.Relationship;
import org.putright.residents.ResidentRepresentative.Scope;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The resident's representatives page (3.6, 1.3): who acts for them, their consent, and forms to add, consent and withdraw. */
@Controller
class RepresentativesPages {

    static final String CHANGE = "hasAnyRole('COMPLAINTS_OFFICER','MANAGER','INVESTIGATING_OFFICER','ADMIN')";

    private final Representatives representatives;
    private final ResidentStore residents;
    private final ResidentDossier dossier;

    RepresentativesPages(Representatives representatives, ResidentStore residents, ResidentDossier dossier) {
        this.representatives = representatives;
        this.residents = residents;
        this.dossier = dossier;
    }

    @GetMapping("/residents/{id}/representatives")
    String page(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return render(id, null, model, response);
    }

    @PostMapping("/residents/{id}/representatives")
    @PreAuthorize(CHANGE)
    String add(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, HttpServletResponse response) {
        RepresentativeForm form = new RepresentativeForm("add", values);
        Relationship relationship = form.choice("relationship", Relationship.class, "Select the representative's relationship to the resident", true);
        ConsentStatus status = form.choice("consentStatus", ConsentStatus.class, "Select whether the resident has given consent", true);
        boolean given = status == ConsentStatus.GIVEN;
        ConsentHow how = form.choice("how", ConsentHow.class, "Select how the resident gave consent", given);
        var givenOn = form.date("givenOn", "the date consent was given", given);
        Scope scope = form.choice("scope", Scope.class, "Select what the consent covers", given);
        UUID complaintId = complaint(form);
        var expiresOn = form.date("expiresOn", "the date consent ends", false);
        CorrespondenceTo to = form.choice("correspondenceTo", CorrespondenceTo.class, "Select who our letters go to", given);
        if (blank(values.get("name"))) {
            form.reject("name", "Enter the representative's name");
        }
        if (!form.hasErrors()) {
            try {
                representatives.add(id, new NewRepresentative(values.get("name"), relationship, values.get("organisation"), values.get("email"),
                        values.get("phone"), values.get("postalAddress"), status, how, givenOn, scope, complaintId, expiresOn, to,
                        values.get("note")));
                return "redirect:/residents/" + id + "/representatives";
            }
            catch (InvalidRequestException e) {
                form.reject(field(e.field()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(id, form, model, response);
    }

    @PostMapping("/residents/{id}/representatives/{representativeId}/consent")
    @PreAuthorize(CHANGE)
    String consent(@PathVariable UUID id, @PathVariable UUID representativeId, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        RepresentativeForm form = new RepresentativeForm("consent-" + representativeId, values);
        ConsentHow how = form.choice("how", ConsentHow.class, "Select how the resident gave consent", true);
        var givenOn = form.date("givenOn", "the date consent was given", true);
        Scope scope = form.choice("scope", Scope.class, "Select what the consent covers", true);
        UUID complaintId = complaint(form);
        var expiresOn = form.date("expiresOn", "the date consent ends", false);
        CorrespondenceTo to = form.choice("correspondenceTo", CorrespondenceTo.class, "Select who our letters go to", true);
        if (!form.hasErrors()) {
            try {
                ownedBy(id, representativeId);
                representatives.recordConsent(representativeId, new Consent(how, givenOn, scope, complaintId, expiresOn, to, values.get("note")));
                return "redirect:/residents/" + id + "/representatives#representative-" + representativeId;
            }
            catch (InvalidRequestException e) {
                form.reject(field(e.field()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(id, form, model, response);
    }

    @PostMapping("/residents/{id}/representatives/{representativeId}/withdrawal")
    @PreAuthorize(CHANGE)
    String withdraw(@PathVariable UUID id, @PathVariable UUID representativeId, @RequestParam Map<String, String> values, Model model,
            HttpServletResponse response) {
        RepresentativeForm form = new RepresentativeForm("withdraw-" + representativeId, values);
        var on = form.date("withdrawnOn", "the date consent was withdrawn", true);
        if (!form.hasErrors()) {
            try {
                ownedBy(id, representativeId);
                representatives.withdraw(representativeId, on, values.get("reason"));
                return "redirect:/residents/" + id + "/representatives#representative-" + representativeId;
            }
            catch (InvalidRequestException e) {
                form.reject("withdrawnOn", e.getMessage());
            }
            catch (ConflictException e) {
                form.reject("withdrawnOn", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(id, form, model, response);
    }

    private void ownedBy(UUID residentId, UUID representativeId) {
        if (!representatives.get(representativeId).residentId().equals(residentId)) {
            throw new NotFoundException("Resident " + residentId + " has no representative " + representativeId);
        }
    }

    private static UUID complaint(RepresentativeForm form) {
        String given = form.value("complaintId");
        if (blank(given)) {
            return null;
        }
        try {
            return UUID.fromString(given.strip());
        }
        catch (IllegalArgumentException e) {
            form.reject("complaintId", "Select one of this resident's complaints");
            return null;
        }
    }

    /** The service's field names are the form's, except the withdrawal date and the note. */
    private static String field(String field) {
        return switch (field == null ? "" : field) {
            case "withdrawnOn" -> "withdrawnOn";
            case "consentNote" -> "note";
            case "" -> "name";
            default -> field;
        };
    }

    private String render(UUID id, RepresentativeForm failed, Model model, HttpServletResponse response) {
        ResidentRecord resident = residents.find(id).orElse(null);
        if (resident == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", "No resident with id " + id);
            return "residents/representatives-not-found";
        }
        Map<String, RepresentativeForm> forms = new LinkedHashMap<>();
        forms.put("add", new RepresentativeForm("add", Map.of()));
        representatives.forResident(id).forEach(r -> {
            forms.put("consent-" + r.id(), new RepresentativeForm("consent-" + r.id(), Map.of()));
            forms.put("withdraw-" + r.id(), new RepresentativeForm("withdraw-" + r.id(), Map.of()));
        });
        if (failed != null) {
            forms.put(failed.getId(), failed);
        }
        model.addAttribute("resident", resident);
        model.addAttribute("representatives", representatives.forResident(id));
        model.addAttribute("complaints", dossier.complaints(id));
        model.addAttribute("forms", forms);
        model.addAttribute("errors", failed == null ? Map.of() : failed.errors());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("hows", ConsentHow.values());
        model.addAttribute("words", new Words());
        return "residents/representatives";
    }

    /** Enum codes as words on the page. */
    public static class Words {

        public String of(Object code) {
            if (code == null) {
                return "";
            }
            String text = code.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            return switch (text) {
                case "mp" -> "MP";
                default -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
            };
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

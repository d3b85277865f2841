package org.putright.privacy;

import java.util.UUID;

import org.putright.residents.ResidentRecords;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/** The page a manager or complaints officer uses to download a resident's subject access export. */
@Controller
class SubjectAccessPages {

    private final ResidentRecords residents;

    SubjectAccessPages(ResidentRecords residents) {
        this.residents = residents;
    }

    @GetMapping("/residents/{id}/subject-access")
    @PreAuthorize(SubjectAccessApi.EXPORTERS)
    String page(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("resident", residents.get(id));
        }
        catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", e.getMessage());
            return "privacy/not-found";
        }
        return "privacy/subject-access";
    }
}

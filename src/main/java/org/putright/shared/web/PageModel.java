package org.putright.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the landlord's branding, the Ombudsman's details and who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@EnableConfigurationProperties(Landlord.class)
class PageModel {

    private final Landlord landlord;

    PageModel(Landlord landlord) {
        this.landlord = landlord;
    }

    @ModelAttribute("landlord")
    Landlord landlord() {
        return landlord;
    }

    @ModelAttribute("ombudsman")
    Ombudsman ombudsman() {
        return Ombudsman.HOUSING_OMBUDSMAN;
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}

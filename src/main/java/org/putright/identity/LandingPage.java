package org.putright.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where staff land after signing in, unless they were on their way to a page: people who work cases start at the work
 * queue; the governing body and the Member Responsible for Complaints, who oversee rather than handle, start at the
 * figures (9.6, 9.7).
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String WORK_QUEUE = "/cases";
    static final String OVERSIGHT = "/reports/dashboard";

    /** Used only when no page was asked for before signing in (the saved request wins). */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return landingFor(authentication);
    }

    static String landingFor(Authentication authentication) {
        boolean handlesCases = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.startsWith("ROLE_") && !a.equals("ROLE_" + Role.GOVERNANCE_VIEWER.name()));
        return handlesCases ? WORK_QUEUE : OVERSIGHT;
    }
}

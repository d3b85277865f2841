package org.putright.residents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see special-category data (UK GDPR art. 9: disabilities the resident disclosed): only the roles that need it
 * to handle complaints, as the landlord configures ({@code PUTRIGHT_SPECIAL_CATEGORY_ROLES}). Administrators and
 * governance viewers are left out by default: running the system or overseeing it does not need a resident's health.
 */
@Component
class SpecialCategoryAccess {

    private final Set<String> authorities;

    SpecialCategoryAccess(@Value("${putright.residents.special-category-roles:COMPLAINTS_OFFICER,INVESTIGATING_OFFICER,MANAGER}") List<String> roles) {
        this.authorities = roles.stream().flatMap(r -> Arrays.stream(r.split(","))).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> "ROLE_" + r.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "")).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the signed-in member of staff has one of the roles allowed to see special-category data. */
    boolean permitted() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
    }

    Set<String> roles() {
        return authorities.stream().map(a -> a.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
    }
}

package org.putright.identity;

import java.io.IOException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Personal API tokens ({@code Authorization: Bearer prt_...}). A token is high-entropy, so a SHA-256 lookup is safe
 * and cheap, where checking a bcrypt password on every API call would cap integrations at a few requests a second.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;
    private final AuthenticationEntryPoint unauthorized;

    ApiTokenAuthenticationFilter(StaffAccounts accounts, AuthenticationEntryPoint unauthorized) {
        this.accounts = accounts;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var member = accounts.byToken(header.substring(7).trim());
        if (member.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        var authorities = member.get().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(member.get().username(), null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}

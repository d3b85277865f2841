package org.putright.identity;

import java.io.IOException;

import org.putright.shared.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** bcrypt today, behind the delegating encoder so stored hashes can move to a newer algorithm without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The API: stateless, HTTP Basic or a personal API token (Bearer), errors as problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, StaffAccounts accounts, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"PutRight\", Bearer");
            write(response, json, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Sign in with HTTP Basic or a personal API token (Authorization: Bearer ...)"));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> write(response, json, ProblemResponses
                .problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this"));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/staff/me/tokens").authenticated()
                        // governance viewers (the governing body, the MRC) only read; checked before any input is looked at
                        .anyRequest().hasAnyRole("ADMIN", "COMPLAINTS_OFFICER", "INVESTIGATING_OFFICER", "MANAGER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies on the API: nothing for CSRF to ride on
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        return http.build();
    }

    /** Pages: the resident front door and help pages are public; staff sign in with a form (session cookie, CSRF). */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/make-a-complaint", "/make-a-complaint/**", "/check-your-complaint", "/check-your-complaint/**",
                        "/complaints-policy", "/accessibility", "/survey/*", "/login", "/webjars/**", "/css/**", "/js/**", "/images/**",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/error")
                .permitAll()
                .requestMatchers("/staff", "/staff/**").hasRole("ADMIN")
                .anyRequest().hasAnyRole("ADMIN", "COMPLAINTS_OFFICER", "INVESTIGATING_OFFICER", "MANAGER", "GOVERNANCE_VIEWER"))
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll());
        return http.build();
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

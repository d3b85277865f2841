package org.putright.shared.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors met on a page a browser asked for are shown as the error page, with what was wrong in words, instead of the
 * API's problem+json. Only messages we wrote for people are shown (those of refused input); the error page never
 * shows an exception's own message.
 */
@Component
class PageErrors extends DefaultErrorAttributes {

    static final String PROBLEM = PageErrors.class.getName() + ".problem";

    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) throws IOException {
        request.setAttribute(PROBLEM, message);
        response.sendError(status.value());
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        Object problem = webRequest.getAttribute(PROBLEM, RequestAttributes.SCOPE_REQUEST);
        if (problem != null) {
            attributes.put("problem", problem);
        }
        return attributes;
    }
}

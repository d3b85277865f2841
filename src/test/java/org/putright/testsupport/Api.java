package org.putright.testsupport;


import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the REST API through MockMvc as a named member of staff (using personal API tokens, as integrations do). */
public class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String STAFF_PASSWORD = "a-long-staff-password";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final MockMvc mvc;
    private final JsonMapper json;

    public Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** Creates the member of staff once per test database. */
    public Api staff(String username, String... roles) {
        if (!TOKENS.containsKey(username)) {
            Response created = asBasic(ADMIN, ADMIN_PASSWORD).post("/api/v1/staff", Map.of("username", username, "displayName",
                    displayName(username), "roles", List.of(roles), "password", STAFF_PASSWORD));
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create staff " + username + ": " + created);
            }
            TOKENS.put(username, asBasic(username, STAFF_PASSWORD).post("/api/v1/staff/me/tokens", Map.of("label", "tests"))
                    .body().get("token").asString());
        }
        return this;
    }

    public Session as(String username) {
        if (ADMIN.equals(username) && !TOKENS.containsKey(ADMIN)) {
            TOKENS.put(ADMIN, asBasic(ADMIN, ADMIN_PASSWORD).post("/api/v1/staff/me/tokens", Map.of("label", "tests")).body()
                    .get("token").asString());
        }
        String token = TOKENS.get(username);
        if (token == null) {
            throw new IllegalStateException("Create " + username + " with staff(...) first");
        }
        return new Session(this, "Bearer " + token);
    }

    public Session asBasic(String username, String password) {
        return new Session(this, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Session anonymous() {
        return new Session(this, null);
    }

    private static String displayName(String username) {
        return Arrays.stream(username.split("[._-]")).map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .reduce((a, b) -> a + " " + b).orElse(username);
    }

    public record Session(Api api, String authorization) {

        public Response get(String path) {
            return api.exchange(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), authorization, null);
        }

        public Response post(String path, Object body) {
            return api.exchange(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), authorization, body);
        }

        public Response post(String path, Object body, Map<String, String> headers) {
            MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
            headers.forEach(request::header);
            return api.exchange(request, authorization, body);
        }

        public Response put(String path, Object body) {
            return api.exchange(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path), authorization, body);
        }

        public Response postRaw(String path, String rawBody) {
            return api.exchangeRaw(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), authorization, rawBody);
        }

        public Response request(MockHttpServletRequestBuilder request, Object body) {
            return api.exchange(request, authorization, body);
        }
    }

    Response exchange(MockHttpServletRequestBuilder request, String authorization, Object body) {
        return exchangeRaw(request, authorization, body == null ? null : json.writeValueAsString(body));
    }

    Response exchangeRaw(MockHttpServletRequestBuilder request, String authorization, String rawBody) {
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (rawBody != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(rawBody);
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        try {
            MvcResult result = mvc.perform(request).andReturn();
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode node = text.isBlank() ? json.nullNode() : json.readTree(text);
            Map<String, String> headers = new LinkedHashMap<>();
            result.getResponse().getHeaderNames().forEach(name -> headers.put(name, result.getResponse().getHeader(name)));
            return new Response(result.getResponse().getStatus(), result.getResponse().getContentType(), node, headers);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, JsonNode body, Map<String, String> headers) {

        public String text(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

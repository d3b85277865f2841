package org.putright.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff signed in to the workspace pages the way a browser is: GET {@code /login} for the session cookie and
 * the {@code _csrf} hidden input, POST the sign-in form, then carry the session cookie on every page request.
 * No redirects are followed, so a failed sign-in shows as a redirect to {@code /login?error} rather than a page.
 */
final class StaffBrowser implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    final String username;
    private final BenchApp app;
    private final HttpClient http;

    private StaffBrowser(BenchApp app, String username) {
        this.app = app;
        this.username = username;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    /** Signs in through the real form; fails loudly (without retrying, since failed sign-ins count towards a lock-out). */
    static StaffBrowser signIn(BenchApp app, String username, String password) {
        StaffBrowser browser = new StaffBrowser(app, username);
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(app.uri("/login")).timeout(Duration.ofSeconds(30)).GET().build());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET /login -> " + form.statusCode());
        }
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No _csrf hidden input on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(htmlUnescape(token));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(app.uri("/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Signing in as " + username + ": " + signedIn.statusCode() + " -> " + location);
        }
        return browser;
    }

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(app.uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    URI uri(String path) {
        return app.uri(path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String htmlUnescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Override
    public void close() {
        http.close();
    }
}

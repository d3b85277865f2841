package org.putright.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;

/**
 * One test's browser: a fresh Playwright {@link BrowserContext} and {@link Page} on the application under test, with
 * the helpers browser tests share. Get one as a parameter of a test or {@code @BeforeEach} method in a
 * {@link InBrowser}:
 *
 * <pre>{@code
 * @Test
 * void the_page_is_accessible(Browser browser) {
 *     browser.open("/login");
 *     browser.checkAccessibility("sign-in");   // axe (WCAG 2.0/2.1/2.2 A and AA) + target/screenshots/sign-in.png
 * }
 * }</pre>
 *
 * Playwright and Chromium are started once per test class; each test gets its own context (cookies, storage). When
 * a test fails, its page and a Playwright trace are saved under {@code target/browser-failures/} (open the trace
 * with {@code npx playwright show-trace} or at trace.playwright.dev).
 */
public final class Browser {

    /** Debian's Chromium; {@code PUTRIGHT_TEST_CHROMIUM} points elsewhere (for example a Chrome on a laptop). */
    public static final Path CHROMIUM = Paths.get(env("PUTRIGHT_TEST_CHROMIUM", "/usr/bin/chromium"));

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    public static final Path FAILURES = Paths.get("target", "browser-failures");

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no wcag22a tag: 2.2's new A criteria are not automatable). */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final String baseUrl;
    private final BrowserContext context;
    private final Page page;
    private final KeyboardOnly keyboard;

    private Browser(com.microsoft.playwright.Browser chromium, String baseUrl) {
        this.baseUrl = baseUrl;
        this.context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(1280, 800));
        this.context.setDefaultTimeout(15_000);
        this.context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true).setSources(false));
        this.page = context.newPage();
        this.keyboard = new KeyboardOnly(page);
    }

    /** The Playwright page, for anything the helpers do not cover. */
    public Page page() {
        return page;
    }

    /** The absolute URL of a path on the application under test. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Goes to a path ({@code "/login"}) and waits for the page to load; the response, for its status. */
    public Response open(String path) {
        return page.navigate(url(path));
    }

    /** The current page's path and query, such as {@code /login?error}. */
    public String path() {
        URI uri = URI.create(page.url());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * Waits until the page is at a path (and query, when {@code pathAndQuery} has one) and has loaded; for use after a
     * key press or click that navigates.
     */
    public Browser waitForPath(String pathAndQuery) {
        boolean withQuery = pathAndQuery.contains("?");
        page.waitForURL(url -> {
            URI uri = URI.create(url);
            String actual = uri.getRawPath() + (withQuery && uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
            return actual.equals(pathAndQuery);
        });
        page.waitForLoadState();
        return this;
    }

    /** Signs in through the real staff sign-in form (with the mouse) and waits for the next page to load. */
    public Browser signIn(String username, String password) {
        open("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForLoadState();
        return this;
    }

    /**
     * Whether this browser's session is signed in: asks for a staff page without following redirects; an anonymous
     * session is sent to {@code /login}. (Note: when signed out this leaves that page as the one to return to.)
     */
    public boolean signedIn() {
        APIResponse response = page.request().get(url("/cases"), RequestOptions.create().setMaxRedirects(0));
        String location = response.headers().getOrDefault("location", "");
        return !(response.status() / 100 == 3 && URI.create(url("/")).resolve(location).getPath().equals("/login"));
    }

    /** The session cookie, if the application has started a session. */
    public Optional<String> sessionId() {
        return context.cookies(baseUrl).stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst();
    }

    public List<Cookie> cookies() {
        return context.cookies(baseUrl);
    }

    /**
     * Photographs the whole page to {@code target/screenshots/<name>.png}, then runs axe with {@link #WCAG_TAGS} and
     * fails listing every violation (rule, impact, help, the failing elements). Call it on every page state a test
     * reaches; names should be unique across the suite (a later screenshot with the same name replaces the earlier).
     */
    public Browser checkAccessibility(String name) {
        Path screenshot = screenshot(name);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe could not check '" + name + "' (" + page.url() + "): " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(name, page.url(), screenshot, violations));
        }
        return this;
    }

    /** Saves a full-page screenshot to {@code target/screenshots/<name>.png} (without an accessibility check). */
    public Path screenshot(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("Screenshot names are file names: letters, digits, '.', '_' and '-': " + name);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Keyboard-only interaction: Tab, Shift+Tab, Enter, Space and typing, with the focused element to assert on. */
    public KeyboardOnly keyboardOnly() {
        return keyboard;
    }

    static String describe(String name, String url, Path screenshot, List<Rule> violations) {
        StringBuilder text = new StringBuilder().append("Accessibility check '").append(name).append("' found ")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append(" on ").append(url)
                .append(" (screenshot: ").append(screenshot).append("):");
        for (Rule rule : violations) {
            text.append("\n  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ").append(rule.getHelp())
                    .append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n      at ").append(target(node.getTarget()));
                if (node.getFailureSummary() != null) {
                    text.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
                }
            }
        }
        return text.toString();
    }

    /** axe's target: a CSS selector list, nested when the element is in an iframe or a shadow root. */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Browser::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private void close(ExtensionContext test) {
        try {
            if (test.getExecutionException().isPresent()) {
                String name = test.getRequiredTestClass().getSimpleName() + "." + test.getRequiredTestMethod().getName();
                Path picture = FAILURES.resolve(name + ".png");
                Path trace = FAILURES.resolve(name + "-trace.zip");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(picture).setFullPage(true));
                }
                catch (RuntimeException e) {
                    System.err.println("Could not photograph the failed page: " + e.getMessage());
                }
                context.tracing().stop(new Tracing.StopOptions().setPath(trace));
                System.err.println(name + " failed at " + page.url() + "; page: " + picture + ", trace: " + trace
                        + " (npx playwright show-trace " + trace + ")");
            }
            else {
                context.tracing().stop();
            }
        }
        finally {
            context.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("PUTRIGHT_TEST_BROWSER"));
    }

    /** Tab, Shift+Tab, Enter, Space and typing into whatever has focus, as someone who does not use a mouse. */
    public static final class KeyboardOnly {

        private final Page page;

        private KeyboardOnly(Page page) {
            this.page = page;
        }

        public KeyboardOnly tab() {
            page.keyboard().press("Tab");
            return this;
        }

        public KeyboardOnly tab(int times) {
            for (int i = 0; i < times; i++) {
                tab();
            }
            return this;
        }

        public KeyboardOnly shiftTab() {
            page.keyboard().press("Shift+Tab");
            return this;
        }

        /** Presses Enter; when that navigates, follow with {@link Browser#waitForPath(String)}. */
        public KeyboardOnly enter() {
            page.keyboard().press("Enter");
            return this;
        }

        /** Presses Space (buttons, checkboxes, radios); when that navigates, follow with {@link Browser#waitForPath(String)}. */
        public KeyboardOnly space() {
            page.keyboard().press("Space");
            return this;
        }

        /** Types into the focused field, key by key. */
        public KeyboardOnly type(String text) {
            page.keyboard().type(text);
            return this;
        }

        /**
         * Presses Tab until the element matching a CSS selector has focus; fails, listing the focus order it went
         * through, if it is not reached in 50 presses.
         */
        public KeyboardOnly tabTo(String selector) {
            List<String> visited = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tab();
                if (focusedMatches(selector)) {
                    return this;
                }
                visited.add(focused());
            }
            throw new AssertionError("Tab never reached " + selector + "; focus went through: " + String.join(", ", visited));
        }

        /** Whether the focused element matches a CSS selector. */
        public boolean focusedMatches(String selector) {
            return (Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector);
        }

        /** The focused element, described like {@code input#username} or {@code a.govuk-skip-link "Skip to main content"}. */
        public String focused() {
            return (String) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body) return 'body';
                      const text = (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                      return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.classList.length ? '.' + e.classList[0] : '')
                        + (text && e.type !== 'password' ? ' "' + text + '"' : '');
                    }""");
        }
    }

    /** Skips browser tests where there is no Chromium, unless {@code PUTRIGHT_TEST_BROWSER=required}. */
    public static final class Chromium implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
            }
            if (required()) {
                return ConditionEvaluationResult.enabled("PUTRIGHT_TEST_BROWSER=required: the test will fail without Chromium");
            }
            return ConditionEvaluationResult.disabled("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium, or set PUTRIGHT_TEST_CHROMIUM); set PUTRIGHT_TEST_BROWSER=required to fail instead of skipping");
        }
    }

    /** Starts Playwright and Chromium once per test class and hands each test a fresh {@link Browser}. */
    public static final class Extension implements ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (context.getTestMethod().isEmpty()) {
                throw new IllegalStateException("A Browser is per test: take it in a @Test or @BeforeEach method, not @BeforeAll");
            }
            return context.getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> {
                ExtensionContext testClass = context.getParent().orElseThrow();
                Launched launched = testClass.getStore(NAMESPACE).computeIfAbsent(Launched.class, k -> new Launched(), Launched.class);
                return new Browser(launched.chromium, baseUrl(context));
            }, Browser.class);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
            if (browser != null) {
                browser.close(context);
            }
        }

        private static String baseUrl(ExtensionContext context) {
            String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("A Browser needs the application on a port: annotate the test class with @InBrowser");
            }
            return "http://localhost:" + port;
        }
    }

    /** Playwright (its driver unpacked from the driver-bundle jar, no browser download) and one headless Chromium. */
    static final class Launched implements AutoCloseable {

        final Playwright playwright;
        final com.microsoft.playwright.Browser chromium;

        Launched() {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("PUTRIGHT_TEST_BROWSER=required but there is no Chromium at " + CHROMIUM
                        + " (apt-get install chromium, or set PUTRIGHT_TEST_CHROMIUM)");
            }
            try {
                Files.createDirectories(SCREENSHOTS);
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
            }
            catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            playwright.close(); // closes the browser too
        }
    }
}

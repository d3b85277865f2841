package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Refreshes the README's screenshots from a running system with demo data (not part of the suite):
 * {@code PUTRIGHT_DEMO_DATA=true PUTRIGHT_DATA_DIR=$(mktemp -d) ./mvnw spring-boot:run}, then
 * {@code ./mvnw test -Dtest=DocumentationScreenshots -Ddocs.screenshots=http://localhost:8080}.
 */
@EnabledIfSystemProperty(named = "docs.screenshots", matches = "http.*")
class DocumentationScreenshots {

    private static final Path DOCS = Paths.get("docs", "screenshots");

    @Test
    void take_the_readme_screenshots() {
        String base = System.getProperty("docs.screenshots");
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(org.putright.testsupport.Browser.CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                                "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));

            page.navigate(base + "/make-a-complaint");
            page.check("#who");
            page.click("form button.govuk-button");
            page.fill("#residentName", "Grace Okafor");
            page.fill("#postcode", "LS7 3QD");
            page.click("form button.govuk-button");
            page.waitForURL("**/what-happened");
            page.fill("#description", "There is black mould on my daughter's bedroom wall again. You painted over it in the spring and it came straight back.");
            page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("resident-form.png")).setFullPage(true));

            page.navigate(base + "/login");
            page.fill("#username", "casey.officer");
            page.fill("#password", "demo-password");
            page.click("form button:has-text('Sign in')");
            page.waitForLoadState();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "docs-after-sign-in.png")));
            assertThat(page.url()).as("signed in").doesNotContain("error");
            page.navigate(base + "/cases?view=all");
            page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("work-queue.png")).setFullPage(true));

            page.navigate(base + "/cases?view=all&status=UNDER_INVESTIGATION");
            page.locator("table tbody a").first().click();
            page.waitForSelector("h1");
            page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("case-page.png")).setFullPage(true));
            assertThat(page.locator("h1").textContent()).contains("CMP-");
        }
        assertThat(DOCS.resolve("case-page.png")).exists();
    }
}

package org.putright.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that drives the running application (on a random port) in headless Chromium through Playwright; a test
 * method or {@code @BeforeEach} method takes a {@link Browser} parameter (a fresh browser context per test).
 * <p>
 * Tagged {@code browser}, not {@code database}: browser tests run once, on H2, in the default surefire run, and not
 * again in the PostgreSQL run. Skipped when there is no Chromium at {@code /usr/bin/chromium} (or
 * {@code PUTRIGHT_TEST_CHROMIUM}), unless {@code PUTRIGHT_TEST_BROWSER=required} (as in CI), when they fail.
 * MockMvc is there too, so {@link Api} can set up data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "putright.admin.user=" + Api.ADMIN, "putright.admin.password=" + Api.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseChoice.class)
@ExtendWith({ Browser.Chromium.class, DatabaseChoice.Availability.class, Browser.Extension.class })
@Import(SettableClock.Configuration.class)
public @interface InBrowser {
}

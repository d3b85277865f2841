package org.putright.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application against a real database: H2 in the default surefire run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}). See {@link DatabaseChoice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@SpringBootTest(properties = { "putright.admin.user=" + Api.ADMIN, "putright.admin.password=" + Api.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseChoice.class)
@ExtendWith(DatabaseChoice.Availability.class)
@Import(SettableClock.Configuration.class)
public @interface WithDatabase {
}

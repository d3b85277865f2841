package org.putright.testsupport;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test database chosen by the system property {@code putright.test.database}
 * ({@code h2} or {@code postgres}). For PostgreSQL a fresh database is created once per test JVM.
 * <p>
 * PostgreSQL: {@code PUTRIGHT_TEST_POSTGRES_HOST} (127.0.0.1), {@code _PORT} (5432), {@code _USER} (postgres),
 * {@code _PASSWORD} (empty). When it is not reachable the PostgreSQL run is skipped, unless
 * {@code PUTRIGHT_TEST_POSTGRES=required} (as in CI), when it fails.
 */
public class DatabaseChoice implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Separate names let several checkouts run their PostgreSQL tests on one server at once (each drops its own). */
    private static final String DATABASE = env("PUTRIGHT_TEST_POSTGRES_DATABASE", "putright_test");
    private static volatile boolean created;

    public static String kind() {
        return System.getProperty("putright.test.database", "h2");
    }

    static boolean postgres() {
        return "postgres".equals(kind());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (postgres()) {
            ensureFreshPostgresDatabase();
            properties.put("spring.datasource.url", "jdbc:postgresql://" + host() + ":" + port() + "/" + DATABASE);
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
        }
        else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:putright-test;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("putright-test-database", properties));
    }

    private static synchronized void ensureFreshPostgresDatabase() {
        if (created) {
            return;
        }
        String admin = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
            created = true;
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not create the PostgreSQL test database at " + admin, e);
        }
    }

    private static String host() {
        return env("PUTRIGHT_TEST_POSTGRES_HOST", "127.0.0.1");
    }

    private static int port() {
        return Integer.parseInt(env("PUTRIGHT_TEST_POSTGRES_PORT", "5432"));
    }

    private static String user() {
        return env("PUTRIGHT_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return env("PUTRIGHT_TEST_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Skips the PostgreSQL run where no PostgreSQL is reachable, unless it is required. */
    public static class Availability implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!postgres()) {
                return ConditionEvaluationResult.enabled("H2");
            }
            if ("required".equalsIgnoreCase(System.getenv("PUTRIGHT_TEST_POSTGRES"))) {
                return ConditionEvaluationResult.enabled("PostgreSQL required");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), port()), 500);
                return ConditionEvaluationResult.enabled("PostgreSQL reachable");
            }
            catch (Exception e) {
                return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + host() + ":" + port());
            }
        }
    }
}

package org.putright.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.putright.PutRightApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application, started in this JVM on a random loopback port against a fresh H2 file database (in a temp
 * directory) or a fresh PostgreSQL database, with a bootstrap administrator.
 * Shared by the load harnesses in this package; not a test.
 */
final class BenchApp implements AutoCloseable {

    static final String ADMIN = "bench.admin";
    /** Fixed, so a loaded database can be reused (--reuse); these databases are throwaway and listen on loopback only. */
    static final String ADMIN_PASSWORD = "bench-admin-password";
    static final String STAFF_PASSWORD = "bench-staff-password";

    private static final String PG_HOST = env("PUTRIGHT_BENCH_POSTGRES_HOST", "127.0.0.1");
    private static final String PG_PORT = env("PUTRIGHT_BENCH_POSTGRES_PORT", "5432");
    private static final String PG_USER = env("PUTRIGHT_BENCH_POSTGRES_USER", "postgres");
    private static final String PG_PASSWORD = env("PUTRIGHT_BENCH_POSTGRES_PASSWORD", "");

    final ConfigurableApplicationContext context;
    final int port;
    final String database;
    final HttpClient http;
    final JsonMapper json = JsonMapper.builder().build();
    private final String adminPassword;
    private final Path tempDir;

    private BenchApp(ConfigurableApplicationContext context, String database, String adminPassword, Path tempDir) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.database = database;
        this.adminPassword = adminPassword;
        this.tempDir = tempDir;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * @param database {@code h2} or {@code postgres}
     * @param postgresName the PostgreSQL database to use (created fresh unless {@code reuse})
     * @param reuse keep an existing PostgreSQL database and its data (the bootstrap admin is then not created again)
     */
    static BenchApp start(String database, String postgresName, boolean reuse, String... extraArgs) throws IOException {
        String adminPassword = ADMIN_PASSWORD;
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--putright.admin.user=" + ADMIN, "--putright.admin.password=" + adminPassword));
        args.addAll(List.of(extraArgs));
        Path tempDir = null;
        switch (database) {
            case "h2" -> {
                tempDir = Files.createTempDirectory("putright-bench-");
                args.add("--putright.data-dir=" + tempDir);
            }
            case "postgres" -> {
                if (!reuse) {
                    freshPostgresDatabase(postgresName);
                }
                args.add("--spring.datasource.url=jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + postgresName);
                args.add("--spring.datasource.username=" + PG_USER);
                args.add("--spring.datasource.password=" + PG_PASSWORD);
            }
            default -> throw new IllegalArgumentException("database must be h2 or postgres, not " + database);
        }
        ConfigurableApplicationContext context = new SpringApplication(PutRightApplication.class).run(args.toArray(String[]::new));
        return new BenchApp(context, database, adminPassword, tempDir);
    }

    static void freshPostgresDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl("postgres"), PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not create the PostgreSQL database " + name + " at " + postgresUrl("postgres"), e);
        }
    }

    static String postgresUrl(String name) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name;
    }

    static String postgresVersion() {
        try (Connection connection = DriverManager.getConnection(postgresUrl("postgres"), PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
        catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Creates a member of staff (as the bootstrap admin, HTTP Basic) and returns a personal API token for them. */
    String staffWithToken(String username, String displayName, String role) {
        HttpResponse<String> created = post("/api/v1/staff", basic(ADMIN, adminPassword), Map.of("username", username, "displayName",
                displayName, "roles", List.of(role), "password", STAFF_PASSWORD));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating staff " + username + ": " + created.statusCode() + " " + created.body());
        }
        return token(username, STAFF_PASSWORD);
    }

    String token(String username, String password) {
        HttpResponse<String> token = post("/api/v1/staff/me/tokens", basic(username, password), Map.of("label", "bench"));
        if (token.statusCode() != 201) {
            throw new IllegalStateException("Token for " + username + ": " + token.statusCode() + " " + token.body());
        }
        JsonNode body = json.readTree(token.body());
        return body.get("token").asString();
    }

    HttpResponse<String> post(String path, String authorization, Object body) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build();
        return send(request);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @Override
    public void close() {
        http.close();
        context.close();
        if (tempDir != null) {
            try (Stream<Path> files = Files.walk(tempDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            catch (IOException e) {
                System.err.println("Could not delete " + tempDir + ": " + e);
            }
        }
    }

    // ------------------------------------------------------------ small helpers for the harnesses

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code --name=value} among the arguments, else the fallback. */
    static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).reduce((a, b) -> b)
                .orElse(fallback);
    }

    static boolean flag(String[] args, String name) {
        return Arrays.asList(args).contains("--" + name);
    }

    /** The first argument that is not an option, else the fallback. */
    static String positional(String[] args, String fallback) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(fallback);
    }

    /** Nearest-rank percentile of sorted nanosecond samples, in milliseconds. */
    static double percentileMs(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1_000_000.0;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores (load average " + loadAverage() + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", JDK " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + "), max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    /** The 1-minute load average: this machine is shared, and anything well above the core count shows in the figures. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        }
        catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package org.putright.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.putright.demo.SyntheticBulkLoad;
import org.putright.demo.SyntheticHistory;
import org.putright.reporting.ReportFigures;
import org.putright.reporting.ReportingYear;
import org.putright.reporting.TsmMeasures;

/**
 * Reporting at the English sector's scale on PostgreSQL: loads a synthetic history of about 3 million complaints (some 30
 * million events) into {@code putright_bench_scale} once with {@link SyntheticBulkLoad} (kept; loaded again only with
 * {@code --fresh}), then times, warm, for one landlord-year: the dashboard's figures ({@link ReportFigures#forPeriod}),
 * the TSM ({@link TsmMeasures#forYear}) and the annual report's PDF and DOCX as a governance viewer downloads them
 * ({@code /api/v1/reports/annual/{year}.pdf} and {@code .docx}, the beans {@code /reports/annual} uses). See
 * docs/benchmarks.md. Not a test.
 *
 * <pre>
 * bench/run-scale.sh [--homes=7000000] [--from=2018-01-01] [--seed=2026] [--year=2025] [--runs=15] [--warmup=3] [--fresh]
 * </pre>
 */
public final class ReportingAtScale {

    static final String DATABASE = "putright_bench_scale";

    public static void main(String[] args) throws Exception {
        int homes = Integer.parseInt(BenchApp.option(args, "homes", "7000000"));
        LocalDate from = LocalDate.parse(BenchApp.option(args, "from", "2018-01-01"));
        long seed = Long.parseLong(BenchApp.option(args, "seed", "2026"));
        ReportingYear year = new ReportingYear(Integer.parseInt(BenchApp.option(args, "year", "2025")));
        int runs = Integer.parseInt(BenchApp.option(args, "runs", "15"));
        int warmup = Integer.parseInt(BenchApp.option(args, "warmup", "3"));
        boolean fresh = List.of(args).contains("--fresh");
        String database = BenchApp.option(args, "database", DATABASE);

        if (fresh) {
            BenchApp.freshPostgresDatabase(database);
        }
        else {
            createIfMissing(database);
        }
        System.out.println("PostgreSQL " + BenchApp.postgresVersion() + ", database " + database + ", " + Runtime.getRuntime().availableProcessors()
                + " cores");
        // the loaded database is kept across versions: a migration merged after a later one was applied (V23 after V24) is
        // applied out of order rather than refused
        try (BenchApp app = BenchApp.start("postgres", database, true, "--putright.scheduler.enabled=false",
                "--logging.level.org.putright=INFO", "--spring.flyway.out-of-order=true")) {
            long complaints = count(database, "select count(*) from complaint");
            if (complaints == 0) {
                SyntheticBulkLoad bulk = app.context.getBean(SyntheticBulkLoad.class);
                SyntheticHistory.Parameters parameters = new SyntheticHistory.Parameters(homes, from, LocalDate.now(), seed,
                        officers("bench.officer.", 60), officers("bench.manager.", 12), "bench.officer.intake", "B");
                System.out.printf(Locale.ROOT, "Loading %,d homes from %s to today (seed %d)...%n", homes, from, seed);
                long started = System.nanoTime();
                SyntheticBulkLoad.Result result = bulk.load(parameters, n -> System.out.printf(Locale.ROOT, "  %,d cases, %d s%n", n,
                        (System.nanoTime() - started) / 1_000_000_000L));
                System.out.printf(Locale.ROOT, "Loaded %,d cases, %,d events, %,d report rows, %,d residents in %d s%n", result.cases(),
                        result.events(), result.reportRows(), result.residents(), result.millis() / 1000);
                long vacuum = System.nanoTime();
                execute(database, "vacuum analyze");
                System.out.printf(Locale.ROOT, "VACUUM ANALYZE: %d s%n", (System.nanoTime() - vacuum) / 1_000_000_000L);
            }
            else {
                System.out.printf(Locale.ROOT, "Reusing the loaded database (%,d complaints)%n", complaints);
            }
            sizes(database);

            ReportFigures figures = app.context.getBean(ReportFigures.class);
            TsmMeasures tsm = app.context.getBean(TsmMeasures.class);
            ReportFigures.Figures sample = figures.forPeriod(year.from(), year.to());
            System.out.printf(Locale.ROOT, "Reporting year %s: stage 1 received %,d, stage 2 received %,d, service requests %,d, repeat complainants %,d "
                    + "(%,d complaints), repeat homes %,d (%,d complaints)%n", year.label(), sample.stages().get(0).received(),
                    sample.stages().get(1).received(), sample.serviceRequestsReceived(), sample.repeats().repeatComplainants(),
                    sample.repeats().complaintsFromRepeatComplainants(), sample.repeats().repeatProperties(),
                    sample.repeats().complaintsFromRepeatProperties());
            System.out.printf(Locale.ROOT, "report_stage rows received in the year: %,d%n",
                    count(database, "select count(*) from report_stage where received_on between '" + year.from() + "' and '" + year.to() + "'"));

            time("dashboard: ReportFigures.forPeriod(year)", warmup, runs, () -> figures.forPeriod(year.from(), year.to()));
            time("TSM: TsmMeasures.forYear", warmup, runs, () -> tsm.forYear(year));
            // the annual report as a governance viewer downloads it: the API's PDF and DOCX, made by the beans the
            // /reports/annual page uses (GovernanceReports.annual, then ReportFiles), each request a whole render
            String viewer = app.staffWithToken("bench.viewer." + System.currentTimeMillis(), "Bench governance viewer", "GOVERNANCE_VIEWER");
            long[] size = new long[1];
            for (String format : List.of("pdf", "docx")) {
                time("annual report " + format.toUpperCase(Locale.ROOT) + ": GET /api/v1/reports/annual/" + year.year() + "." + format, warmup,
                        runs, () -> {
                            HttpResponse<byte[]> response = download(app, viewer, "/api/v1/reports/annual/" + year.year() + "." + format);
                            size[0] = response.body().length;
                            return response;
                        });
                System.out.printf(Locale.ROOT, "annual report %s: %,d bytes%n", format.toUpperCase(Locale.ROOT), size[0]);
            }
        }
    }

    private static HttpResponse<byte[]> download(BenchApp app, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofMinutes(2)).header("Authorization", BenchApp.bearer(token))
                .GET().build();
        try {
            HttpResponse<byte[]> response = app.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + new String(response.body()));
            }
            return response;
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static List<String> officers(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    private static void time(String name, int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s: runs %d, median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms%n", name, runs,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getFirst(), sorted.getLast());
    }

    private static void sizes(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(BenchApp.postgresUrl(database), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select relname, reltuples::bigint, pg_size_pretty(pg_relation_size(oid)),
                            pg_size_pretty(pg_indexes_size(oid)), pg_size_pretty(pg_total_relation_size(oid))
                        from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace
                        order by pg_total_relation_size(oid) desc limit 8""")) {
            System.out.println("| Table | Rows (estimate) | Table | Indexes | Total |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            while (rs.next()) {
                System.out.printf(Locale.ROOT, "| `%s` | %,d | %s | %s | %s |%n", rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
            }
        }
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(BenchApp.postgresUrl(database), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(BenchApp.postgresUrl(database), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void createIfMissing(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(BenchApp.postgresUrl("postgres"), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_database where datname = '" + database + "'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                s.execute("CREATE DATABASE " + database);
            }
        }
    }
}

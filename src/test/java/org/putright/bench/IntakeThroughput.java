package org.putright.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API intake throughput: starts the real application on a random loopback port against a fresh database, makes an
 * admin, a complaints officer and the officer's API token, then sends {@code POST /api/v1/complaints} from a fixed
 * number of client threads and reports complaints created per second, latency percentiles and errors.
 * <p>
 * The client runs in the same JVM as the server (and so shares its cores); request bodies are serialised before the
 * clock starts. Every response must be 201; the harness exits 1 otherwise, or when the time limit cut the run short,
 * or when the database does not hold exactly the complaints that were acknowledged as created.
 * <pre>
 * bench/run-intake.sh h2|postgres [--requests=5000] [--threads=8] [--warmup=500] [--max-seconds=600]
 * </pre>
 */
public final class IntakeThroughput {

    private static final String[] FIRST = { "Ada", "Ben", "Chloe", "Dev", "Ella", "Farah", "George", "Hannah", "Imran", "Jade", "Kofi",
            "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sophie", "Tom", "Zara" };
    private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Lewis" };
    private static final Object[] CHANNELS = { "PHONE", "EMAIL", "WEB_FORM", "LETTER", "IN_PERSON", "SOCIAL_MEDIA" };
    private static final String[] ISSUES = { "The boiler has not worked for three weeks and nobody has come.",
            "Damp and mould in the back bedroom came back two months after the last visit.",
            "The communal door entry system has been broken since the spring.",
            "Repairs to the kitchen ceiling were left half finished and the contractor never returned.",
            "I was charged for a repair that was the landlord's responsibility." };

    private IntakeThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String database = BenchApp.positional(args, "h2");
        int requests = Integer.parseInt(BenchApp.option(args, "requests", "5000"));
        int threads = Integer.parseInt(BenchApp.option(args, "threads", "8"));
        int warmup = Integer.parseInt(BenchApp.option(args, "warmup", "500"));
        long maxSeconds = Long.parseLong(BenchApp.option(args, "max-seconds", "600"));
        if (requests < 1 || threads < 1 || threads > 256 || warmup < 0 || maxSeconds < 1) {
            throw new IllegalArgumentException("requests >= 1, 1 <= threads <= 256, warmup >= 0, max-seconds >= 1");
        }
        int exit;
        long started = System.nanoTime();
        try (BenchApp app = BenchApp.start(database, "putright_bench", false)) {
            System.out.printf("Started PutRight on 127.0.0.1:%d against %s in %.1f s%n", app.port,
                    database.equals("h2") ? "a fresh H2 file database" : "a fresh PostgreSQL " + BenchApp.postgresVersion() + " database",
                    (System.nanoTime() - started) / 1e9);
            String token = app.staffWithToken("bench.officer", "Bench Officer", "COMPLAINTS_OFFICER");
            String authorization = BenchApp.bearer(token);

            List<String> bodies = bodies(app, warmup + requests, new Random(42));
            Run warm = run(app, authorization, bodies.subList(0, warmup), threads, maxSeconds);
            System.out.printf("Warm-up: %d creates, %d errors, %.0f/s%n", warm.ok(), warm.errors.get(), warm.perSecond());
            Run measured = run(app, authorization, bodies.subList(warmup, warmup + requests), threads, maxSeconds);

            long stored = JdbcClient.create(app.context.getBean(DataSource.class)).sql("select count(*) from complaint").query(Long.class)
                    .single();
            long[] sorted = measured.sortedLatencies();
            System.out.println();
            System.out.printf("Database:            %s%n", database);
            System.out.printf("Machine:             %s%n", BenchApp.machine());
            System.out.printf("Parameters:          %d creates after %d warm-up, %d client threads, limit %d s%n", requests, warmup, threads,
                    maxSeconds);
            System.out.printf("Sent / completed:    %d / %d%s%n", measured.sent.get(), sorted.length,
                    measured.timedOut ? " (TIME LIMIT REACHED)" : "");
            System.out.printf("Created (201):       %d%n", measured.ok());
            System.out.printf("Errors:              %d%s%n", measured.errors.get(), measured.errorSamples.isEmpty() ? ""
                    : " e.g. " + measured.errorSamples.stream().limit(3).toList());
            System.out.printf("Wall time:           %.2f s%n", measured.wallNanos / 1e9);
            System.out.printf("Throughput:          %.0f complaints/s%n", measured.perSecond());
            System.out.printf("Latency (ms):        p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", BenchApp.percentileMs(sorted, 50),
                    BenchApp.percentileMs(sorted, 95), BenchApp.percentileMs(sorted, 99), BenchApp.percentileMs(sorted, 100));
            System.out.printf("Rows in complaint:   %d (expected %d)%n", stored, warm.ok() + measured.ok());
            System.out.printf("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", database.equals("h2") ? "H2 (file)" : "PostgreSQL",
                    requests, threads, measured.perSecond(), BenchApp.percentileMs(sorted, 50), BenchApp.percentileMs(sorted, 95),
                    BenchApp.percentileMs(sorted, 99), measured.errors.get() + warm.errors.get());
            boolean ok = measured.errors.get() == 0 && warm.errors.get() == 0 && !measured.timedOut && !warm.timedOut
                    && measured.ok() == requests && stored == warm.ok() + measured.ok();
            exit = ok ? 0 : 1;
        }
        System.exit(exit);
    }

    /** Distinct, valid complaints received over the last three weeks, serialised before timing starts. */
    private static List<String> bodies(BenchApp app, int count, Random random) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> resident = new LinkedHashMap<>();
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            resident.put("name", first + " " + last);
            resident.put("tenancyReference", "T-" + (100_000 + random.nextInt(900_000)));
            resident.put("email", (first + "." + last + i).toLowerCase() + "@example.org");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("receivedAt", now.minusMinutes(10 + random.nextInt(21 * 24 * 60)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            body.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
            body.put("resident", resident);
            body.put("description", ISSUES[random.nextInt(ISSUES.length)] + " (bench " + i + ")");
            bodies.add(app.json.writeValueAsString(body));
        }
        return bodies;
    }

    private static final class Run {
        final long[] latencies;
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        final AtomicLong lastDone = new AtomicLong();
        long wallNanos;
        volatile boolean timedOut;

        Run(int size) {
            latencies = new long[size];
            Arrays.fill(latencies, -1);
        }

        int ok() {
            return created.get();
        }

        double perSecond() {
            return wallNanos == 0 ? 0 : created.get() / (wallNanos / 1e9);
        }

        long[] sortedLatencies() {
            return Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        }
    }

    /** Sends every body once, from {@code threads} client threads, each taking the next unsent body; stops at the time limit. */
    private static Run run(BenchApp app, String authorization, List<String> bodies, int threads, long maxSeconds) throws InterruptedException {
        Run run = new Run(bodies.size());
        if (bodies.isEmpty()) {
            return run;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().name("intake-client-" + t).daemon().start(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < bodies.size()) {
                        if (System.nanoTime() > deadline) {
                            run.timedOut = true;
                            break;
                        }
                        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/complaints")).timeout(Duration.ofSeconds(30))
                                .header("Authorization", authorization).header("Content-Type", "application/json")
                                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8))
                                .build();
                        run.sent.incrementAndGet();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = app.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            long t1 = System.nanoTime();
                            run.latencies[i] = t1 - t0;
                            run.lastDone.accumulateAndGet(t1, Math::max);
                            if (response.statusCode() == 201) {
                                run.created.incrementAndGet();
                            }
                            else {
                                error(run, response.statusCode() + " " + abbreviate(response.body()));
                            }
                        }
                        catch (Exception e) {
                            run.latencies[i] = System.nanoTime() - t0;
                            error(run, e.toString());
                        }
                        finally {
                            run.completed.incrementAndGet();
                        }
                    }
                }
                finally {
                    done.countDown();
                }
            });
        }
        // the client threads are bounded by the body count and the deadline; 60 s more covers requests in flight
        if (!done.await(maxSeconds + 60, TimeUnit.SECONDS)) {
            run.timedOut = true;
        }
        run.wallNanos = Math.max(run.lastDone.get(), start) - start;
        return run;
    }

    private static void error(Run run, String description) {
        run.errors.incrementAndGet();
        if (run.errorSamples.size() < 10) {
            run.errorSamples.add(description);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

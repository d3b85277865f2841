package org.putright.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.putright.calendar.LondonDates;
import org.putright.complaints.BenchLoading;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintQueries;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.Remedy;
import org.putright.complaints.ResponseDraft;
import org.putright.complaints.Resident;
import org.putright.complaints.Status;
import org.putright.identity.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * The work queue with a realistic volume: loads complaints received over the last two years into a fresh PostgreSQL
 * database and walks most of them through acknowledgement, response, escalation and closure, then times
 * {@code GET /api/v1/complaints} (default page and filtered variants) over loopback HTTP, and the same queries through
 * {@link ComplaintQueries#list} directly.
 * <p>
 * Loading goes through the application's own code, so every complaint row and event row is what the application
 * writes: by default ({@code --via=store}) through the aggregate, {@code ReferenceNumbers} and {@code ComplaintStore}
 * (see {@link BenchLoading}); with {@code --via=service} through {@link ComplaintService}, one call per intent, which
 * also replays the complaint before each intent and builds its view after — several times slower.
 * <p>
 * The database ({@code putright_bench_queue}) is left in place afterwards for {@code EXPLAIN ANALYZE}; {@code --reuse}
 * measures it again without reloading.
 * <pre>
 * bench/run-queue.sh [--complaints=100000] [--samples=200] [--warmup=50] [--max-load-seconds=1200] [--via=store|service] [--reuse] [--no-vacuum]
 *                    [--only=api|pages]
 * </pre>
 * The staff work queue page {@code GET /cases} is timed too (see {@link #measurePages}): signed in through the real
 * sign-in form as the intake officer and as a handling officer, over loopback HTTP, and the controller method and the
 * three queries it runs called directly in the server JVM.
 */
public final class WorkQueueLatency {

    static final String DATABASE = "putright_bench_queue";
    static final String INTAKE = "bench.intake";
    static final int HANDLERS = 8;

    private static final String[] FIRST = { "Ada", "Ben", "Chloe", "Dev", "Ella", "Farah", "George", "Hannah", "Imran", "Jade", "Kofi",
            "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sophie", "Tom", "Zara" };
    /** 40 surnames, so a surname search matches about 2.5% of complaints. */
    private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Lewis", "Okafor", "Hughes",
            "Edwards", "Clarke", "Jackson", "Wood", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson", "Harris",
            "Baker", "Campbell", "Kelly", "Murphy", "Begum" };
    private static final Channel[] CHANNELS = Channel.values();
    private static final String SEARCHED_SURNAME = "Okafor";

    private WorkQueueLatency() {
    }

    public static void main(String[] args) throws Exception {
        int complaints = Integer.parseInt(BenchApp.option(args, "complaints", "100000"));
        int samples = Integer.parseInt(BenchApp.option(args, "samples", "200"));
        int warmup = Integer.parseInt(BenchApp.option(args, "warmup", "50"));
        long maxLoadSeconds = Long.parseLong(BenchApp.option(args, "max-load-seconds", "1200"));
        boolean reuse = BenchApp.flag(args, "reuse");
        String via = BenchApp.option(args, "via", "store");
        if (!via.equals("store") && !via.equals("service")) {
            throw new IllegalArgumentException("--via=store (default) or --via=service");
        }
        boolean viaService = via.equals("service");
        String only = BenchApp.option(args, "only", "all");
        if (!only.equals("all") && !only.equals("api") && !only.equals("pages")) {
            throw new IllegalArgumentException("--only=api or --only=pages (default: both)");
        }
        if (complaints < 1 || samples < 1 || samples > 100_000 || warmup < 0 || maxLoadSeconds < 1) {
            throw new IllegalArgumentException("complaints >= 1, 1 <= samples <= 100000, warmup >= 0, max-load-seconds >= 1");
        }
        int exit = 0;
        try (BenchApp app = BenchApp.start("postgres", DATABASE, reuse)) {
            System.out.printf("Started PutRight on 127.0.0.1:%d against PostgreSQL %s, database %s%s%n", app.port, BenchApp.postgresVersion(),
                    DATABASE, reuse ? " (reused)" : " (fresh)");
            String token;
            if (reuse) {
                token = app.token(INTAKE, BenchApp.STAFF_PASSWORD);
            }
            else {
                token = app.staffWithToken(INTAKE, "Bench Intake", "COMPLAINTS_OFFICER");
                for (int h = 1; h <= HANDLERS; h++) {
                    app.staffWithToken(handler(h), "Bench Officer " + h, "COMPLAINTS_OFFICER");
                }
                if (!load(app, complaints, maxLoadSeconds, viaService)) {
                    System.out.println("Loading did not finish within " + maxLoadSeconds + " s; not measuring.");
                    System.exit(1);
                }
            }
            JdbcClient jdbc = JdbcClient.create(app.context.getBean(DataSource.class));
            if (BenchApp.flag(args, "no-vacuum")) {
                jdbc.sql("analyze").update();
            }
            else {
                // the bulk load leaves a dead row version per projection update; autovacuum would clear them within minutes
                long vacuumStart = System.nanoTime();
                jdbc.sql("vacuum analyze").update();
                System.out.printf("VACUUM ANALYZE took %.1f s%n", (System.nanoTime() - vacuumStart) / 1e9);
            }
            describe(jdbc);

            if (!only.equals("pages")) {
                Map<String, Variant> variants = variants();
                String authorization = BenchApp.bearer(token);
                ComplaintQueries queries = app.context.getBean(ComplaintQueries.class);
                List<String> rows = new ArrayList<>();
                for (var entry : variants.entrySet()) {
                    Variant variant = entry.getValue();
                    Timing http = timeHttp(app, authorization, variant.query(), warmup, samples);
                    Timing direct = time(() -> queries.list(variant.filter(), 0, 20).totalItems(), warmup, samples);
                    if (http.errors > 0) {
                        exit = 1;
                    }
                    rows.add("| `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |".formatted(variant.query(), http.totalItems,
                            http.p(50), http.p(95), http.p(100), direct.p(50), direct.p(95), direct.p(100), http.errors));
                    System.out.printf("%-48s total %6d  HTTP p50 %6.1f p95 %6.1f max %6.1f ms | list() p50 %6.1f p95 %6.1f max %6.1f ms | errors %d%n",
                            variant.query(), http.totalItems, http.p(50), http.p(95), http.p(100), direct.p(50), direct.p(95), direct.p(100),
                            http.errors);
                }
                System.out.println();
                System.out.printf("Machine: %s%n", BenchApp.machine());
                System.out.printf("Parameters: %d samples per variant after %d warm-up, one client thread, page size 20%n%n", samples, warmup);
                System.out.println("| Request | Matching | HTTP p50 | HTTP p95 | HTTP max | list() p50 | list() p95 | list() max | Errors |");
                System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
                rows.forEach(System.out::println);
            }
            if (!only.equals("api")) {
                if (measurePages(app, warmup, samples) > 0) {
                    exit = 1;
                }
            }
        }
        System.exit(exit);
    }

    static String handler(int h) {
        return "bench.officer" + h;
    }

    record Variant(String query, ComplaintQueries.Filter filter) {
    }

    private static Map<String, Variant> variants() {
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("default", new Variant("page=0&size=20", new ComplaintQueries.Filter(null, null, null, null, null, false, false, null)));
        variants.put("overdue", new Variant("overdue=true&page=0&size=20",
                new ComplaintQueries.Filter(null, null, null, null, null, true, false, null)));
        variants.put("investigating", new Variant("status=UNDER_INVESTIGATION&stage=1&page=0&size=20",
                new ComplaintQueries.Filter(List.of(Status.UNDER_INVESTIGATION), 1, null, null, null, false, false, null)));
        variants.put("search", new Variant("q=" + URLEncoder.encode(SEARCHED_SURNAME, StandardCharsets.UTF_8) + "&page=0&size=20",
                new ComplaintQueries.Filter(null, null, null, null, null, false, false, SEARCHED_SURNAME)));
        variants.put("handler", new Variant("handler=" + handler(3) + "&page=0&size=20",
                new ComplaintQueries.Filter(null, null, handler(3), null, null, false, false, null)));
        return variants;
    }

    // ------------------------------------------------------------------------------------------------ the work queue page

    /** Who is signed in, the query string of {@code GET /cases}, and the same filter for {@link ComplaintQueries#list}. */
    record PageVariant(String label, String username, String query, ComplaintQueries.Filter filter, String countsFor) {
    }

    /** The page's filters as {@code CasePages.queue} builds them (open cases only unless closed ones are asked for). */
    private static List<PageVariant> pageVariants() {
        String officer = handler(3);
        return List.of(
                new PageVariant("All cases (default)", INTAKE, "view=all", pageFilter(null, false, null, false), null),
                new PageVariant("My cases", officer, "view=mine", pageFilter(officer, false, null, false), officer),
                new PageVariant("Overdue", INTAKE, "view=all&overdue=yes", pageFilter(null, true, null, false), null),
                new PageVariant("Surname search", INTAKE, "view=all&q=" + SEARCHED_SURNAME, pageFilter(null, false, SEARCHED_SURNAME, false),
                        null),
                new PageVariant("All, closed included", INTAKE, "view=all&closed=yes", pageFilter(null, false, null, true), null),
                new PageVariant("Search, closed included", INTAKE, "view=all&closed=yes&q=" + SEARCHED_SURNAME,
                        pageFilter(null, false, SEARCHED_SURNAME, true), null));
    }

    private static ComplaintQueries.Filter pageFilter(String handler, boolean overdue, String text, boolean includeClosed) {
        return new ComplaintQueries.Filter(null, null, handler, null, null, overdue, false, text, !includeClosed);
    }

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(">([0-9]+) (?:open )?cases?<");

    /**
     * Times {@code GET /cases?...} over loopback HTTP, signed in through the form (client-side: HTTP, the controller, the
     * queries and the Thymeleaf rendering), then in the server JVM without HTTP: the controller method itself (the three
     * queries and the model, no rendering), and {@code counts}, {@code list} and {@code handlers} one at a time.
     *
     * @return the number of failed page requests
     */
    static int measurePages(BenchApp app, int warmup, int samples) throws Exception {
        ComplaintQueries queries = app.context.getBean(ComplaintQueries.class);
        StaffDirectory staff = app.context.getBean(StaffDirectory.class);
        Object controller = app.context.getBean("casePages");
        java.lang.reflect.Method queue = Arrays.stream(controller.getClass().getDeclaredMethods()).filter(m -> m.getName().equals("queue"))
                .findFirst().orElseThrow();
        java.lang.reflect.Method words = controller.getClass().getDeclaredMethod("words");
        queue.setAccessible(true);
        words.setAccessible(true);

        Map<String, StaffBrowser> browsers = new LinkedHashMap<>();
        int errors = 0;
        List<String> rows = new ArrayList<>();
        System.out.println();
        try {
            for (PageVariant variant : pageVariants()) {
                StaffBrowser browser = browsers.computeIfAbsent(variant.username(),
                        u -> StaffBrowser.signIn(app, u, BenchApp.STAFF_PASSWORD));
                Timing http = timePage(browser, "/cases?" + variant.query(), warmup, samples);
                errors += http.errors;
                signIn(variant.username());
                Map<String, String> params = queryParams(variant.query());
                try {
                    long[] matching = new long[1];
                    Timing controllerTime = time(() -> {
                        org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
                        model.addAttribute("w", invoke(words, controller));
                        invoke(queue, controller, arguments(queue, params, model));
                        matching[0] = ((ComplaintQueries.Page) model.getAttribute("result")).totalItems();
                        return matching[0];
                    }, warmup, samples);
                    Timing counts = time(() -> queries.counts(variant.countsFor()).overdue(), warmup, samples);
                    Timing list = time(() -> queries.list(variant.filter(), 0, 25).totalItems(), warmup, samples);
                    Timing handlers = time(() -> (long) staff.handlers().size(), warmup, samples);
                    if (http.totalItems >= 0 && http.totalItems != matching[0]) {
                        System.out.printf("  note: the page showed %d cases, the controller's result %d%n", http.totalItems, matching[0]);
                    }
                    String row = "| %s | `/cases?%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |".formatted(
                            variant.label(), variant.query(), matching[0], http.p(50), http.p(95), http.p(100), controllerTime.p(50),
                            controllerTime.p(95), controllerTime.p(100), counts.p(50), list.p(50), handlers.p(50), http.errors);
                    rows.add(row);
                    System.out.printf("%-26s %-34s total %6d  HTTP p50 %6.1f p95 %6.1f max %6.1f | queue() p50 %6.1f p95 %6.1f max %6.1f"
                            + " | counts %5.1f list %5.1f handlers %5.1f ms (p50) | errors %d%n", variant.label(), variant.query(), matching[0],
                            http.p(50), http.p(95), http.p(100), controllerTime.p(50), controllerTime.p(95), controllerTime.p(100), counts.p(50),
                            list.p(50), handlers.p(50), http.errors);
                }
                finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
        finally {
            browsers.values().forEach(StaffBrowser::close);
        }
        System.out.println();
        System.out.printf("Machine: %s%n", BenchApp.machine());
        System.out.printf("Parameters: %d samples per variant after %d warm-up, one client thread, signed in through the form, page size %d%n%n",
                samples, warmup, 25);
        System.out.println("| Page | Request | Matching | HTTP p50 | HTTP p95 | HTTP max | `queue()` p50 | `queue()` p95 | `queue()` max"
                + " | `counts()` p50 | `list()` p50 | `handlers()` p50 | Errors |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        return errors;
    }

    private static Timing timePage(StaffBrowser browser, String path, int warmup, int samples) {
        HttpRequest request = browser.get(path);
        long[] nanos = new long[samples];
        int errors = 0;
        long total = -1;
        for (int i = 0; i < warmup + samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = browser.send(request);
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200 || !response.body().contains("Work queue")) {
                errors++;
                if (errors <= 3) {
                    System.out.println("GET " + path + " as " + browser.username + " -> " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse(""));
                }
            }
            else if (total < 0) {
                java.util.regex.Matcher caption = CAPTION.matcher(response.body());
                total = caption.find() ? Long.parseLong(caption.group(1)) : response.body().contains("cases match") ? 0 : -1;
            }
            if (i >= warmup) {
                nanos[i - warmup] = elapsed;
            }
        }
        return new Timing(nanos, errors, total);
    }

    private static Map<String, String> queryParams(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The controller method's arguments by their {@code @RequestParam} names (with the declared defaults), and the model. */
    private static Object[] arguments(java.lang.reflect.Method method, Map<String, String> params, org.springframework.ui.Model model) {
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            java.lang.reflect.Parameter parameter = parameters[i];
            RequestParam annotation = parameter.getAnnotation(RequestParam.class);
            if (org.springframework.ui.Model.class.isAssignableFrom(parameter.getType())) {
                arguments[i] = model;
            }
            else if (annotation != null) {
                String name = !annotation.name().isEmpty() ? annotation.name() : !annotation.value().isEmpty() ? annotation.value()
                        : parameter.getName();
                String value = params.get(name);
                if (value == null && !ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) {
                    value = annotation.defaultValue();
                }
                arguments[i] = value;
            }
            else {
                throw new IllegalStateException("Cannot supply " + parameter + " of " + method);
            }
        }
        return arguments;
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + ": " + e.getCause(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ timing

    static final class Timing {
        final long[] sorted;
        final int errors;
        final long totalItems;

        Timing(long[] nanos, int errors, long totalItems) {
            this.sorted = nanos.clone();
            Arrays.sort(this.sorted);
            this.errors = errors;
            this.totalItems = totalItems;
        }

        double p(double percentile) {
            return BenchApp.percentileMs(sorted, percentile);
        }
    }

    private static Timing timeHttp(BenchApp app, String authorization, String query, int warmup, int samples) {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/complaints?" + query)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        long[] nanos = new long[samples];
        int errors = 0;
        long total = -1;
        for (int i = 0; i < warmup + samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = app.send(request);
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                errors++;
                if (errors <= 3) {
                    System.out.println("GET ?" + query + " -> " + response.statusCode() + " " + response.body());
                }
            }
            else if (total < 0) {
                total = app.json.readTree(response.body()).get("totalItems").asLong();
            }
            if (i >= warmup) {
                nanos[i - warmup] = elapsed;
            }
        }
        return new Timing(nanos, errors, total);
    }

    private static Timing time(Supplier<Long> call, int warmup, int samples) {
        long[] nanos = new long[samples];
        long total = -1;
        for (int i = 0; i < warmup + samples; i++) {
            long t0 = System.nanoTime();
            total = call.get();
            long elapsed = System.nanoTime() - t0;
            if (i >= warmup) {
                nanos[i - warmup] = elapsed;
            }
        }
        return new Timing(nanos, 0, total);
    }

    private static void describe(JdbcClient jdbc) {
        System.out.println("Complaints by status and stage:");
        jdbc.sql("select status, stage, count(*) from complaint group by status, stage order by status, stage")
                .query((rs, n) -> "  %-26s stage %d  %7d".formatted(rs.getString(1), rs.getInt(2), rs.getLong(3))).list()
                .forEach(System.out::println);
        LocalDate today = LondonDates.today(Clock.systemUTC());
        System.out.printf("  total %d, with a next deadline %d, overdue %d, events %d%n",
                jdbc.sql("select count(*) from complaint").query(Long.class).single(),
                jdbc.sql("select count(*) from complaint where next_deadline is not null").query(Long.class).single(),
                jdbc.sql("select count(*) from complaint where next_deadline < ?").param(today).query(Long.class).single(),
                jdbc.sql("select count(*) from complaint_event").query(Long.class).single());
    }

    // ------------------------------------------------------------------------------------------------ loading

    /** What happens to one complaint; every date is decided up front, and steps dated after today are not taken. */
    record Plan(Instant receivedAt, String name, String tenancy, Channel channel, int handler, int secondHandler, int[] delays,
            int outcome) {
    }

    static final int OUTCOME_NEVER_ACKNOWLEDGED = 0, OUTCOME_NEVER_RESPONDED = 1, OUTCOME_RESPONDED = 2, OUTCOME_CLOSED = 3,
            OUTCOME_ESCALATED = 4;

    /** One loader thread per year of receipt (references are counted per year, under a row lock), 200 complaints a transaction. */
    private static boolean load(BenchApp app, int count, long maxSeconds, boolean viaService) throws InterruptedException {
        Random random = new Random(20261126L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long span = Duration.ofDays(730).toSeconds();
        Map<Integer, List<Plan>> byYear = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Instant receivedAt = now.minusSeconds(600 + (long) (random.nextDouble() * span));
            double r = random.nextDouble();
            int outcome = r < 0.03 ? OUTCOME_NEVER_ACKNOWLEDGED
                    : r < 0.08 ? OUTCOME_NEVER_RESPONDED : r < 0.20 ? OUTCOME_RESPONDED : r < 0.90 ? OUTCOME_CLOSED : OUTCOME_ESCALATED;
            int handler = 1 + random.nextInt(HANDLERS);
            int second = 1 + (handler + random.nextInt(HANDLERS - 1)) % HANDLERS; // never the stage 1 handler
            int[] delays = { random.nextInt(8), 3 + random.nextInt(33), random.nextInt(11), 1 + random.nextInt(20), random.nextInt(6),
                    5 + random.nextInt(36), random.nextInt(11) };
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            Plan plan = new Plan(receivedAt, name, "T-" + (100_000 + random.nextInt(900_000)), CHANNELS[random.nextInt(CHANNELS.length)],
                    handler, second, delays, outcome);
            byYear.computeIfAbsent(LondonDates.dateOf(receivedAt).getYear(), y -> new ArrayList<>()).add(plan);
        }
        byYear.values().forEach(plans -> plans.sort(java.util.Comparator.comparing(Plan::receivedAt)));

        ComplaintService service = app.context.getBean(ComplaintService.class);
        BenchLoading loading = new BenchLoading(app.context);
        TransactionTemplate transaction = new TransactionTemplate(app.context.getBean(PlatformTransactionManager.class));
        LocalDate today = LondonDates.today(Clock.systemUTC());
        AtomicInteger loaded = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        List<Thread> threads = new ArrayList<>();
        for (var year : byYear.entrySet()) {
            threads.add(Thread.ofPlatform().name("loader-" + year.getKey()).start(() -> {
                List<Plan> plans = year.getValue();
                Steps steps = viaService ? new ServiceSteps(service) : new StoreSteps(loading);
                try {
                    for (int from = 0; from < plans.size() && System.nanoTime() < deadline && failures.isEmpty(); from += 200) {
                        List<Plan> batch = plans.subList(from, Math.min(plans.size(), from + 200));
                        transaction.executeWithoutResult(status -> batch.forEach(plan -> apply(steps, plan, today)));
                        int done = loaded.addAndGet(batch.size());
                        if (done % 10_000 < batch.size()) {
                            System.out.printf("  loaded %d of %d complaints in %.0f s%n", done, count, (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
                catch (Throwable e) {
                    failures.add(e);
                }
                finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(maxSeconds + 120));
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Loading failed", failures.peek());
        }
        System.out.printf("Loaded %d complaints %s in %.0f s (%d loader threads, one per year received)%n", loaded.get(),
                viaService ? "through ComplaintService" : "through the aggregate and ComplaintStore", (System.nanoTime() - start) / 1e9,
                threads.size());
        return loaded.get() == count;
    }

    /** Steps one plan through either path; the same dates and outcomes either way. */
    interface Steps {
        LocalDate receive(Plan plan);

        void as(String username);

        void acknowledge(LocalDate on, String handler);

        void respond(LocalDate on);

        void requestEscalation(LocalDate on);

        void close(LocalDate on);

        void done();
    }

    private static void apply(Steps steps, Plan plan, LocalDate today) {
        LocalDate receivedOn = steps.receive(plan);
        try {
            if (plan.outcome() == OUTCOME_NEVER_ACKNOWLEDGED) {
                return;
            }
            int[] d = plan.delays();
            String handler = handler(plan.handler());
            LocalDate acknowledged = receivedOn.plusDays(d[0]);
            if (acknowledged.isAfter(today)) {
                return;
            }
            steps.as(handler);
            steps.acknowledge(acknowledged, handler);
            if (plan.outcome() == OUTCOME_NEVER_RESPONDED) {
                return;
            }
            LocalDate responded = acknowledged.plusDays(d[1]);
            if (responded.isAfter(today)) {
                return;
            }
            steps.respond(responded);
            if (plan.outcome() == OUTCOME_RESPONDED) {
                return;
            }
            if (plan.outcome() == OUTCOME_ESCALATED) {
                LocalDate requested = responded.plusDays(d[3]);
                if (requested.isAfter(today)) {
                    return;
                }
                steps.requestEscalation(requested);
                LocalDate acknowledged2 = requested.plusDays(d[4]);
                if (acknowledged2.isAfter(today)) {
                    return;
                }
                String second = handler(plan.secondHandler());
                steps.as(second);
                steps.acknowledge(acknowledged2, second);
                responded = acknowledged2.plusDays(d[5]);
                if (responded.isAfter(today)) {
                    return;
                }
                steps.respond(responded);
            }
            LocalDate closed = responded.plusDays(d[plan.outcome() == OUTCOME_ESCALATED ? 6 : 2]);
            if (!closed.isAfter(today)) {
                steps.close(closed);
            }
        }
        finally {
            steps.done();
        }
    }

    private static ComplaintService.NewComplaint newComplaint(Plan plan) {
        return new ComplaintService.NewComplaint(plan.receivedAt().atOffset(ZoneOffset.UTC), plan.channel(),
                new Resident(plan.name(), plan.tenancy(), null, null, null), null,
                "Repairs to the property were not done when promised; the resident wants them done and an apology.", null);
    }

    private static final String REASONS = "The repair was booked late; the contractor's delay was outside our control.";

    private static List<Remedy> remedies() {
        return List.of(new Remedy(Remedy.Type.APOLOGY, "We apologise for the delay."));
    }

    /** Through ComplaintService, one transaction-joining service call per intent (loads, acts, saves, builds the view). */
    static final class ServiceSteps implements Steps {
        private final ComplaintService service;
        private UUID id;

        ServiceSteps(ComplaintService service) {
            this.service = service;
        }

        public LocalDate receive(Plan plan) {
            signIn(INTAKE);
            var created = service.receive(newComplaint(plan), null).complaint();
            id = created.id();
            return created.receivedOn();
        }

        public void as(String username) {
            signIn(username);
        }

        public void acknowledge(LocalDate on, String handler) {
            service.acknowledge(id, on, handler, definition());
        }

        public void respond(LocalDate on) {
            service.respond(id, new ResponseDraft(on, Decision.PARTLY_UPHELD, REASONS, List.of(), remedies(), null, List.of(), true));
        }

        public void requestEscalation(LocalDate on) {
            service.requestEscalation(id, on, "The repair still has not been done.");
        }

        public void close(LocalDate on) {
            service.close(id, on, null);
        }

        public void done() {
        }
    }

    /** Through the aggregate and ComplaintStore (see {@link BenchLoading}): the same rows, without the replay and view per call. */
    static final class StoreSteps implements Steps {
        private final BenchLoading loading;
        private BenchLoading.Lifecycle complaint;

        StoreSteps(BenchLoading loading) {
            this.loading = loading;
        }

        public LocalDate receive(Plan plan) {
            complaint = loading.receive(newComplaint(plan), INTAKE);
            return complaint.receivedOn();
        }

        public void as(String username) {
            complaint.as(username);
        }

        public void acknowledge(LocalDate on, String handler) {
            complaint.acknowledge(on, handler, definition());
        }

        public void respond(LocalDate on) {
            complaint.respond(on, Decision.PARTLY_UPHELD, REASONS, remedies());
        }

        public void requestEscalation(LocalDate on) {
            complaint.requestEscalation(on, "The repair still has not been done.");
        }

        public void close(LocalDate on) {
            complaint.close(on);
        }

        public void done() {
            complaint.save();
        }
    }

    private static Definition definition() {
        return new Definition("Repairs were promised and not done.", List.of("The repair was not done when promised"),
                List.of("The repair done", "An apology"), List.of(), List.of(), null);
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_COMPLAINTS_OFFICER"))));
    }
}

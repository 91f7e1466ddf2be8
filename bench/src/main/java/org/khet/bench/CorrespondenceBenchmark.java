package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Official correspondence at AMSS++'s scale (issue 13). (1) One area of 150 schools whose office sends every letter
 * to all its schools, grown to 1,000, 10,000 and 100,000 letters: at each size a school clerk reads the inbox's first
 * page (which carries the unread count) at 1 and 10 concurrent users and searches in Thai, against the same index
 * look-ups in psql; the cost must stay flat as letters grow. The first letters go through the API; the rest are
 * written by {@link LetterLoader}, a test-data loader. (2) One circular to the 29,000 schools of the country held in
 * one area: the send call against COPY of the same delivery rows into tables of the same shape.
 *
 * <p>Usage: {@code CorrespondenceBenchmark <khet.jar> [registry-dir] [results.md] [sizes, e.g. 1000,10000,100000]}.
 */
final class CorrespondenceBenchmark {

    private static final String AREA = "6796";
    private static final String COUNTRY = "6795";
    private static final int SCHOOLS = 150;
    private static final int THROUGH_API = 20;
    private static final String OFFICE = "bench.office6796";
    private static final String CLERK = "bench.clerk6796";
    private static final String PASSWORD = "bench-correspondence-2569";
    private static final int USERS = 10;
    /** {@link LetterLoader#SEARCHED} typed halfway: found by the start of the word. */
    private static final String STARTED = "งบประ";

    private final Path registry;
    private final Path out;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private final StringBuilder summary = new StringBuilder();
    private Psql psql;
    private int port;

    private CorrespondenceBenchmark(Path registry, Path out) {
        this.registry = registry;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: CorrespondenceBenchmark <khet.jar> [registry-dir] [results.md] [sizes]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/correspondence-results.md");
        List<Integer> sizes = Arrays.stream((args.length > 3 ? args[3] : "1000,10000,100000").split(","))
                .map(Integer::parseInt)
                .toList();
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("correspondence-app.log");
        Files.deleteIfExists(log);
        CorrespondenceBenchmark bench = new CorrespondenceBenchmark(registry, dir);
        try {
            FreshDataDir.use("correspondence-bench-", data -> bench.run(jar, data, log, sizes));
        } finally {
            Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
            System.out.println(bench.md.text());
        }
    }

    private void run(Path jar, Path data, Path log, List<Integer> sizes) {
        md.heading(1, "Khet correspondence benchmark: an area's inbox as letters grow, a circular to 29,000 schools");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        try (AppProcess app = AppProcess.start(jar, data, log)) {
            app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(5));
            psql = app.psql();
            port = app.port();
            setUp();
            circular();
            inbox(sizes);
        } finally {
            md.heading(2, "Verification");
            md.bullets(checks);
            md.paragraph("Load average at end: " + MachineInfo.loadAverage());
        }
    }

    /** The two areas, their schools through the app's school import, the office's director and a school's clerk. */
    private void setUp() {
        Api admin = new Api(port);
        admin.login("admin", AppProcess.ADMIN_PASSWORD);
        for (String code : List.of(AREA, COUNTRY)) {
            Api.Response r = admin.postJson(
                    "/api/v1/areas",
                    Json.object(Map.of(
                            "code",
                            code,
                            "name_th",
                            "สพป.ทดสอบ " + code,
                            "name_en",
                            "Test area " + code,
                            "letter_prefix",
                            "ศธ 0" + code)));
            check("area " + code + " created (HTTP " + r.status() + ")", r.status() == 201);
        }
        List<List<String>> schools = ImportBenchmark.readCsv(registry.resolve("schools.csv"));
        importSchools(admin, "the area's " + SCHOOLS + " schools", schools.subList(0, SCHOOLS), true);
        Api.Response country = importSchools(admin, "29,000 schools in one area", schools, false);
        md.heading(2, "Set-up through the API");
        md.measure("29,000 schools imported into area " + COUNTRY, String.format("%.1f s", country.seconds()), "");
        user(
                admin,
                OFFICE,
                "{\"role\": \"AREA_DIRECTOR\", \"area_code\": \"" + AREA + "\"}, {\"role\": "
                        + "\"AREA_DIRECTOR\", \"area_code\": \"" + COUNTRY + "\"}");
        user(admin, CLERK, "{\"role\": \"SCHOOL_CLERK\", \"school_code\": \"" + school() + "\"}");
    }

    /** The registry's rows re-coded into one area; for the 150-school area the codes too (area + number). */
    private Api.Response importSchools(Api admin, String what, List<List<String>> rows, boolean recode) {
        try {
            Path csv = Files.createTempFile("correspondence-schools-", ".csv");
            try (Csv file = Csv.create(csv, School.HEADER)) {
                for (int i = 0; i < rows.size(); i++) {
                    List<String> row = new ArrayList<>(rows.get(i));
                    row.set(0, recode ? AREA : COUNTRY);
                    if (recode) {
                        row.set(1, AREA + String.format("%04d", i + 1));
                    }
                    file.row(row);
                }
            }
            Api.Response r = admin.upload("/api/v1/schools/import", csv);
            check(what + " imported (HTTP " + r.status() + (r.ok() ? "" : ": " + r.excerpt()) + ")", r.ok());
            Files.delete(csv);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String school() {
        return psql.run("select min(code) from registry.school_summary where code like '" + AREA + "%'")
                .orThrow()
                .output();
    }

    private void user(Api admin, String name, String grants) {
        Api.Response r = admin.postJson("/api/v1/users", """
                {"username": "%s", "password": "%s", "display_name": "%s", "grants": [%s]}""".formatted(name, PASSWORD, name, grants));
        check(
                name + "'s account made (HTTP " + r.status() + (r.ok() ? "" : ": " + r.excerpt()) + ")",
                r.status() == 201);
    }

    private static Api signedIn(int port, String user) {
        Api api = new Api(port);
        Api.Response r = api.login(user, PASSWORD);
        if (!r.ok()) {
            throw new IllegalStateException("token for " + user + ": " + r.status() + " " + r.excerpt());
        }
        return api;
    }

    /** A letter sent: its id and the send call's answer. */
    private record Sent(long id, Api.Response answer) {}

    /** A circular to every school of the area: its draft (not timed), then the send call, timed. */
    private static Sent send(Api office, String area, String subject) {
        Api.Response draft = office.postJson("/api/v1/correspondence/letters", """
                {"from": "%s", "kind": "EXTERNAL", "circular": true, "subject": %s, "body": %s,
                 "to": {"all_schools": true}}""".formatted(
                        area, Json.quote(subject), Json.quote("เนื้อความ" + subject)));
        if (draft.status() != 201) {
            throw new IllegalStateException("draft: " + draft.status() + " " + draft.excerpt());
        }
        long id = Json.number(draft.body(), "id").orElseThrow();
        return new Sent(id, office.postJson("/api/v1/correspondence/letters/" + id + "/send", ""));
    }

    /** (2) One circular to 29,000 schools: the send call against COPY of its deliveries (same-shape tables). */
    private void circular() {
        md.heading(2, "A circular to 29,000 schools");
        md.paragraph("Load average before: " + MachineInfo.loadAverage());
        Api office = signedIn(port, OFFICE);
        Sent circular = send(office, COUNTRY, "หนังสือเวียนถึงโรงเรียนทุกแห่งทั่วประเทศ");
        long id = circular.id();
        Api.Response sent = circular.answer();
        long deliveries = psql.count("correspondence.delivery where letter_id = " + id);
        check(
                "the circular was sent (HTTP " + sent.status() + ") and delivered " + deliveries + " times",
                sent.status() == 200 && deliveries == 29_000);
        md.measure(
                "Send call (number, 29,000 deliveries, seal, search, audit, event)",
                String.format("%.2f s", sent.seconds()),
                "POST /api/v1/correspondence/letters/{id}/send, one call");
        ShapedBaseline.run(
                        psql,
                        out,
                        "circular",
                        List.of(new ShapedBaseline.Part("correspondence", "delivery", "letter_id = " + id)))
                .report(md, "Its " + deliveries + " deliveries:", sent.seconds(), "the circular's deliveries");
    }

    /** (1) The area's letters grown size by size, the inbox measured at each. */
    private void inbox(List<Integer> sizes) {
        md.heading(2, "An area of " + SCHOOLS + " schools: the first " + THROUGH_API + " letters through the API");
        Api office = signedIn(port, OFFICE);
        List<Double> sends = new ArrayList<>();
        long template = 0;
        for (int i = 1; i <= THROUGH_API; i++) {
            Sent s = send(office, AREA, LetterLoader.SUBJECTS.get(i % LetterLoader.SUBJECTS.size()));
            check(
                    "API letter " + i + " sent (HTTP " + s.answer().status() + ")",
                    s.answer().ok());
            sends.add(s.answer().seconds());
            template = s.id();
        }
        Latencies sendTimes = new Latencies(
                sends, sends.stream().mapToDouble(Double::doubleValue).sum());
        md.measure(
                "Send call, letter to " + SCHOOLS + " schools",
                String.format("p50 %.0f ms", 1000 * sendTimes.quantile(0.5)),
                sendTimes.details(""));
        String code = school();
        Api clerk = signedIn(port, CLERK);
        long clerkId = Long.parseLong(psql.run("select id from platform.app_user where username = '" + CLERK + "'")
                .orThrow()
                .output());
        long schoolId = Long.parseLong(psql.run("select id from registry.school_summary where code = '" + code + "'")
                .orThrow()
                .output());
        for (long letter = template; letter > template - 3; letter--) {
            Api.Response r = clerk.postJson(
                    "/api/v1/correspondence/letters/" + letter + "/receipt",
                    "{\"org\": \"" + code + "\", \"accept\": true}");
            check("the clerk accepted letter " + letter + " through the API (HTTP " + r.status() + ")", r.ok());
        }
        check(
                "the clerk opened a letter through the API",
                clerk.get("/api/v1/correspondence/letters/" + (template - 3) + "?org=" + code)
                        .ok());
        summary.append("| Letters | Deliveries | Load (test data) | Inbox p. 1, 1 user: p50 / p95 | 1 user req/s"
                + " | 10 users: p50 / p95 | 10 users req/s | Search: p50 / p95 | Search typed halfway: p50 / p95"
                + " | psql inbox | psql unread | psql search (whole word) | psql search, app's form"
                + " | psql typed halfway, app's form | Load avg |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        LetterLoader loader = new LetterLoader(psql);
        InboxPlans plans = new InboxPlans(psql);
        int have = THROUGH_API;
        for (int size : sizes) {
            double loading = loader.load(template, clerkId, size - have);
            have = size;
            long letters = psql.count(
                    "correspondence.letter l join registry.area a on a.id = l.area_id where a.code = '" + AREA + "'");
            long deliveries = psql.count("correspondence.delivery d join registry.area a on a.id = d.area_id"
                    + " where a.code = '" + AREA + "'");
            check(
                    String.format("%,d letters: %,d in the area, %,d deliveries", size, letters, deliveries),
                    letters == size && deliveries == (long) size * SCHOOLS);
            shape(size);
            measure(size, deliveries, loading, code, schoolId, plans);
        }
        md.heading(2, "The inbox as letters grow");
        md.paragraph("Letters " + THROUGH_API + " and below went through the API; the rest were written by the"
                + " TEST-DATA LOADER (`LetterLoader`: COPY into correspondence.letter, register_entry and delivery, then"
                + " the register counters set to the last numbers), in the app's shape: a circular from the office to"
                + " all " + SCHOOLS + " schools, deliveries 75 % accepted (each with its row in the school's receipt"
                + " register), 20 % opened and 5 % new, the newest twentieth of each load 60 % new. Times are client"
                + " wall clock per HTTP request with a clerk's API token; the inbox answer carries the unread count"
                + " (no separate endpoint). psql: the same look-ups, EXPLAIN ANALYZE execution time, median of 5.");
        md.paragraph(summary.toString());
    }

    /** The loaded letters look like the ones the app sent: the same kind of row, and each seal matches its text. */
    private void shape(int size) {
        String area = "(select id from registry.area where code = '" + AREA + "')";
        String kinds = psql.run(
                        "select count(distinct (kind, status, register, year, circular, to_all_schools, urgency,"
                                + " secrecy, origin, search is null, content_sha256 is null, sent_at is null)) || '|'"
                                + " || count(*) filter (where content_sha256 <> encode(sha256(convert_to(subject || E'\\n'"
                                + " || body, 'UTF8')), 'hex')) from correspondence.letter where area_id = " + area)
                .orThrow()
                .output();
        check(
                String.format(
                        "%,d letters: API-sent and loaded letters have one shape, every seal matches its text"
                                + " (shapes|broken seals: %s)",
                        size, kinds),
                kinds.equals("1|0"));
    }

    private void measure(int size, long deliveries, double loading, String code, long schoolId, InboxPlans plans) {
        String load = MachineInfo.loadAverage();
        String inbox = "/api/v1/correspondence/inbox?org=" + code + "&page=1";
        String search = "/api/v1/correspondence/search?org=" + code + "&q="
                + URLEncoder.encode(LetterLoader.SEARCHED, StandardCharsets.UTF_8);
        String started = "/api/v1/correspondence/search?org=" + code + "&q="
                + URLEncoder.encode(STARTED, StandardCharsets.UTF_8);
        List<Api> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(signedIn(port, CLERK));
        }
        Api.Response first = users.get(0).get(inbox);
        long unread = Json.number(first.body(), "unread").orElse(-1);
        long stored = psql.count("correspondence.delivery where school_id = " + schoolId + " and state = 'NEW'");
        check(
                String.format("%,d letters: the inbox answered 200 with unread %,d (psql: %,d)", size, unread, stored),
                first.status() == 200 && unread == stored);
        Api.Response found = users.get(0).get(search);
        check(
                String.format(
                        "%,d letters: the search for %s found letters (HTTP %d)",
                        size, LetterLoader.SEARCHED, found.status()),
                found.status() == 200 && found.body().contains("letter_id"));
        load(users.subList(0, 1), 20, inbox);
        Latencies one = load(users.subList(0, 1), 100, inbox);
        Latencies ten = load(users, 30, inbox);
        load(users.subList(0, 1), 5, search);
        Latencies searching = load(users.subList(0, 1), 30, search);
        check(
                String.format("%,d letters: the search for %s (typed halfway) found letters", size, STARTED),
                users.get(0).get(started).body().contains("letter_id"));
        load(users.subList(0, 1), 5, started);
        Latencies halfway = load(users.subList(0, 1), 30, started);
        InboxPlans.Plan page = plans.inbox(schoolId);
        InboxPlans.Plan count = plans.unread(schoolId);
        long areaId = Long.parseLong(psql.run("select id from registry.area where code = '" + AREA + "'")
                .orThrow()
                .output());
        InboxPlans.Plan words = plans.search(areaId, schoolId, LetterLoader.SEARCHED);
        InboxPlans.Plan appWords = plans.searchAsTheAppWritesIt(areaId, schoolId, LetterLoader.SEARCHED);
        InboxPlans.Plan appStarted = plans.searchAsTheAppWritesIt(areaId, schoolId, STARTED);
        check(
                String.format("%,d letters: the inbox look-up uses delivery_school_inbox_idx", size),
                page.uses("delivery_school_inbox_idx"));
        check(
                String.format("%,d letters: the unread count uses delivery_school_unread_idx", size),
                count.uses("delivery_school_unread_idx"));
        try {
            Files.writeString(
                    out.resolve("correspondence-plans-" + size + ".txt"),
                    "-- inbox\n" + page.text() + "\n\n-- unread\n" + count.text() + "\n\n-- search\n" + words.text()
                            + "\n\n-- search as LetterSearch writes it\n" + appWords.text()
                            + "\n\n-- typed halfway, as LetterSearch writes it\n" + appStarted.text() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary.append(String.format(
                "| %,d | %,d | %.0f s | %.0f / %.0f ms | %.0f | %.0f / %.0f ms | %.0f | %.0f / %.0f ms | %.0f / %.0f ms"
                        + " | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s |\n",
                size,
                deliveries,
                loading,
                ms(one, 0.5),
                ms(one, 0.95),
                one.throughput(),
                ms(ten, 0.5),
                ms(ten, 0.95),
                ten.throughput(),
                ms(searching, 0.5),
                ms(searching, 0.95),
                ms(halfway, 0.5),
                ms(halfway, 0.95),
                page.millis(),
                count.millis(),
                words.millis(),
                appWords.millis(),
                appStarted.millis(),
                load));
    }

    private static double ms(Latencies l, double q) {
        return 1000 * l.quantile(q);
    }

    /** {@code perUser} requests of {@code path} by each user at once; every answer must be 200. */
    private Latencies load(List<Api> users, int perUser, String path) {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Double> seconds = Collections.synchronizedList(new ArrayList<>());
        List<Integer> failed = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Api user : users) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perUser; i++) {
                    Api.Response r = user.get(path);
                    seconds.add(r.seconds());
                    if (r.status() != 200) {
                        failed.add(r.status());
                    }
                }
            }));
        }
        done.forEach(CorrespondenceBenchmark::join);
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        check(
                String.format(
                        "%d × %d requests of %s answered 200 (%d did not)", users.size(), perUser, path, failed.size()),
                failed.isEmpty());
        return new Latencies(seconds, wall);
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }
}

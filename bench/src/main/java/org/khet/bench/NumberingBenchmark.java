package org.khet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Numbering of official letters (issue 13): two instances of Khet on one database, as behind a load balancer, and
 * 50 letters sent at the same moment, half through each, all numbered in the office's dispatch register. Each round
 * must give the next 50 numbers, none twice and none skipped; its throughput (registrations per second, from the
 * moment the 50 requests are released to the last answer) is set against the physical floor measured in the same
 * run between the app's rounds: the same 50 counter-row increments and register rows done directly in psql
 * ({@link NumberingBaseline}).
 */
final class NumberingBenchmark {

    private static final int SENDS = 50;
    private static final int ROUNDS = 5;
    private static final String AREA = "6790";
    private static final String DIRECTOR = "bench.director6790";
    private static final String DIRECTOR_PASSWORD = "bench-director-password-2569";

    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: NumberingBenchmark <khet.jar> [results.md]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path output = Path.of(args.length > 1 ? args[1] : "bench/out/numbering-results.md");
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        NumberingBenchmark bench = new NumberingBenchmark();
        FreshDataDir.use("numbering-bench-", data -> bench.run(jar, data, dir));
        Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
        System.out.println(bench.md.text());
    }

    private void run(Path jar, Path data, Path dir) {
        md.heading(1, "Khet numbering benchmark: " + SENDS + " concurrent registrations across two instances");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        Path logA = fresh(dir.resolve("numbering-app-a.log"));
        Path logB = fresh(dir.resolve("numbering-app-b.log"));
        try (AppProcess a = AppProcess.start(jar, data, logA)) {
            a.awaitHealthy(new Api(a.port()), Duration.ofMinutes(5));
            // The second instance uses the first one's database, as Khet's own role, and the same data directory.
            Map<String, String> sameDatabase = Map.of(
                    "KHET_DB_URL",
                    "jdbc:postgresql://localhost:" + a.postgresPort() + "/khet",
                    "KHET_DB_USER",
                    "khet",
                    "KHET_DB_PASSWORD",
                    a.khetPassword());
            try (AppProcess b = AppProcess.start(jar, data, logB, List.of(), sameDatabase)) {
                b.awaitHealthy(new Api(b.port()), Duration.ofMinutes(5));
                measure(a, b);
            }
        }
        md.heading(2, "Verification");
        md.bullets(checks);
    }

    private void measure(AppProcess a, AppProcess b) {
        Psql psql = a.psql();
        setUp(a);
        Api onA = signedIn(a.port());
        Api onB = signedIn(b.port());
        long areaId = Long.parseLong(psql.run("select id from registry.area where code = '" + AREA + "'")
                .orThrow()
                .output());
        int year = Integer.parseInt(psql.run("select extract(year from now() at time zone 'Asia/Bangkok') + 543")
                .orThrow()
                .output());
        NumberingBaseline baseline = NumberingBaseline.prepare(psql, areaId, year);
        md.heading(2, "Rounds");
        md.paragraph("Load average at start: " + MachineInfo.loadAverage());
        List<Double> app = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Long> drafts = drafts(onA, round);
            Sent sent = send(drafts, onA, onB);
            NumberingBaseline.Round base = baseline.round(SENDS);
            app.add(sent.seconds());
            floor.add(base.seconds());
            numbers.addAll(sent.sequences());
            List<Integer> expected = range((round - 1) * SENDS + 1, round * SENDS);
            check(
                    "round " + round + ": every send answered 200 (" + sent.failures() + " did not)",
                    sent.failures() == 0);
            check(
                    "round " + round + ": the app gave numbers " + expected.get(0) + ".." + expected.get(SENDS - 1)
                            + " once each",
                    sorted(sent.sequences()).equals(expected));
            check(
                    "round " + round + ": the baseline took " + expected.get(0) + ".." + expected.get(SENDS - 1),
                    sorted(base.sequences()).equals(expected));
            md.measure(
                    "Round " + round,
                    String.format("%.0f /s", SENDS / sent.seconds()),
                    String.format(
                            "app %.3f s (p50 %.0f ms, max %.0f ms per send); psql %.3f s = %.0f /s; ratio %.1f×",
                            sent.seconds(),
                            1000 * sent.latencies().quantile(0.5),
                            1000 * sent.latencies().quantile(1.0),
                            base.seconds(),
                            SENDS / base.seconds(),
                            sent.seconds() / base.seconds()));
        }
        double appMedian = median(app);
        double floorMedian = median(floor);
        md.measure(
                "**Median of " + ROUNDS + " rounds**",
                String.format("**%.0f registrations/s**", SENDS / appMedian),
                String.format(
                        "app %.3f s for %d; physical baseline %.3f s = %.0f /s; ratio %.1f×",
                        appMedian, SENDS, floorMedian, SENDS / floorMedian, appMedian / floorMedian));
        md.paragraph("Load average at end: " + MachineInfo.loadAverage());
        verify(psql, areaId, numbers, baseline);
    }

    private void verify(Psql psql, long areaId, List<Integer> numbers, NumberingBaseline baseline) {
        List<Integer> all = range(1, ROUNDS * SENDS);
        check(
                "all " + all.size() + " answers together: no duplicate, no gap",
                sorted(numbers).equals(all));
        String stored = psql.run("select count(*) || ' rows, ' || count(distinct sequence) || ' distinct, '"
                        + " || min(sequence) || '..' || max(sequence) from correspondence.register_entry"
                        + " where area_id = " + areaId + " and school_id is null and register = 'DISPATCH'")
                .orThrow()
                .output();
        String expected = all.size() + " rows, " + all.size() + " distinct, 1.." + all.size();
        check("the app's dispatch register holds " + stored, stored.equals(expected));
        String floor = baseline.counts();
        check("the baseline's register holds " + floor, floor.equals(expected));
    }

    /** The area (its letter prefix "ศธ 06790"), one school to write to, and the office's director. */
    private void setUp(AppProcess a) {
        Api admin = new Api(a.port());
        admin.login("admin", AppProcess.ADMIN_PASSWORD);
        Api.Response area = admin.postJson(
                "/api/v1/areas",
                Json.object(Map.of(
                        "code",
                        AREA,
                        "name_th",
                        "สพป.ทดสอบ " + AREA,
                        "name_en",
                        "Test area " + AREA,
                        "letter_prefix",
                        "ศธ 0" + AREA)));
        check("area created (HTTP " + area.status() + ")", area.status() == 201);
        try {
            Path csv = Files.createTempFile("numbering-school-", ".csv");
            Files.writeString(csv, """
                    area_code,school_code,name_th,network,amphoe,tambon,students
                    %s,%s0001,โรงเรียนทดสอบ %s-1,เครือข่ายทดสอบ,เมือง,ในเมือง,120
                    """.formatted(AREA, AREA, AREA));
            Api.Response school = admin.upload("/api/v1/schools/import", csv);
            check("school imported (HTTP " + school.status() + ")", school.ok());
            Files.delete(csv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Api.Response user = admin.postJson("/api/v1/users", """
                {"username": "%s", "password": "%s", "display_name": "ผู้อำนวยการเขตทดสอบ",
                 "grants": [{"role": "AREA_DIRECTOR", "area_code": "%s"}]}""".formatted(DIRECTOR, DIRECTOR_PASSWORD, AREA));
        check("director's account made (HTTP " + user.status() + ")", user.status() == 201);
    }

    private static Api signedIn(int port) {
        Api api = new Api(port);
        Api.Response r = api.login(DIRECTOR, DIRECTOR_PASSWORD);
        if (!r.ok()) {
            throw new IllegalStateException("token on port " + port + ": " + r.status() + " " + r.excerpt());
        }
        return api;
    }

    /** 50 drafts to the school, written before the clock starts. */
    private static List<Long> drafts(Api api, int round) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= SENDS; i++) {
            Api.Response r = api.postJson("/api/v1/correspondence/letters", """
                    {"from": "%s", "kind": "EXTERNAL", "subject": "หนังสือทดสอบการออกเลข รอบ %d ฉบับ %d",
                     "body": "ข้อความ", "to": {"schools": ["%s0001"]}}""".formatted(AREA, round, i, AREA));
            if (r.status() != 201) {
                throw new IllegalStateException("draft: " + r.status() + " " + r.excerpt());
            }
            ids.add(Json.number(r.body(), "id").orElseThrow());
        }
        return ids;
    }

    private record Sent(double seconds, List<Integer> sequences, int failures, Latencies latencies) {}

    /** Releases the 50 sends at once, alternately through A and B; wall time from release to the last answer. */
    private static Sent send(List<Long> drafts, Api onA, Api onB) {
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        CyclicBarrier together = new CyclicBarrier(drafts.size() + 1);
        List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Api through = i % 2 == 0 ? onA : onB;
            String path = "/api/v1/correspondence/letters/" + drafts.get(i) + "/send";
            answers.add(CompletableFuture.supplyAsync(
                    () -> {
                        awaitAll(together);
                        return through.postJson(path, "");
                    },
                    pool));
        }
        awaitAll(together);
        long start = System.nanoTime();
        List<Integer> sequences = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        int failures = 0;
        for (var answer : answers) {
            Api.Response r = answer.join();
            latencies.add(r.seconds());
            if (r.status() == 200) {
                sequences.add((int) Json.number(r.body(), "sequence").orElseThrow());
            } else {
                failures++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Sent(seconds, sequences, failures, new Latencies(latencies, seconds));
    }

    private static void awaitAll(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> sorted(List<Integer> numbers) {
        return numbers.stream().sorted().toList();
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static Path fresh(Path log) {
        try {
            Files.deleteIfExists(log);
            return log;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }
}

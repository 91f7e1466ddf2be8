package org.khet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the achievement module at national scale, each figure beside a physical baseline of the same run:
 * the school-level and student-level imports against psql's {@code \copy} of the same files; grouping every
 * school of all 245 areas under each preset policy; and the dashboard pages of a 300-school area with ten years of
 * results at 20 concurrent users, against a static file served by the same app at the same concurrency.
 *
 * <p>Usage: {@code AchievementBenchmark <khet.jar> [registry-dir] [results.md]}.
 */
public final class AchievementBenchmark {

    private static final List<String> PRESETS = List.of("SEED", "OBEC_AREA", "FIXED_BANDS", "ONESQA_LOWER_LIMIT");
    private static final int USERS = 20;
    private static final int REQUESTS_PER_USER = 40;
    private static final int WARMING_PASSES = 3;

    private final Path registry;
    private final Path out;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private static final String DIRECTOR = "bench.director";
    private static final String DIRECTOR_PASSWORD = "bench-director-2569";

    /** The app under test, once started: the page load reads its CPU time. */
    private AppProcess app;

    /** With {@code --dashboards-only}: only the dashboard area's data and the page load, for quick iterations. */
    private boolean dashboardsOnly;

    private AchievementBenchmark(Path registry, Path out) {
        this.registry = registry;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "Usage: AchievementBenchmark <khet.jar> [registry-dir] [results.md] [--dashboards-only]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/achievement-results.md");
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("achievement-app.log");
        Files.deleteIfExists(log);
        AchievementBenchmark bench = new AchievementBenchmark(registry, dir.resolve("achievement"));
        bench.dashboardsOnly = args.length > 3 && args[3].equals("--dashboards-only");
        FreshDataDir.use("achievement-bench-", dataDir -> bench.run(jar, dataDir, log));
        Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
        System.out.println(bench.md.text());
        System.out.println("Written to " + output.toAbsolutePath() + "; app log in " + log);
    }

    private void run(Path jar, Path dataDir, Path log) {
        md.heading(1, "Khet achievement benchmark");
        ResultsGenerator.Written files = ResultsGenerator.write(registry, out);
        md.paragraph(String.format(
                "Generated: %,d school means (29,000 schools × O-NET P6 and M3 × 4 subjects, 2567), %,d student"
                        + " scores (O-NET P6 2568, %d area files), national and OBEC references, and %,d rows of"
                        + " ten years of P6 results for a %d-school area.",
                files.schoolRows(),
                files.studentRows(),
                files.studentFiles(),
                files.historyRows(),
                ResultsGenerator.DASHBOARD_SCHOOLS));
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        try (AppProcess app = AppProcess.start(jar, dataDir, log)) {
            Api api = new Api(app.port());
            app.awaitHealthy(api, Duration.ofMinutes(5));
            Psql psql = app.psql();
            md.heading(2, "Results");
            if (api.login("admin", AppProcess.ADMIN_PASSWORD).status() == 201 && setUp(api)) {
                if (dashboardsOnly) {
                    Api.Response refs = api.upload("/api/v1/achievement/imports", out.resolve("references.csv"));
                    check("references imported (HTTP " + refs.status() + ")", refs.ok());
                    importHistory(api);
                } else {
                    imports(api, psql, files);
                    grouping(api);
                }
                this.app = app;
                dashboards(app.port(), psql);
            }
            md.measure("Stop (SIGTERM until exit)", String.format("%.2f s", app.stop()), "");
        }
        md.heading(2, "Verification");
        md.bullets(checks);
        if (!problems.isEmpty()) {
            md.heading(2, "Problems seen");
            md.bullets(problems);
        }
    }

    /** The registry's areas and schools, and the dashboard area with its 300 schools. */
    private boolean setUp(Api api) {
        Areas.Created areas = Areas.create(api, registry);
        problems.addAll(areas.problems());
        Api.Response schools = api.upload("/api/v1/schools/import", registry.resolve("schools.csv"));
        Api.Response area = api.postJson(
                "/api/v1/areas",
                Json.object(java.util.Map.of(
                        "code", ResultsGenerator.DASHBOARD_AREA,
                        "name_th", "สพป.ทดสอบภาระ เขต 1",
                        "name_en", "Load Test Area 1",
                        "letter_prefix", "ศธ 04999",
                        "province", "ทดสอบ")));
        Api.Response areaSchools = api.upload("/api/v1/schools/import", out.resolve("dashboard-area-schools.csv"));
        md.measure(
                "Set-up: areas and schools",
                String.format("%.1f s", areas.seconds() + schools.seconds() + areaSchools.seconds()),
                areas.created() + " areas; schools HTTP " + schools.status() + "; dashboard area HTTP " + area.status()
                        + ", its schools HTTP " + areaSchools.status());
        return areas.created() == areas.total() && schools.ok() && areaSchools.ok();
    }

    private void imports(Api api, Psql psql, ResultsGenerator.Written files) {
        Api.Response refs = api.upload("/api/v1/achievement/imports", out.resolve("references.csv"));
        check("references imported (HTTP " + refs.status() + ")", refs.ok());
        Api.Response schools = api.upload("/api/v1/achievement/imports", out.resolve("school-means-2567.csv"));
        check("school means: HTTP " + schools.status() + " " + shortBody(schools), schools.ok());
        double schoolCopy = copy(psql, "school_means", out.resolve("school-means-2567.csv"), 8);
        md.measure(
                "School means import (app)",
                String.format("%.2f s", schools.seconds()),
                String.format(
                        "%,d rows in one request; %,.0f rows/s",
                        files.schoolRows(), files.schoolRows() / schools.seconds()));
        md.measure("School means `\\copy` (baseline)", String.format("%.2f s", schoolCopy), "median of 3");
        md.measure("School means ratio app / COPY", String.format("%.1f×", schools.seconds() / schoolCopy), "");
        ShapedBaseline shapedSchools = ShapedBaseline.run(
                psql,
                out,
                "school-means",
                List.of(new ShapedBaseline.Part("achievement", "school_result", "academic_year = 2567")));
        shapedSchools.report(md, "School means", schools.seconds(), "school results");

        List<Path> areaFiles = list(out.resolve("students-by-area"));
        double students = 0;
        int failed = 0;
        for (Path f : areaFiles) {
            Api.Response r = api.upload("/api/v1/achievement/imports", f);
            students += r.seconds();
            if (!r.ok()) {
                failed++;
                if (problems.size() < 5) {
                    problems.add("students " + f.getFileName() + ": HTTP " + r.status() + " " + r.excerpt());
                }
            }
        }
        double studentCopy = copy(psql, "student_scores", out.resolve("students-2568.csv"), 7);
        md.measure(
                "Student scores import + aggregation (app)",
                String.format("%.2f s", students),
                String.format(
                        "%,d rows in %d requests, one per area, sequential; %,.0f rows/s",
                        files.studentRows(), areaFiles.size(), files.studentRows() / students));
        md.measure("Student scores `\\copy` (baseline)", String.format("%.2f s", studentCopy), "one file, median of 3");
        md.measure("Student scores ratio app / COPY", String.format("%.1f×", students / studentCopy), "");
        ShapedBaseline shapedStudents = ShapedBaseline.run(
                psql,
                out,
                "student-scores",
                List.of(
                        new ShapedBaseline.Part("achievement", "student_score", "true"),
                        new ShapedBaseline.Part(
                                "achievement", "school_result", "academic_year = 2568 and from_students")));
        shapedStudents.report(md, "Student scores", students, "scores and the school results aggregated from them");
        long stored = psql.count("achievement.student_score");
        check("all student files accepted (" + failed + " refused)", failed == 0);
        check(
                "student_score holds " + stored + " rows (expected " + files.studentRows() + ")",
                stored == files.studentRows());
        long aggregated = Long.parseLong(
                psql.run("select count(*) from achievement.school_result where academic_year = 2568 and from_students")
                        .orThrow()
                        .output());
        check(
                "school results aggregated from students: " + aggregated + " (expected 29000 × 4 = 116000)",
                aggregated == 116_000);
        importHistory(api);
    }

    private void importHistory(Api api) {
        Api.Response history = api.upload("/api/v1/achievement/imports", out.resolve("dashboard-area-history.csv"));
        check("dashboard area history imported (HTTP " + history.status() + ")", history.ok());
    }

    /** The baseline: psql's own {@code \copy} of the same file into an all-text table without indexes. */
    private static double copy(Psql psql, String table, Path csv, int columns) {
        String cols = java.util.stream.IntStream.range(0, columns)
                .mapToObj(i -> "c" + i + " text")
                .collect(Collectors.joining(", "));
        psql.run("create schema if not exists bench_baseline").orThrow();
        psql.run("drop table if exists bench_baseline." + table).orThrow();
        psql.run("create table bench_baseline." + table + " (" + cols + ")").orThrow();
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            psql.run("truncate bench_baseline." + table).orThrow();
            runs[i] = psql.run("\\copy bench_baseline." + table + " from '"
                            + csv.toAbsolutePath().toString().replace("'", "''") + "' with (format csv, header true)")
                    .orThrow()
                    .seconds();
        }
        Arrays.sort(runs);
        return runs[1];
    }

    /** Every school of all 245 areas, each area grouped on its own, under each preset: median of five requests. */
    private void grouping(Api api) {
        for (String preset : PRESETS) {
            for (String subject : List.of("ALL", "MATH")) {
                String path = "/api/v1/achievement/quality-groups?year=2568&exam=ONET&grade=P6&subject=" + subject
                        + "&policy=" + preset;
                Api.Response warm = api.get(path);
                double[] runs = new double[5];
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = api.get(path).seconds();
                }
                Arrays.sort(runs);
                long schools = warm.body().split("\"school_code\"", -1).length - 1L;
                long grouped = schools - (warm.body().split("\"group\":null", -1).length - 1L);
                md.measure(
                        "Group all areas: " + preset + ", " + subject,
                        String.format("%.3f s", runs[2]),
                        String.format(
                                "median of 5 (min %.3f, max %.3f); %,d schools in the answer, %,d grouped;"
                                        + " HTTP %d, %,d bytes of JSON",
                                runs[0],
                                runs[4],
                                schools,
                                grouped,
                                warm.status(),
                                warm.body().length()));
                // Every school that sits O-NET P6: the registry's 29,000 and the dashboard area's 300.
                long expected = 29_000L + ResultsGenerator.DASHBOARD_SCHOOLS;
                check(
                        preset + " " + subject + " answered " + schools + " schools (expected " + expected + ")",
                        warm.ok() && schools == expected);
            }
        }
    }

    /**
     * 20 users signed in as the area's director read the dashboard pages of the 300-school area; a static file is
     * the floor.
     */
    private void dashboards(int port, Psql psql) {
        String area = psql.run("select id from registry.area where code = '" + ResultsGenerator.DASHBOARD_AREA + "'")
                .orThrow()
                .output();
        String school = psql.run("select min(id) from registry.school where area_id = " + area)
                .orThrow()
                .output();
        WebSession admin = new WebSession(port);
        boolean created = admin.signIn("admin", AppProcess.ADMIN_PASSWORD)
                && admin.submit(
                        "/admin/users/new",
                        "/admin/users",
                        java.util.Map.of(
                                "username",
                                DIRECTOR,
                                "displayName",
                                "ผู้อำนวยการเขตทดสอบ",
                                "email",
                                "",
                                "password",
                                DIRECTOR_PASSWORD,
                                "role",
                                "AREA_DIRECTOR",
                                "areaId",
                                area));
        check("the area director's account created through the user screen", created);
        List<WebSession> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            WebSession s = new WebSession(port);
            if (!s.signIn(DIRECTOR, DIRECTOR_PASSWORD)) {
                problems.add("web sign-in failed for user " + i);
                return;
            }
            users.add(s);
        }
        load(users, "/css/khet.css", "Static file (baseline)");
        load(users, "/achievement?area=" + area, "Area dashboard");
        load(users, "/achievement/schools/" + school, "School page");
        load(users, "/achievement/progress?area=" + area, "Targets and progress");
        load(users, "/achievement/rewards?area=" + area, "Rewards");
        // The load as it was read before 2026-12-01, answers decoded into Java strings, for what that costs the client.
        pass(
                users,
                "/achievement?area=" + area,
                "Area dashboard at " + users.size() + " users, answers decoded to text (the client before 2026-12-01)",
                true,
                true);
    }

    /**
     * Passes of 20 users × 40 requests each. The first pass is the first 800 requests the page gets after the app
     * started, while the JVM still compiles the page's code; the three after it let the compiler finish (the app
     * and the load client share two CPUs); the last is an app in service, and the goal is read on it, as is the
     * static file's floor. Every pass is recorded.
     */
    private void load(List<WebSession> users, String path, String what) {
        users.get(0).get(path);
        long[] weight = users.get(0).weight(path);
        md.measure(
                what + ": page weight",
                String.format("%,d kB", weight[0] / 1024),
                String.format("%,d kB to a browser that asks for gzip", weight[1] / 1024));
        String at = what + " at " + users.size() + " users";
        pass(users, path, at + ", first pass (JIT compiling)", true);
        List<String> p95s = new ArrayList<>();
        List<String> appCpu = new ArrayList<>();
        for (int i = 0; i < WARMING_PASSES; i++) {
            Pass warming = pass(users, path, at + ", warming pass " + (i + 2), false);
            p95s.add(String.format("%.0f", 1000 * warming.p95()));
            appCpu.add(String.format("%.1f", warming.cpu().appMs()));
        }
        md.measure(
                at + ", warming passes 2–" + (WARMING_PASSES + 1),
                "p95 " + String.join(", ", p95s) + " ms",
                "800 requests each; the app's CPU per request " + String.join(", ", appCpu) + " ms");
        pass(users, path, at, true);
    }

    /** A pass's p95 in seconds, and the CPU its requests cost each part of the run on average. */
    private record Pass(double p95, ProcCpu.Sample cpu) {}

    /** One pass; records it in full when asked. */
    private Pass pass(List<WebSession> users, String path, String label, boolean record) {
        return pass(users, path, label, record, false);
    }

    /** One pass, reading each answer as bytes or, when asked, decoding it to text; records it when asked. */
    private Pass pass(List<WebSession> users, String path, String label, boolean record, boolean asText) {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ProcCpu.Sample cpuBefore = ProcCpu.of(app);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (WebSession user : users) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_USER; i++) {
                    if (asText) {
                        Api.Response r = user.get(path);
                        latencies.add(r.seconds());
                        statuses.add(r.body().isEmpty() ? -1 : r.status());
                    } else {
                        WebSession.Read r = user.read(path);
                        latencies.add(r.seconds());
                        statuses.add(r.bytes() > 0 ? r.status() : -1);
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception e) {
                problems.add(label + ": " + e);
            }
        }
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        Latencies measured = new Latencies(latencies, wall);
        ProcCpu.Sample cpu = ProcCpu.of(app).since(cpuBefore).per(measured.count());
        long ok = statuses.stream().filter(s -> s == 200).count();
        if (record) {
            md.measure(label, measured.p95(), measured.details(", " + ok + " answered 200") + "; " + cpu.perRequest());
        }
        check(label + ": every request answered 200", ok == measured.count());
        return new Pass(measured.quantile(0.95), cpu);
    }

    private static String shortBody(Api.Response r) {
        return r.excerpt().length() > 160 ? r.excerpt().substring(0, 160) : r.excerpt();
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

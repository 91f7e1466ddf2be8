package org.khet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the app's registry import at national scale against PostgreSQL's own COPY of the same rows, in the same
 * run, on the same database server, so the ratio says what validation, merging and auditing cost on top of the
 * fastest possible load, independently of the machine. Also measures a first start and the memory used.
 *
 * <p>Usage: {@code ImportBenchmark <khet.jar> [registry-dir] [results.md]} with the registry written by
 * {@link RegistryGenerator}; defaults {@code bench/out/registry} and {@code bench/out/import-results.md}.
 */
public final class ImportBenchmark {

    private static final long SCHOOLS = RegistryGenerator.SCHOOLS;
    private static final long PEOPLE = RegistryGenerator.PEOPLE;

    private final Path registry;
    private final Path outputDir;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ImportBenchmark(Path registry, Path outputDir) {
        this.registry = registry;
        this.outputDir = outputDir;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: ImportBenchmark <khet.jar> [registry-dir] [results.md]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/import-results.md");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path log = output.toAbsolutePath().resolveSibling("import-app.log");
        Files.deleteIfExists(log);
        Path dataDir = Files.createTempDirectory("import-bench-");
        ImportBenchmark bench =
                new ImportBenchmark(registry, output.toAbsolutePath().getParent());
        try {
            bench.run(jar, dataDir, log);
        } finally {
            if (System.getenv("BENCH_KEEP_DATA") == null) {
                deleteTree(dataDir);
            }
        }
        String text = bench.md.text();
        Files.writeString(output, text, StandardCharsets.UTF_8);
        System.out.println(text);
        System.out.println("Written to " + output.toAbsolutePath() + "; app log in " + log);
    }

    private void run(Path jar, Path dataDir, Path log) {
        md.heading(1, "Khet import benchmark");
        md.paragraph("Registry from `RegistryGenerator` (seed " + RegistryGenerator.SEED + "): 245 areas, "
                + String.format("%,d schools, %,d people", SCHOOLS, PEOPLE)
                + ". App times are client-side wall clock per HTTP request (upload, parse, validate, COPY into a"
                + " staging table, merge, audit, commit). Baseline: `psql \\copy` of the same CSV files into plain"
                + " all-text tables without indexes in schema `bench_baseline` of the same embedded PostgreSQL,"
                + " timed as the wall clock of the psql process (median of three runs into an emptied table).");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        try (AppProcess app = AppProcess.start(jar, dataDir, log)) {
            Api api = new Api(app.port());
            double coldStart = app.awaitHealthy(api, Duration.ofMinutes(5));
            Psql psql = app.psql();
            md.heading(2, "Results");
            md.measure(
                    "Cold start",
                    seconds(coldStart),
                    "process start → `/actuator/health` UP; fresh data dir, so includes unpacking and initdb of"
                            + " the embedded PostgreSQL "
                            + psql.run("show server_version").output()
                            + " and all migrations");
            memory("after start", app);
            if (login(api) && createAreas(api)) {
                importAndCompare(api, psql);
                memory("after import", app);
                storage(psql);
            }
            verify(psql);
            md.measure("Stop (SIGTERM until exit)", seconds(app.stop()), "after the import; see the app log");
        }
        restart(jar, dataDir, log);
        md.measure("Load average at the end (1/5/15 min)", MachineInfo.loadAverage(), "");
        md.heading(2, "Verification");
        md.bullets(checks);
        if (!problems.isEmpty()) {
            md.heading(2, "Problems seen in the app");
            md.bullets(problems);
        }
    }

    private boolean login(Api api) {
        Api.Response r = api.login("admin", AppProcess.ADMIN_PASSWORD);
        if (r.status() != 201) {
            problems.add("POST /api/v1/tokens answered HTTP " + r.status() + ": " + r.excerpt());
            return false;
        }
        return true;
    }

    private boolean createAreas(Api api) {
        Areas.Created areas = Areas.create(api, registry);
        problems.addAll(areas.problems());
        md.measure(
                "Create areas",
                seconds(areas.seconds()),
                areas.created() + " of " + areas.total()
                        + " via `POST /api/v1/areas`, one request each (with their units)");
        return areas.created() == areas.total();
    }

    private void importAndCompare(Api api, Psql psql) {
        UploadSeries schools = importSchools(api);
        List<Path> peopleFiles = files("people-by-area");
        UploadSeries people = new UploadSeries();
        for (Path f : peopleFiles) {
            people.add(f, api.upload("/api/v1/people/import", f));
        }
        people.failures().stream().limit(5).forEach(f -> problems.add("People import " + f));
        writeTimings(people);
        Path largest = peopleFiles.stream()
                .max(Comparator.comparingLong(ImportBenchmark::size))
                .orElseThrow();
        Api.Response again = api.upload("/api/v1/people/import", largest);

        Baseline baseline = Baseline.run(psql, registry);
        ShapedBaseline shapedSchools = ShapedBaseline.run(
                psql,
                outputDir,
                "schools",
                List.of(
                        new ShapedBaseline.Part("registry", "network", "true"),
                        new ShapedBaseline.Part("registry", "school", "true"),
                        new ShapedBaseline.Part("registry", "enrolment", "true"),
                        new ShapedBaseline.Part("platform", "audit_event", "entity_type in ('school', 'enrolment')")));
        ShapedBaseline shapedPeople = ShapedBaseline.run(
                psql,
                outputDir,
                "people",
                List.of(
                        new ShapedBaseline.Part("registry", "person", "true"),
                        new ShapedBaseline.Part("platform", "audit_event", "entity_type = 'person'")));
        md.measure(
                "Schools import (app)",
                seconds(schools.totalSeconds()),
                schools.requests() + " request(s); " + schools.summary() + "; " + rate(schools.rows(), schools));
        md.measure(
                "Schools COPY (baseline)",
                seconds(baseline.schoolSeconds()),
                "schools.csv in one `\\copy` (median of 3); " + rate(baseline.schools(), baseline.schoolSeconds()));
        md.measure("Schools ratio app / COPY", ratio(schools.totalSeconds(), baseline.schoolSeconds()), "");
        shapedSchools.report(md, "Schools", schools.totalSeconds(), "networks, schools, students, their audit rows");
        md.measure(
                "People import (app)",
                seconds(people.totalSeconds()),
                people.requests() + " requests, one per area file, sequential; " + people.summary() + "; "
                        + rate(people.rows(), people));
        md.measure(
                "People import per area request",
                String.format("median %.2f s", people.quantile(0.5)),
                String.format("p95 %.2f s, max %.2f s", people.quantile(0.95), people.quantile(1.0)));
        md.measure(
                "People COPY (baseline)",
                seconds(baseline.peopleSeconds()),
                "people.csv in one `\\copy` (median of 3); " + rate(baseline.people(), baseline.peopleSeconds()));
        md.measure("People ratio app / COPY", ratio(people.totalSeconds(), baseline.peopleSeconds()), "");
        shapedPeople.report(md, "People", people.totalSeconds(), "people and their audit rows");
        reimport(largest, again);
        check(
                "app reported " + PEOPLE + " people rows, all created",
                people.rows() == PEOPLE && people.created() == PEOPLE);
        check(
                "baseline COPY loaded " + SCHOOLS + " schools and " + PEOPLE + " people",
                baseline.schools() == SCHOOLS && baseline.people() == PEOPLE);
    }

    private void writeTimings(UploadSeries people) {
        Path file = outputDir.resolve("people-requests.csv");
        List<String> lines = new ArrayList<>(List.of("file,status,seconds,rows"));
        lines.addAll(people.timings());
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add("Cannot write " + file + ": " + e.getMessage());
        }
    }

    private UploadSeries importSchools(Api api) {
        UploadSeries single = new UploadSeries();
        single.add(
                registry.resolve("schools.csv"), api.upload("/api/v1/schools/import", registry.resolve("schools.csv")));
        if (single.failures().isEmpty()) {
            return single;
        }
        problems.add("Schools import of the single file " + single.failures().get(0)
                + " — fell back to one request per area");
        UploadSeries perArea = new UploadSeries();
        for (Path f : files("schools-by-area")) {
            perArea.add(f, api.upload("/api/v1/schools/import", f));
        }
        perArea.failures().stream().limit(5).forEach(f -> problems.add("Schools import " + f));
        return perArea;
    }

    private void reimport(Path file, Api.Response r) {
        long rows = lines(file) - 1;
        long unchanged = Json.number(r.body(), "unchanged").orElse(-1);
        md.measure(
                "Re-import of one area's people (unchanged)",
                seconds(r.seconds()),
                file.getFileName() + " (" + rows + " rows, the largest area): HTTP " + r.status() + " " + r.excerpt());
        check(
                "re-import of " + file.getFileName() + " reported all " + rows + " rows unchanged",
                r.status() == 200 && unchanged == rows);
    }

    private void memory(String when, AppProcess app) {
        ProcMemory.Usage java = ProcMemory.of(app.pid());
        md.measure(
                "App JVM memory " + when,
                "RSS " + ProcMemory.Usage.mb(java.rssKb()),
                "peak RSS (VmHWM) so far " + ProcMemory.Usage.mb(java.hwmKb()) + "; PSS "
                        + ProcMemory.Usage.mb(java.pssKb()));
        app.postmasterPid().ifPresent(pid -> {
            ProcMemory.Usage pg = ProcMemory.tree(pid);
            md.measure(
                    "PostgreSQL memory " + when,
                    "PSS " + ProcMemory.Usage.mb(pg.pssKb()),
                    pg.processes() + " processes; RSS summed " + ProcMemory.Usage.mb(pg.rssKb())
                            + " (counts shared buffers once per process)");
        });
    }

    /** What national scale costs on disk, and how many audit rows the imports wrote. */
    private void storage(Psql psql) {
        String sizes = psql.run("select pg_size_pretty(pg_database_size('khet')) || ' / '"
                        + " || pg_size_pretty(pg_total_relation_size('registry.person')) || ' / '"
                        + " || pg_size_pretty(pg_total_relation_size('registry.school')) || ' / '"
                        + " || pg_size_pretty(pg_total_relation_size('platform.audit_event')) || ' / '"
                        + " || pg_size_pretty(pg_total_relation_size('" + Baseline.SCHEMA + ".person'))")
                .output();
        md.measure(
                "Disk: database / person / school / audit_event / baseline person",
                sizes,
                "tables with their indexes; the baseline table has none");
        md.measure("Audit events written", String.format("%,d", psql.count("platform.audit_event")), "whole database");
    }

    private void verify(Psql psql) {
        long schools = psql.count("registry.school");
        long people = psql.count("registry.person");
        check("select count(*) from school = " + schools + " (expected " + SCHOOLS + ")", schools == SCHOOLS);
        check("select count(*) from person = " + people + " (expected " + PEOPLE + ")", people == PEOPLE);
    }

    /** A second start on the now full data directory: what an operator sees after a reboot. */
    private void restart(Path jar, Path dataDir, Path log) {
        try (AppProcess app = AppProcess.start(jar, dataDir, log)) {
            double seconds = app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(5));
            md.measure(
                    "Restart with the full registry",
                    seconds(seconds),
                    "same data dir (PostgreSQL already initialised, migrations already applied)");
            memory("after restart", app);
            md.measure("Stop after restart (SIGTERM until exit)", seconds(app.stop()), "idle app");
        } catch (RuntimeException e) {
            problems.add("Restart on the full data directory failed: " + e.getMessage());
        }
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }

    private List<Path> files(String dir) {
        try (Stream<Path> s = Files.list(registry.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + registry.resolve(dir) + "; run RegistryGenerator", e);
        }
    }

    static List<List<String>> readCsv(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> !l.isEmpty()).map(Csv::parseLine).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String seconds(double s) {
        return String.format("%.2f s", s);
    }

    private static String rate(long rows, UploadSeries series) {
        return rate(rows, series.totalSeconds());
    }

    private static String rate(long rows, double seconds) {
        return String.format("%,.0f rows/s", rows / seconds);
    }

    private static String ratio(double app, double copy) {
        return String.format("%.1f×", app / copy);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

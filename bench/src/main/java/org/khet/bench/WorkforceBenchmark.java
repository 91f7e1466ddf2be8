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

/**
 * The workforce plan at national scale (issue 15). The app starts on a fresh embedded database; the registry's 245
 * areas, 29,000 schools (their students as the import stores them: one total per school for the current academic
 * year) and 450,000 people (one people import per area, as {@link ImportBenchmark} does) go in through its API. Then
 * {@code GET /api/v1/personnel/workforce?area_code=} is read for every area as the system administrator, three
 * times each, the median counting; the national total is the sum of the 245 medians (the API answers one area at a
 * time, as an office uses it). Baseline, same run: psql's {@code COPY (…) TO STDOUT} of the same join the plan
 * makes — the area's open schools with their students ({@code registry.school_enrolment}) and their government,
 * contract administrators and teachers ({@code registry.school_staff} left join {@code personnel.employment}) grouped
 * per school — for every area, median of three, and once for the whole country.
 *
 * <p>Usage: {@code WorkforceBenchmark <khet.jar> [registry-dir] [results.md]}.
 */
final class WorkforceBenchmark {

    private static final int RUNS = 3;
    private static final String PATH = "/api/v1/personnel/workforce?area_code=";
    /** The plan's join without its staffing rules; {@code %s} is the area filter of both sides. */
    private static final String JOIN = "copy (with enrolled as (select school_id, sum(students) as students,"
            + " count(*) filter (where grade <> 'ALL' and students > 0) as classes from registry.school_enrolment"
            + " where academic_year = %d %s group by school_id),"
            + " staff as (select st.school_id,"
            + " count(*) filter (where st.position_code in ('SCHOOL_DIRECTOR','SCHOOL_DEPUTY')"
            + " and coalesce(e.employment_type,'GOVERNMENT') = 'GOVERNMENT') as administrators,"
            + " count(*) filter (where st.position_code in ('TEACHER','ASSISTANT_TEACHER')"
            + " and coalesce(e.employment_type,'GOVERNMENT') = 'GOVERNMENT') as teachers,"
            + " count(*) filter (where st.position_code = 'CONTRACT_TEACHER'"
            + " or e.employment_type in ('CONTRACT','TEMPORARY')) as contract_teachers"
            + " from registry.school_staff st left join personnel.employment e on e.person_id = st.person_id"
            + " where st.active %s group by st.school_id)"
            + " select s.code, s.name_th, coalesce(n.students,0), coalesce(n.classes,0), coalesce(t.administrators,0),"
            + " coalesce(t.teachers,0), coalesce(t.contract_teachers,0) from registry.school_summary s"
            + " left join enrolled n on n.school_id = s.id left join staff t on t.school_id = s.id"
            + " where s.status = 'OPEN' %s order by s.code) to stdout";

    private final Path registry;
    private final Path jar;
    private final Path log;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private AppProcess app;
    private Psql psql;

    private WorkforceBenchmark(Path jar, Path registry, Path log) {
        this.jar = jar;
        this.registry = registry;
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: WorkforceBenchmark <khet.jar> [registry-dir] [results.md]");
            System.exit(2);
        }
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/workforce-results.md");
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("workforce-app.log");
        Files.deleteIfExists(log);
        WorkforceBenchmark bench = new WorkforceBenchmark(Path.of(args[0]), registry, log);
        try {
            FreshDataDir.use("workforce-bench-", bench::run);
        } finally {
            Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
            System.out.println(bench.md.text());
        }
    }

    private void run(Path data) {
        md.heading(1, "Khet workforce benchmark: the workforce plan of every area");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        try {
            app = AppProcess.start(jar, data, log);
            double cold = app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(5));
            psql = app.psql();
            Api admin = new Api(app.port());
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            setUp(admin, cold);
            measure(admin);
        } finally {
            if (app != null) {
                app.close();
            }
            md.heading(2, "Verification");
            md.bullets(checks);
            md.paragraph("Load average at end: " + MachineInfo.loadAverage());
        }
    }

    /** The registry through the API: areas, schools in one import, people one import per area. */
    private void setUp(Api admin, double cold) {
        NationalRegistry.load(admin, psql, registry, registry.resolve("people-by-area"), this::check)
                .report(md, cold, "no employment rows (the file has none): everyone counts as government");
    }

    /** Every area's plan through the API and the plain join in psql, median of three each. */
    private void measure(Api admin) {
        List<String> codes = ImportBenchmark.readCsv(registry.resolve("areas.csv")).stream()
                .map(a -> a.get(0))
                .toList();
        md.heading(2, "The workforce plan of every area");
        md.paragraph("Load average before: " + MachineInfo.loadAverage());
        admin.get(PATH + codes.get(0)); // one warm-up request, not counted
        List<Double> app = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<String> slowest = new ArrayList<>();
        long schools = 0;
        long noRule = 0;
        int year = 0;
        for (String code : codes) {
            List<Api.Response> answers = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                answers.add(admin.get(PATH + code));
            }
            Api.Response first = answers.get(0);
            if (!first.ok()) {
                check("GET " + PATH + code + " answered HTTP " + first.status() + ": " + first.excerpt(), false);
                continue;
            }
            year = (int) Json.number(first.body(), "academic_year").orElse(0);
            schools += occurrences(first.body(), "\"school_code\"");
            noRule += occurrences(first.body(), "\"NO_RULE\"");
            double median = median(answers.stream().map(Api.Response::seconds).toList());
            app.add(median);
            slowest.add(String.format(
                    "%.3f s %s (%,d bytes)", median, code, first.body().length()));
        }
        plain.addAll(executionTimes(year, codes));
        double national = baseline(year, "");
        double appTotal = app.stream().mapToDouble(Double::doubleValue).sum();
        double plainTotal = plain.stream().mapToDouble(Double::doubleValue).sum();
        md.measure(
                "245 areas through the API, summed",
                String.format("%.1f s", appTotal),
                String.format("median of %d per area, then summed; academic year %d", RUNS, year));
        md.measure(
                "One area, API",
                String.format("median %.3f s", quantile(app, 0.5)),
                String.format("p95 %.3f s, max %.3f s", quantile(app, 0.95), quantile(app, 1.0)));
        md.measure(
                "245 areas, the same join in PostgreSQL, summed",
                String.format("%.1f s", plainTotal),
                "EXPLAIN (ANALYZE, TIMING OFF) Execution Time per area in one psql session, median of " + RUNS
                        + " (no connecting, no rows sent)");
        md.measure(
                "One area, PostgreSQL execution",
                String.format("median %.3f s", quantile(plain, 0.5)),
                String.format("p95 %.3f s, max %.3f s", quantile(plain, 0.95), quantile(plain, 1.0)));
        md.measure(
                "Whole country, one psql COPY TO STDOUT",
                String.format("%.2f s", national),
                "one psql process, connecting and output included, median of " + RUNS);
        md.measure(
                "Ratio API / PostgreSQL execution (summed per area)",
                String.format("%.1f×", appTotal / plainTotal),
                "");
        md.measure(
                "Schools with no rule for their size",
                String.format("%,d", noRule),
                "criterion_source NO_RULE: above the shipped bands, and no formula entered");
        md.paragraph("Slowest areas: "
                + slowest.stream().sorted(Comparator.reverseOrder()).limit(5).collect(Collectors.joining("; ")));
        long open = psql.count("registry.school where status = 'OPEN'");
        check(String.format("the plans list %,d schools, %,d open schools stored", schools, open), schools == open);
        check(app.size() + " of " + codes.size() + " areas answered", app.size() == codes.size());
    }

    /** The join's server execution time per area, median of three (see {@link ExplainTimes}). */
    private List<Double> executionTimes(int year, List<String> codes) {
        List<String> statements = codes.stream()
                .map(code -> sql(year, " and area_id = (select id from registry.area where code = '" + code + "')")
                        .replaceFirst("^copy \\(", "")
                        .replaceFirst("\\) to stdout$", ""))
                .toList();
        return ExplainTimes.medians(psql, statements, RUNS);
    }

    /** The plan's join as a {@code COPY … TO STDOUT}; {@code areaFilter} is {@code ""} or {@code " and area_id = …"}. */
    static String sql(int year, String areaFilter) {
        return String.format(
                JOIN,
                year,
                areaFilter,
                areaFilter.replace("area_id", "st.area_id"),
                areaFilter.replace("area_id", "s.area_id"));
    }

    /** Median seconds of the plain join in psql (the whole process, connecting included). */
    private double baseline(int year, String areaFilter) {
        String sql = sql(year, areaFilter);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Psql.Drained d = psql.drain(sql);
            if (d.exitCode() != 0) {
                check("psql baseline failed: " + psql.run(sql).output(), false);
            }
            seconds.add(d.seconds());
        }
        return median(seconds);
    }

    private void check(String what, boolean ok) {
        checks.add((ok ? "PASS " : "FAIL ") + what);
    }

    private static long occurrences(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double q) {
        return new Latencies(values, 1).quantile(q);
    }
}

package org.khet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A national salary-raise round (issue 15). The registry goes in through the API as for {@link WorkforceBenchmark},
 * but the people files carry the personnel columns ({@link PayrollFiles}: salaries, levels, employment types). Then,
 * for every one of the 245 areas, as its personnel group would: create the round of 1 October 2026 (POOL), allocate
 * it (the pool from the salaries on record, shared among the area's schools by the workforce plan's criterion and the
 * colour groups, small schools pooled per network) and approve it. Then the schools' directors enter their results:
 * every school of the first {@code result-areas} areas (all 245 by default) reads its people and share and sends one
 * percentage for all ({@link SalaryResults}), and the personnel group does the same for each of the office's units
 * that has a share.
 *
 * <p>Baselines, same run: (a) PostgreSQL's execution time of what allocation reads — the workforce plan's join and
 * the salary base, the units' staff — per area ({@link ExplainTimes}); (b) {@code \copy} of every row the round
 * wrote (rounds, schools' and units' shares, clusters, results) into tables of the same shape ({@link ShapedBaseline}).
 *
 * <p>Usage: {@code SalaryRoundBenchmark <khet.jar> [registry-dir] [results.md] [result-areas]}.
 */
final class SalaryRoundBenchmark {

    private static final String ROUNDS = "/api/v1/personnel/salary-rounds";
    private static final String ROUND_DATE = "2026-10-01";
    private static final int PLAN_YEAR = 2569;
    private static final String SALARY_BASE = "select coalesce(sum(e.salary), 0) from registry.school_staff st"
            + " join personnel.employment e on e.person_id = st.person_id where st.active"
            + " and e.employment_type = 'GOVERNMENT' and e.salary is not null";
    /** The office's units' government staff with a salary: their count and salaries, as allocation reads them. */
    private static final String UNIT_STAFF =
            "select p.unit_id, count(*), sum(e.salary) from registry.person_placement p"
                    + " join personnel.employment e on e.person_id = p.id where p.active and p.school_id is null"
                    + " and p.unit_id is not null and e.employment_type = 'GOVERNMENT' and e.salary is not null";

    private final Path jar;
    private final Path registry;
    private final Path log;
    private final int resultAreas;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private Psql psql;

    /** A pass of {@link #allocate}: the round ids in the order of the areas, and the allocations' seconds summed. */
    private record Allocated(List<Long> rounds, double seconds) {}

    private SalaryRoundBenchmark(Path jar, Path registry, Path log, int resultAreas) {
        this.jar = jar;
        this.registry = registry;
        this.log = log;
        this.resultAreas = resultAreas;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: SalaryRoundBenchmark <khet.jar> [registry-dir] [results.md] [result-areas]");
            System.exit(2);
        }
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/salary-results.md");
        int resultAreas = args.length > 3 ? Integer.parseInt(args[3]) : 245;
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("salary-app.log");
        Files.deleteIfExists(log);
        SalaryRoundBenchmark bench = new SalaryRoundBenchmark(Path.of(args[0]), registry, log, resultAreas);
        try {
            FreshDataDir.use("salary-bench-", bench::run);
        } finally {
            Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
            System.out.println(bench.md.text());
        }
    }

    private void run(Path data) {
        md.heading(1, "Khet salary-round benchmark: a national round");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        AppProcess app = null;
        try {
            Path payroll = PayrollFiles.write(registry.resolve("people-by-area"), data.resolve("payroll-people"));
            app = AppProcess.start(jar, data, log);
            double cold = app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(5));
            psql = app.psql();
            Api admin = new Api(app.port());
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            NationalRegistry.load(admin, psql, registry, payroll, this::check)
                    .report(md, cold, "with salary, level, employment type, birth and appointment dates");
            long employed = psql.count("personnel.employment where salary is not null");
            check(String.format("%,d personnel records with a salary", employed), employed > 400_000);
            List<String> codes = ImportBenchmark.readCsv(registry.resolve("areas.csv")).stream()
                    .map(a -> a.get(0))
                    .toList();
            Allocated pool = allocate(admin, codes, "POOL");
            allocate(admin, codes, "HEADCOUNT");
            double results = enterResults(admin, codes, pool.rounds());
            baselines(data, codes, pool.seconds(), results);
        } finally {
            if (app != null) {
                app.close();
            }
            md.heading(2, "Verification");
            md.bullets(checks);
            md.paragraph("Load average at end: " + MachineInfo.loadAverage());
        }
    }

    /** Every area's round by {@code method} created, allocated and approved. */
    private Allocated allocate(Api admin, List<String> codes, String method) {
        md.heading(2, "Every area's " + method + " round: create, allocate, approve");
        md.paragraph("Load average before: " + MachineInfo.loadAverage());
        List<Long> ids = new ArrayList<>();
        List<Double> create = new ArrayList<>();
        List<Double> allocate = new ArrayList<>();
        List<Double> approve = new ArrayList<>();
        for (String code : codes) {
            Api.Response created = admin.postJson(
                    ROUNDS,
                    Json.object(java.util.Map.of("area_code", code, "round_date", ROUND_DATE, "method", method)));
            long id = Json.number(created.body(), "id").orElse(-1);
            Api.Response allocated = admin.postJson(ROUNDS + "/" + id + "/allocate", "{}");
            Api.Response approved = admin.postJson(ROUNDS + "/" + id + "/approve", "{}");
            for (Api.Response r : List.of(created, allocated, approved)) {
                if (!r.ok()) {
                    check("area " + code + ": HTTP " + r.status() + " " + r.excerpt(), false);
                }
            }
            ids.add(id);
            create.add(created.seconds());
            allocate.add(allocated.seconds());
            approve.add(approved.seconds());
        }
        Latencies allocations = new Latencies(allocate, sum(allocate));
        md.measure(
                "245 areas allocated, summed",
                String.format("%.1f s", sum(allocate)),
                "POST …/allocate once per area; create " + String.format("%.1f s", sum(create)) + " and approve "
                        + String.format("%.1f s", sum(approve)) + " summed besides");
        md.measure("One area's allocation", allocations.p95(), allocations.details(""));
        String ofMethod = " where round_id in (select id from personnel.salary_round where method = '" + method + "')";
        long approved = psql.count("personnel.salary_round where state = 'APPROVED' and method = '" + method + "'");
        long shares = psql.count("personnel.salary_allocation" + ofMethod);
        long open = psql.count("registry.school where status = 'OPEN'");
        check(String.format("%d of %d rounds approved", approved, codes.size()), approved == codes.size());
        check(String.format("%,d school shares for %,d open schools", shares, open), shares == open);
        long unitShares = psql.count("personnel.salary_unit_allocation" + ofMethod);
        long staffedUnits = psql.count("(" + UNIT_STAFF + " group by p.unit_id) u");
        check(
                String.format("%,d unit shares for %,d units with government staff", unitShares, staffedUnits),
                unitShares == staffedUnits && staffedUnits > 0);
        md.paragraph("Units: "
                + psql.run("select count(*) || ' units with ' || sum(staff) || ' staff received '"
                                + " || round(sum(received)) || '" + (method.equals("POOL") ? " baht" : " people")
                                + "' from personnel.salary_unit_allocation" + ofMethod)
                        .orThrow()
                        .output()
                        .strip()
                + ".");
        String unit = method.equals("POOL") ? " baht" : " people";
        String pooled = psql.run("select count(*) filter (where pooled) || ' schools pooled in '"
                        + " || count(distinct cluster) filter (where pooled) || ' clusters; pool '"
                        + " || (select round(sum(pool)) from personnel.salary_round where method = '" + method
                        + "') || '" + unit + ", held centrally ' || (select round(sum(held_centrally), 2)"
                        + " from personnel.salary_round where method = '" + method + "') || '" + unit
                        + "' from personnel.salary_allocation" + ofMethod)
                .orThrow()
                .output()
                .strip();
        md.paragraph("Allocated: " + pooled + ".");
        return new Allocated(ids, sum(allocate));
    }

    /** Every school and unit of the first {@code resultAreas} areas enters its results; the seconds summed. */
    private double enterResults(Api admin, List<String> codes, List<Long> rounds) {
        md.heading(2, "Schools and the office's units enter their results");
        List<SalaryResults.Entry> schools = new ArrayList<>();
        List<SalaryResults.Entry> units = new ArrayList<>();
        int areas = Math.min(resultAreas, codes.size());
        for (int i = 0; i < areas; i++) {
            long round = rounds.get(i);
            String body = admin.get(ROUNDS + "/" + round).body();
            Json.strings(body, "school_code")
                    .forEach(s -> schools.add(SalaryResults.enter(admin, round, "schools", s)));
            Json.strings(body, "unit_code").forEach(u -> units.add(SalaryResults.enter(admin, round, "units", u)));
        }
        double seconds = measureEntries("schools", schools, areas) + measureEntries("units", units, areas);
        long people = java.util.stream.Stream.concat(schools.stream(), units.stream())
                .mapToLong(SalaryResults.Entry::people)
                .sum();
        long stored = psql.count("personnel.salary_result");
        check(String.format("%,d results stored, %,d sent", stored, people), stored == people);
        java.util.stream.Stream.concat(schools.stream(), units.stream())
                .filter(e -> e.refusal() != null)
                .limit(5)
                .forEach(e -> check(
                        "refused: " + e.place() + ": HTTP " + e.refusal().status() + " "
                                + e.refusal().excerpt(),
                        false));
        String schoolsOver = over("salary_allocation", "school_id", " where not a.pooled");
        check("schools whose raises exceed their share: " + schoolsOver, schoolsOver.equals("0"));
        String unitsOver = over("salary_unit_allocation", "unit_id", "");
        check("units whose raises exceed their share: " + unitsOver, unitsOver.equals("0"));
        return seconds;
    }

    /** The entries of one kind of place measured; their seconds summed. */
    private double measureEntries(String kind, List<SalaryResults.Entry> entries, int areas) {
        List<Double> seconds =
                entries.stream().map(SalaryResults.Entry::seconds).toList();
        Latencies latencies = new Latencies(seconds, sum(seconds));
        md.measure(
                String.format("%,d %s of %d areas entered, summed", latencies.count(), kind, areas),
                String.format("%.1f s", sum(seconds)),
                String.format(
                        "%,d people; GET and PUT per place",
                        entries.stream().mapToLong(SalaryResults.Entry::people).sum()));
        md.measure("One place's entry (GET + PUT), " + kind, latencies.p95(), latencies.details(""));
        return sum(seconds);
    }

    /** How many places of an allocation table have raises summing over what they received. */
    private String over(String allocations, String place, String where) {
        return psql.run("select count(*) from (select r.round_id, a." + place + " from personnel.salary_result r"
                        + " join personnel." + allocations + " a using (round_id, " + place + ")" + where
                        + " group by 1, 2, a.received having sum(r.raise) > a.received) o")
                .orThrow()
                .output()
                .strip();
    }

    private void baselines(Path data, List<String> codes, double allocation, double results) {
        md.heading(2, "Baselines (same run)");
        List<String> reads = new ArrayList<>();
        for (String code : codes) {
            String area = " and area_id = (select id from registry.area where code = '" + code + "')";
            reads.add(WorkforceBenchmark.sql(PLAN_YEAR, area)
                    .replaceFirst("^copy \\(", "")
                    .replaceFirst("\\) to stdout$", ""));
            reads.add(SALARY_BASE + area.replace("area_id", "st.area_id"));
            reads.add(UNIT_STAFF + area.replace("area_id", "p.area_id") + " group by p.unit_id");
        }
        double read = sum(ExplainTimes.medians(psql, reads, 3));
        md.measure(
                "(a) What allocation reads, PostgreSQL execution, 245 areas summed",
                String.format("%.2f s", read),
                "the plan's join, the salary base and the units' staff per area, EXPLAIN ANALYZE, median of 3");
        String pool = "round_id in (select id from personnel.salary_round where method = 'POOL')";
        ShapedBaseline shares = copy(
                data,
                "salary-allocation",
                List.of(
                        new ShapedBaseline.Part("personnel", "salary_round", "method = 'POOL'"),
                        new ShapedBaseline.Part("personnel", "salary_allocation", pool),
                        new ShapedBaseline.Part("personnel", "salary_unit_allocation", pool),
                        new ShapedBaseline.Part("personnel", "salary_cluster", pool)));
        ShapedBaseline entered =
                copy(data, "salary-results", List.of(new ShapedBaseline.Part("personnel", "salary_result", "true")));
        md.measure(
                "POOL allocation: app / ((a) + (b) of its rows)",
                String.format("%.1f×", allocation / (read + shares.seconds())),
                String.format("%.1f s / (%.2f s + %.2f s)", allocation, read, shares.seconds()));
        md.measure(
                "Results entry: app / (b) of its rows",
                String.format("%.0f×", results / entered.seconds()),
                String.format("%.1f s / %.2f s", results, entered.seconds()));
    }

    /** (b) {@code \copy} of the rows {@code parts} name into tables of the same shape. */
    private ShapedBaseline copy(Path data, String name, List<ShapedBaseline.Part> parts) {
        ShapedBaseline copy = ShapedBaseline.run(psql, data, name, parts);
        md.measure(
                "(b) \\copy of the rows: "
                        + parts.stream().map(ShapedBaseline.Part::table).collect(Collectors.joining(", ")),
                String.format("%.2f s", copy.seconds()),
                String.format("%,d rows into tables of the same shape, median of 3", copy.rows()));
        return copy;
    }

    private void check(String what, boolean ok) {
        checks.add((ok ? "PASS " : "FAIL ") + what);
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}

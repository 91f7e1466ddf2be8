package org.khet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Procurement's OCDS export at national scale (issue 14, step 7). The app starts on a fresh embedded database; the
 * registry's 245 areas and 29,000 schools go in through its API; then for each size the {@link ProcurementLoader}
 * (test data, set-based SQL in psql) brings fiscal year 2569 up to that many procurements with their items, bids,
 * awards and contracts, and the app is restarted so that its start-up backfill writes each new
 * procurement's first release ({@code ReleaseWriter.publishMissing}) — timed, and set against COPY of the same release
 * rows into a table of the same shape. Then {@code GET /api/v1/public/ocds/releases} (no page: the bulk export,
 * streamed from a database cursor) is read twice, counting the releases while they stream and checking the whole
 * answer is well-formed JSON ({@link ReleaseStream}), with the app's RSS and heap in use sampled throughout
 * ({@link MemorySampler}); the baseline is psql's {@code COPY (select release from procurement.release order by date,
 * id) TO STDOUT}, median of three. The point is the app's memory staying flat while the count grows tenfold.
 *
 * <p>Then, at the largest size, the red flags of the whole year ({@link FlagsMeasure}): {@code POST
 * /api/v1/procurements/flags/recompute} as the system administrator for every area ({@code FlagComputation.year}),
 * timed, against two baselines in psql: {@code \copy} of the same flag rows into a table of the same shape, and one
 * plain read of what the indicators compare. With {@code flags-only} as the fifth argument the program loads only
 * the largest size, in one go, and measures only the flags (no release backfill, no export).
 *
 * <p>Usage: {@code ProcurementBenchmark <khet.jar> [registry-dir] [results.md] [sizes, e.g. 10000,100000]
 * [flags-only]}.
 */
final class ProcurementBenchmark {

    private static final String EXPORT = "/api/v1/public/ocds/releases";
    private static final String COPY = "copy (select release from procurement.release order by date, id) to stdout";
    private static final int RUNS = 2;
    private static final int COPY_RUNS = 3;
    private static final String NO_RELEASE =
            "procurement.procurement p where not exists (select 1 from procurement.release r where r.ocid = p.ocid)";

    private final Path registry;
    private final Path out;
    private final Path jar;
    private final Path log;
    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private final StringBuilder summary = new StringBuilder();
    private AppProcess app;
    private Psql psql;

    private ProcurementBenchmark(Path jar, Path registry, Path out, Path log) {
        this.jar = jar;
        this.registry = registry;
        this.out = out;
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "Usage: ProcurementBenchmark <khet.jar> [registry-dir] [results.md] [sizes] [flags-only]");
            System.exit(2);
        }
        Path registry = Path.of(args.length > 1 ? args[1] : "bench/out/registry");
        Path output = Path.of(args.length > 2 ? args[2] : "bench/out/procurement-results.md");
        List<Integer> sizes = Arrays.stream((args.length > 3 ? args[3] : "10000,100000").split(","))
                .map(Integer::parseInt)
                .toList();
        boolean flagsOnly = args.length > 4 && args[4].equals("flags-only");
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("procurement-app.log");
        Files.deleteIfExists(log);
        ProcurementBenchmark bench = new ProcurementBenchmark(Path.of(args[0]), registry, dir, log);
        try {
            FreshDataDir.use(
                    "procurement-bench-",
                    data -> bench.run(data, flagsOnly ? List.of(sizes.get(sizes.size() - 1)) : sizes, flagsOnly));
        } finally {
            Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
            System.out.println(bench.md.text());
        }
    }

    private void run(Path data, List<Integer> sizes, boolean flagsOnly) {
        md.heading(
                1,
                flagsOnly
                        ? "Khet procurement benchmark: the red flags of a national year"
                        : "Khet procurement benchmark: the OCDS export and the red flags of a national year");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        summary.append("| Procurements | Releases | Export 1st / 2nd | Releases/s (2nd) | Bytes | App RSS before"
                + " / peak | Heap used before / peak | psql COPY TO STDOUT | COPY bytes | App / COPY | Load avg |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        try {
            app = AppProcess.start(jar, data, log);
            double cold = app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(5));
            psql = app.psql();
            setUp(cold);
            md.measure(
                    "Suppliers (test data)",
                    String.format("%.1f s", new ProcurementLoader(psql).suppliers()),
                    String.format(
                            "%d per area, %,d in all, psql",
                            ProcurementLoader.SUPPLIERS_PER_AREA, psql.count("procurement.supplier")));
            long have = 0;
            for (int size : sizes) {
                if (flagsOnly) {
                    load(have, size);
                } else {
                    size(data, have, size);
                }
                have = size;
            }
            Api admin = new Api(app.port());
            admin.login("admin", AppProcess.ADMIN_PASSWORD);
            new FlagsMeasure(psql, out, md, this::check).run(admin, ProcurementLoader.FISCAL_YEAR);
            if (flagsOnly) {
                return;
            }
            md.heading(2, "The export as procurements grow");
            md.paragraph("GET " + EXPORT + " without page, size or since: one release package of every release,"
                    + " streamed. Read twice; memory sampled over both (RSS from /proc every 200 ms, heap in use from"
                    + " `jstat -gc` every second). Baseline: `" + COPY + "` in psql, output counted and dropped,"
                    + " median of " + COPY_RUNS + ". Ratio: the second export / the baseline.");
            md.paragraph(summary.toString());
        } finally {
            if (app != null) {
                app.close();
            }
            md.heading(2, "Verification");
            md.bullets(checks);
            md.paragraph("Load average at end: " + MachineInfo.loadAverage());
        }
    }

    /** The registry's areas and schools through the API, as the other benchmarks load them. */
    private void setUp(double cold) {
        Api admin = new Api(app.port());
        admin.login("admin", AppProcess.ADMIN_PASSWORD);
        Areas.Created areas = Areas.create(admin, registry);
        check(
                "245 areas created (" + areas.created() + " of " + areas.total() + ") " + areas.problems(),
                areas.created() == areas.total());
        Api.Response schools = admin.upload("/api/v1/schools/import", registry.resolve("schools.csv"));
        long stored = psql.count("registry.school");
        check(
                String.format("schools.csv imported (HTTP %d), %,d schools stored", schools.status(), stored),
                schools.ok() && stored == RegistryGenerator.SCHOOLS);
        md.heading(2, "Set-up");
        md.measure("Cold start", String.format("%.1f s", cold), "fresh data directory, until health is UP");
        md.measure("245 areas through the API", String.format("%.1f s", areas.seconds()), "");
        md.measure("29,000 schools through the API", String.format("%.1f s", schools.seconds()), "one import");
    }

    /** Grows the year to {@code size} procurements, lets the app publish them, and measures the export. */
    private void size(Path data, long have, int size) {
        load(have, size);
        backfill(data, size - have);
        export(size);
    }

    /** The test-data loader brings the year from {@code have} to {@code size} procurements. */
    private void load(long have, int size) {
        md.heading(2, String.format("%,d procurements", size));
        md.paragraph("Load average before: " + MachineInfo.loadAverage());
        // psql of the app as started last: each restart gives its embedded database a new port.
        double loading = new ProcurementLoader(psql).load(have, size - have);
        long procurements = psql.count("procurement.procurement");
        check(String.format("%,d procurements loaded (%,d stored)", size, procurements), procurements == size);
        md.measure(
                String.format("Load %,d procurements (TEST-DATA LOADER, psql)", size - have),
                String.format("%.1f s", loading),
                String.format(
                        "%,d items, %,d bids (%,d disqualified), %,d awards, %,d contracts in the year so far",
                        psql.count("procurement.item"),
                        psql.count("procurement.bid"),
                        psql.count("procurement.bid where disqualified"),
                        psql.count("procurement.award"),
                        psql.count("procurement.contract")));
    }

    /** Restarts the app on its data directory: its start-up backfill writes the new procurements' first releases. */
    private void backfill(Path data, long expected) {
        String mark = psql.run("select clock_timestamp()").orThrow().output();
        app.stop();
        long start = System.nanoTime();
        app = AppProcess.start(jar, data, log);
        // Health answers UP only once the start-up backfill is done, so the wait is as long as the backfill.
        double healthy = app.awaitHealthy(new Api(app.port()), Duration.ofMinutes(60));
        psql = app.psql();
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (psql.count(NO_RELEASE) > 0 && System.nanoTime() < deadline) {
            AppProcess.sleep(500);
        }
        double all = (System.nanoTime() - start) / 1e9;
        String written = "procurement.release where date > '" + mark + "'";
        long releases = psql.count(written);
        double span = Double.parseDouble(psql.run("select extract(epoch from max(date) - min(date)) from " + written)
                .orThrow()
                .output());
        check(
                String.format(
                        "the start-up backfill wrote %,d first releases (expected %,d), none missing",
                        releases, expected),
                releases == expected && psql.count(NO_RELEASE) == 0);
        md.measure(
                "Restart until every new procurement has its release",
                String.format("%.1f s", all),
                String.format(
                        "health UP after %.1f s; the app's start-up backfill (ReleaseWriter.publishMissing)", healthy));
        md.measure(
                "Backfill: first to last release written",
                String.format("%.1f s", span),
                String.format(
                        "%,d releases, %.0f releases/s (release dates are the database clock at each write)",
                        releases, releases / span));
        ShapedBaseline.run(
                        psql,
                        out,
                        "procurement-release",
                        List.of(new ShapedBaseline.Part("procurement", "release", "date > '" + mark + "'")))
                .report(md, "The backfill's releases:", span, "the releases written at start");
    }

    /** The bulk export, twice, memory sampled; then the baseline. */
    private void export(int size) {
        String load = MachineInfo.loadAverage();
        long releases = psql.count("procurement.release");
        long rssBefore = ProcMemory.of(app.pid()).rssKb();
        long heapBefore = MemorySampler.heapUsedKb(app.pid()).orElse(0);
        List<Double> times = new ArrayList<>();
        ReleaseStream.Counted counted = null;
        MemorySampler.Peaks peaks;
        try (MemorySampler sampler = MemorySampler.start(app.pid())) {
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                counted = stream();
                times.add((System.nanoTime() - start) / 1e9);
                check(
                        String.format(
                                "%,d procurements, export %d: well-formed JSON, %,d releases streamed of %,d stored,"
                                        + " %,d naming id and ocid%s",
                                size,
                                i + 1,
                                counted.releases(),
                                releases,
                                counted.named(),
                                counted.fault() == null ? "" : "; " + counted.fault()),
                        counted.fault() == null && counted.releases() == releases && counted.named() == releases);
            }
            peaks = sampler.peaks();
        }
        double[] copies = new double[COPY_RUNS];
        long copyBytes = 0;
        for (int i = 0; i < COPY_RUNS; i++) {
            Psql.Drained d = psql.drain(COPY);
            check(
                    String.format("%,d procurements, psql COPY %d exited %d", size, i + 1, d.exitCode()),
                    d.exitCode() == 0);
            copies[i] = d.seconds();
            copyBytes = d.bytes();
        }
        Arrays.sort(copies);
        double copy = copies[COPY_RUNS / 2];
        double second = times.get(times.size() - 1);
        md.measure(
                "Export GET " + EXPORT + " (streamed, no page)",
                String.format("%.1f s / %.1f s", times.get(0), second),
                String.format("first / second read; %,d releases, %,d bytes", counted.releases(), counted.bytes()));
        md.measure(
                "App JVM during the export",
                "RSS peak " + ProcMemory.Usage.mb(peaks.rssKb()),
                "RSS before " + ProcMemory.Usage.mb(rssBefore) + "; heap used before "
                        + ProcMemory.Usage.mb(heapBefore) + ", peak " + ProcMemory.Usage.mb(peaks.heapKb()) + " ("
                        + peaks.heapSamples() + " jstat samples)");
        md.measure(
                "Baseline psql " + COPY,
                String.format("%.1f s", copy),
                String.format(
                        "%,d bytes; median of %d (%.1f / %.1f / %.1f s)",
                        copyBytes, COPY_RUNS, copies[0], copies[1], copies[2]));
        summary.append(String.format(
                "| %,d | %,d | %.1f / %.1f s | %.0f | %,d | %s / %s | %s / %s | %.1f s | %,d | %.1f× | %s |\n",
                size,
                releases,
                times.get(0),
                second,
                releases / second,
                counted.bytes(),
                ProcMemory.Usage.mb(rssBefore),
                ProcMemory.Usage.mb(peaks.rssKb()),
                ProcMemory.Usage.mb(heapBefore),
                ProcMemory.Usage.mb(peaks.heapKb()),
                copy,
                copyBytes,
                second / copy,
                load));
    }

    /** One bulk export read as it streams: nothing of it is kept but the counts. */
    private ReleaseStream.Counted stream() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + EXPORT))
                .timeout(Duration.ofMinutes(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                try (InputStream body = r.body()) {
                    String text = new String(body.readNBytes(600), StandardCharsets.UTF_8);
                    return new ReleaseStream.Counted(0, 0, 0, "HTTP " + r.statusCode() + ": " + text);
                }
            }
            return ReleaseStream.read(r.body());
        } catch (IOException e) {
            return new ReleaseStream.Counted(0, 0, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }
}

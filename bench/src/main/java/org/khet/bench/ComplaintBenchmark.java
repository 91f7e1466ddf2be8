package org.khet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The public complaint API under load: 50 clients filing complaints for a fixed time (submissions per second, and
 * every 201 found in the database afterwards), then 50 clients looking up cases with their secrets (p95), each
 * against a static file served by the same app to the same 50 clients. The app runs with the per-client limits
 * raised, as an operator would for a load test: the limits themselves are tested in the test suite.
 */
final class ComplaintBenchmark {

    private static final int CLIENTS = 50;
    private static final Duration FILING = Duration.ofSeconds(20);
    private static final int LOOKUPS_PER_CLIENT = 40;
    private static final String AREA = "9302";

    private final Markdown md = new Markdown();
    private final List<String> checks = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private int port;

    /** A filed case: what the complainant holds. */
    private record Receipt(String code, String secret) {}

    private record Answer(int status, String body, double seconds) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: ComplaintBenchmark <khet.jar> [results.md]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path output = Path.of(args.length > 1 ? args[1] : "bench/out/complaint-results.md");
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path log = dir.resolve("complaint-app.log");
        Files.deleteIfExists(log);
        ComplaintBenchmark bench = new ComplaintBenchmark();
        FreshDataDir.use("complaint-bench-", dataDir -> bench.run(jar, dataDir, log));
        Files.writeString(output, bench.md.text(), StandardCharsets.UTF_8);
        System.out.println(bench.md.text());
    }

    private void run(Path jar, Path dataDir, Path log) {
        md.heading(1, "Khet complaint intake benchmark");
        md.heading(2, "Machine");
        md.keyValues(MachineInfo.collect());
        List<String> settings =
                List.of("-Dkhet.complaints.limits.submissions=100000000", "-Dkhet.complaints.limits.lookups=100000000");
        try (AppProcess app = AppProcess.start(jar, dataDir, log, settings)) {
            port = app.port();
            Api api = new Api(port);
            app.awaitHealthy(api, Duration.ofMinutes(5));
            md.heading(2, "Results");
            api.login("admin", AppProcess.ADMIN_PASSWORD);
            Api.Response area = api.postJson(
                    "/api/v1/areas",
                    Json.object(java.util.Map.of(
                            "code", AREA,
                            "name_th", "สพป.ทดสอบ เขต 2",
                            "name_en", "Test Area 2",
                            "letter_prefix", "ศธ 04999")));
            check("area created (HTTP " + area.status() + ")", area.status() == 201);
            staticBaseline("Static file (baseline) before filing");
            List<Receipt> receipts = filing(app.psql());
            staticBaseline("Static file (baseline) before look-ups");
            lookups(receipts);
            md.measure("Stop (SIGTERM until exit)", String.format("%.2f s", app.stop()), "");
        }
        md.heading(2, "Verification");
        md.bullets(checks);
    }

    /** 50 clients file complaints back to back for a fixed time; every accepted one must be stored. */
    private List<Receipt> filing(Psql psql) {
        List<Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        long end = System.nanoTime() + FILING.toNanos();
        long start = System.nanoTime();
        everyClient(client -> {
            int n = 0;
            while (System.nanoTime() < end) {
                String json = """
                        {"area_code": "%s", "category": "%s", "subject": "ขอความช่วยเหลือ %d-%d",
                         "details": "รายละเอียดของเรื่องที่ %d จากผู้แจ้งคนที่ %d", "anonymous": true}""".formatted(AREA, n % 5 == 0 ? "TIP_OFF" : "HELP", client, n, n, client);
                Answer a = send(HttpRequest.newBuilder(uri("/api/v1/public/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", clientAddress(client))
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
                latencies.add(a.seconds());
                if (a.status() == 201) {
                    receipts.add(new Receipt(Json.string(a.body(), "tracking_code"), Json.string(a.body(), "secret")));
                } else {
                    refused.incrementAndGet();
                }
                n++;
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;
        Latencies measured = new Latencies(latencies, wall);
        long stored = psql.count("complaints.complaint");
        md.measure(
                "Public submissions, " + CLIENTS + " clients for " + FILING.toSeconds() + " s",
                String.format("%.0f accepted/s", receipts.size() / wall),
                String.format(
                        "%,d answered 201, %d otherwise; p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                        receipts.size(),
                        refused.get(),
                        1000 * measured.quantile(0.5),
                        1000 * measured.quantile(0.95),
                        1000 * measured.quantile(1.0)));
        md.measure(
                "Stored after the run",
                String.format("%,d", stored),
                "`count(*)` of `complaint`; every 201 must be there");
        check(
                "no accepted submission lost: " + stored + " stored, " + receipts.size() + " answered 201",
                stored == receipts.size());
        check("every submission answered 201 (" + refused.get() + " did not)", refused.get() == 0);
        return receipts;
    }

    /** 50 clients look up random cases with their secrets. */
    private void lookups(List<Receipt> receipts) {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger wrong = new AtomicInteger();
        long start = System.nanoTime();
        everyClient(client -> {
            for (int i = 0; i < LOOKUPS_PER_CLIENT; i++) {
                Receipt r = receipts.get(ThreadLocalRandom.current().nextInt(receipts.size()));
                Answer a = send(HttpRequest.newBuilder(uri("/api/v1/public/complaints/" + r.code()))
                        .header("X-Complaint-Secret", r.secret())
                        .header("X-Forwarded-For", clientAddress(client))
                        .GET());
                latencies.add(a.seconds());
                if (a.status() != 200 || !a.body().contains(r.code())) {
                    wrong.incrementAndGet();
                }
            }
        });
        Latencies measured = new Latencies(latencies, (System.nanoTime() - start) / 1e9);
        md.measure("Status look-up at " + CLIENTS + " clients", measured.p95(), measured.details(""));
        check("every look-up answered its own case (" + wrong.get() + " did not)", wrong.get() == 0);
    }

    private void staticBaseline(String what) {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        everyClient(client -> {
            for (int i = 0; i < LOOKUPS_PER_CLIENT; i++) {
                latencies.add(
                        send(HttpRequest.newBuilder(uri("/css/khet.css")).GET()).seconds());
            }
        });
        Latencies measured = new Latencies(latencies, (System.nanoTime() - start) / 1e9);
        md.measure(what + " at " + CLIENTS + " clients", measured.p95(), measured.details(""));
    }

    private void everyClient(java.util.function.IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(pool.submit(() -> work.accept(client)));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception e) {
                checks.add("FAIL a client stopped: " + e);
            }
        }
        pool.shutdown();
    }

    /** Each simulated client speaks from its own address (documentation range), as the proxy would tell. */
    private static String clientAddress(int client) {
        return "203.0.113." + (client + 1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, boolean passed) {
        checks.add((passed ? "PASS " : "FAIL ") + what);
    }
}

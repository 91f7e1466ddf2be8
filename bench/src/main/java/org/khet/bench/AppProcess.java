package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app under test, started exactly as an operator starts it ({@code java -jar khet.jar}) with its own data
 * directory, so the measured start includes everything a first start does: unpacking and initialising the embedded
 * PostgreSQL and running the migrations.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password-2026";
    private static final Pattern PG_PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+)");

    private final Process process;
    private final long startedNanos;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private AppProcess(Process process, long startedNanos, Path dataDir, Path log, int port) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar; JVM options may be given in {@code BENCH_JAVA_OPTS}, separated by spaces. */
    static AppProcess start(Path jar, Path dataDir, Path log) {
        return start(jar, dataDir, log, List.of());
    }

    /** Starts the jar with settings of its own ({@code -Dkey=value}) besides {@code BENCH_JAVA_OPTS}. */
    static AppProcess start(Path jar, Path dataDir, Path log, List<String> settings) {
        return start(jar, dataDir, log, settings, java.util.Map.of());
    }

    /**
     * Starts the jar with settings and environment of its own: a second instance, say, given {@code KHET_DB_URL} and
     * the role's credentials of the first instance's database.
     */
    static AppProcess start(
            Path jar, Path dataDir, Path log, List<String> settings, java.util.Map<String, String> environment) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        String opts = System.getenv().getOrDefault("BENCH_JAVA_OPTS", "").trim();
        if (!opts.isEmpty()) {
            command.addAll(List.of(opts.split("\\s+")));
        }
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("KHET_DATA_DIR", dataDir.toAbsolutePath().toString());
        pb.environment().put("KHET_DEMO", "false");
        pb.environment().put("KHET_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().putAll(environment);
        try {
            long started = System.nanoTime();
            return new AppProcess(pb.start(), started, dataDir, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    /** Polls the health endpoint; answers the seconds from process start until it reported UP. */
    double awaitHealthy(Api api, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with status " + process.exitValue() + "; see " + log);
            }
            Api.Response r = api.get("/actuator/health");
            if (r.status() == 200 && "UP".equals(Json.string(r.body(), "status"))) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            sleep(50);
        }
        throw new IllegalStateException("The app was not healthy within " + timeout + "; see " + log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's port, from the app's log line. */
    int postgresPort() {
        try {
            Matcher m = PG_PORT.matcher(Files.readString(log));
            int found = -1;
            while (m.find()) {
                found = Integer.parseInt(m.group(1));
            }
            if (found < 0) {
                throw new IllegalStateException("No 'Embedded PostgreSQL on port' line in " + log);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * psql on the embedded database, as Khet's own role with the password the app keeps in its data directory; a
     * build from before that role (no password file) is reached as its password-less superuser, so that an older
     * build can be measured in the same run.
     */
    Psql psql() {
        Path password = dataDir.resolve("postgres-khet.password");
        try {
            return Files.exists(password)
                    ? new Psql(
                            postgresPort(), "khet", Files.readString(password).strip())
                    : new Psql(postgresPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password of Khet's own role on the embedded server, from the data directory. */
    String khetPassword() {
        try {
            return Files.readString(dataDir.resolve("postgres-khet.password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster's pid, from the first line of its pid file. */
    OptionalLong postmasterPid() {
        try {
            String first = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                    .get(0);
            return OptionalLong.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Stops the app as an operator would (SIGTERM), so it shuts its PostgreSQL down cleanly, and answers the seconds
     * until the process had exited; a second call does nothing and answers zero.
     */
    double stop() {
        if (!process.isAlive()) {
            return 0;
        }
        OptionalLong postmaster = postmasterPid();
        long start = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // A postmaster left behind by a forced stop is ours to end, by its id.
        postmaster.stream()
                .mapToObj(ProcessHandle::of)
                .flatMap(java.util.Optional::stream)
                .filter(h -> h.info().command().orElse("").contains("postgres"))
                .forEach(ProcessHandle::destroy);
        return seconds;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

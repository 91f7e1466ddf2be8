package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The system {@code psql} client against the app's embedded PostgreSQL, as the app's own role. The baseline is timed as the wall clock of
 * the whole psql process, so it includes connecting, the way an operator's {@code \copy} would be felt.
 */
final class Psql {

    /** What psql printed, its exit status and how long the process ran. */
    record Result(int exitCode, String output, double seconds) {
        Result orThrow() {
            if (exitCode != 0) {
                throw new IllegalStateException("psql failed (" + exitCode + "): " + output);
            }
            return this;
        }
    }

    private final int port;
    private final String user;
    private final String password;

    /** Connects to the database {@code khet} as this role, with this password (empty where none is asked). */
    Psql(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * A psql session left open, reading its commands from its standard input (unaligned, tuples only, stopping at
     * the first error): for work that has to wait on the database while others start.
     */
    Process session() {
        try {
            return psql("-f", "-").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run psql (is the PostgreSQL client installed?)", e);
        }
    }

    /** Runs one command ({@code -c}): SQL or a backslash command such as {@code \copy}. */
    Result run(String command) {
        ProcessBuilder pb = psql("-c", command);
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int code = p.waitFor();
            return new Result(code, out, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run psql (is the PostgreSQL client installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a command wrote: its exit status, the bytes of its output (read and dropped) and the process's seconds. */
    record Drained(int exitCode, long bytes, double seconds) {}

    /**
     * Runs one command whose output is large ({@code COPY … TO STDOUT} of a whole table, say) and counts the bytes it
     * writes without keeping them.
     */
    Drained drain(String command) {
        ProcessBuilder pb = psql("-c", command).redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (var in = p.getInputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes += n;
                }
            }
            int code = p.waitFor();
            return new Drained(code, bytes, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run psql (is the PostgreSQL client installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** psql on the database as this role, unaligned and tuples only, stopping at the first error; then {@code how}. */
    private ProcessBuilder psql(String... how) {
        List<String> args = new ArrayList<>(List.of(
                "psql",
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "localhost",
                "-p",
                Integer.toString(port),
                "-U",
                user,
                "-d",
                "khet"));
        args.addAll(List.of(how));
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
        pb.environment().put("PGCONNECT_TIMEOUT", "10");
        pb.environment().put("PGPASSWORD", password);
        return pb;
    }

    long count(String table) {
        return Long.parseLong(run("select count(*) from " + table).orThrow().output());
    }
}

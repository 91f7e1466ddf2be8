package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own execution time of statements, from {@code EXPLAIN (ANALYZE, TIMING OFF)} in one psql session: what
 * the database spends computing an answer, without connecting or sending rows — the physical floor of a read.
 */
final class ExplainTimes {

    private ExplainTimes() {}

    /** Each statement {@code runs} times; the median seconds of each statement, in order. */
    static List<Double> medians(Psql psql, List<String> statements, int runs) {
        StringBuilder script = new StringBuilder();
        for (String statement : statements) {
            for (int i = 0; i < runs; i++) {
                script.append("explain (analyze, timing off) ")
                        .append(statement)
                        .append(";\n");
            }
        }
        List<Double> times = executionTimes(psql, script.toString());
        if (times.size() != statements.size() * runs) {
            throw new IllegalStateException(
                    times.size() + " execution times read, expected " + statements.size() * runs);
        }
        List<Double> medians = new ArrayList<>();
        for (int i = 0; i < times.size(); i += runs) {
            medians.add(new Latencies(times.subList(i, i + runs), 1).quantile(0.5));
        }
        return medians;
    }

    private static List<Double> executionTimes(Psql psql, String script) {
        Process p = psql.session();
        try {
            // Written from another thread: psql's answers fill its output pipe while the script is still going in.
            Thread writer = new Thread(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(script.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            writer.join();
            return out.lines()
                    .filter(l -> l.startsWith("Execution Time:"))
                    .map(l -> Double.parseDouble(l.replaceAll("[^0-9.]", "")) / 1000)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.khet.bench;

import java.util.List;

/** The response times of one load, and the way the result tables show them. */
final class Latencies {

    private final List<Double> sorted;
    private final double wallSeconds;

    Latencies(List<Double> seconds, double wallSeconds) {
        this.sorted = seconds.stream().sorted().toList();
        this.wallSeconds = wallSeconds;
    }

    /** The q-quantile in seconds (nearest rank); NaN when nothing was measured. */
    double quantile(double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    int count() {
        return sorted.size();
    }

    /** Requests answered per second of wall time. */
    double throughput() {
        return count() / wallSeconds;
    }

    /** "p95 … ms", the value column. */
    String p95() {
        return String.format("p95 %.0f ms", 1000 * quantile(0.95));
    }

    /** "p50 …, max …; N requests{answered}; … requests/s", the notes column. */
    String details(String answered) {
        return String.format(
                "p50 %.0f ms, max %.0f ms; %d requests%s; %.0f requests/s",
                1000 * quantile(0.5), 1000 * quantile(1.0), count(), answered, throughput());
    }
}

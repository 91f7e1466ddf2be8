package org.khet.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a run of import requests: the app's own counts summed, the client-side wall time of each request,
 * and every refusal with what the app said, because a failed import must be reported, not hidden.
 */
final class UploadSeries {

    private final List<Double> seconds = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> timings = new ArrayList<>();
    private long rows;
    private long created;
    private long updated;
    private long unchanged;
    private long networks;

    void add(Path file, Api.Response r) {
        seconds.add(r.seconds());
        timings.add(String.format(
                "%s,%d,%.4f,%d",
                file.getFileName(),
                r.status(),
                r.seconds(),
                Json.number(r.body(), "rows").orElse(0)));
        if (r.status() != 200) {
            failures.add(file.getFileName() + ": HTTP " + r.status() + " " + r.excerpt());
            return;
        }
        rows += Json.number(r.body(), "rows").orElse(0);
        created += Json.number(r.body(), "created").orElse(0);
        updated += Json.number(r.body(), "updated").orElse(0);
        unchanged += Json.number(r.body(), "unchanged").orElse(0);
        networks += Json.number(r.body(), "networks_created").orElse(0);
    }

    double totalSeconds() {
        return seconds.stream().mapToDouble(Double::doubleValue).sum();
    }

    int requests() {
        return seconds.size();
    }

    /** The q-quantile (0–1) of the request times, nearest rank. */
    double quantile(double q) {
        List<Double> sorted = seconds.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** One CSV line a request ({@code file,status,seconds,rows}), for looking at how time grows with rows. */
    List<String> timings() {
        return timings;
    }

    List<String> failures() {
        return failures;
    }

    long rows() {
        return rows;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
    }

    long networks() {
        return networks;
    }

    String summary() {
        return String.format(
                "rows %,d, created %,d, updated %,d, unchanged %,d, networks created %,d",
                rows, created, updated, unchanged, networks);
    }
}

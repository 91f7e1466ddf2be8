package org.khet.bench;

import java.util.Optional;

/**
 * CPU time of the processes a run is made of, as Linux accounts it (what {@code ps} shows as TIME): the app's JVM,
 * its PostgreSQL (the postmaster and its backends) and this benchmark's own JVM, the load client. They share the
 * machine's CPUs, so what one spends the others cannot.
 */
final class ProcCpu {

    /** Milliseconds of CPU of each part, so far or (after {@link #since}) over an interval. */
    record Sample(double appMs, double postgresMs, double clientMs) {

        Sample since(Sample earlier) {
            return new Sample(appMs - earlier.appMs, postgresMs - earlier.postgresMs, clientMs - earlier.clientMs);
        }

        Sample per(int requests) {
            return new Sample(appMs / requests, postgresMs / requests, clientMs / requests);
        }

        /** "app … ms, PostgreSQL … ms, load client … ms of CPU per request", for a per-request sample. */
        String perRequest() {
            return String.format(
                    "CPU per request: app %.2f ms, PostgreSQL %.2f ms, load client %.2f ms",
                    appMs, postgresMs, clientMs);
        }
    }

    private ProcCpu() {}

    static Sample of(AppProcess app) {
        double postgres = app.postmasterPid().stream()
                .mapToObj(ProcessHandle::of)
                .flatMap(Optional::stream)
                .mapToDouble(
                        p -> ms(p) + p.descendants().mapToDouble(ProcCpu::ms).sum())
                .sum();
        return new Sample(
                ProcessHandle.of(app.pid()).map(ProcCpu::ms).orElse(0.0), postgres, ms(ProcessHandle.current()));
    }

    private static double ms(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
    }
}

package org.khet.bench;

import java.util.List;
import java.util.OptionalLong;

/**
 * Samples the app JVM's memory while something runs: its resident set ({@code VmRSS} in {@code /proc}) every 200 ms,
 * and its heap in use from {@code jstat -gc} (the JDK's own counters, read without attaching to the app) every
 * second. The app does not publish its heap itself (its actuator shows health and info only).
 */
final class MemorySampler implements AutoCloseable {

    /** Peak RSS and peak heap used during the sampling, and the number of heap samples (kilobytes). */
    record Peaks(long rssKb, long heapKb, int heapSamples) {}

    private final long pid;
    private final Thread thread;
    private volatile boolean running = true;
    private long rssPeak;
    private long heapPeak;
    private int heapSamples;

    private MemorySampler(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
    }

    static MemorySampler start(long pid) {
        MemorySampler s = new MemorySampler(pid);
        s.thread.start();
        return s;
    }

    /** The app's heap in use now (survivor, eden and old spaces' used columns of {@code jstat -gc}); empty if unknown. */
    static OptionalLong heapUsedKb(long pid) {
        List<String> lines =
                MachineInfo.command("jstat", "-gc", Long.toString(pid)).lines().toList();
        if (lines.size() < 2) {
            return OptionalLong.empty();
        }
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        double used = 0;
        int found = 0;
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                try {
                    used += Double.parseDouble(values[i]);
                    found++;
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return found == 4 ? OptionalLong.of(Math.round(used)) : OptionalLong.empty();
    }

    private void sample() {
        long lastHeap = 0;
        while (running) {
            long rss = ProcMemory.of(pid).rssKb();
            long now = System.nanoTime();
            OptionalLong heap = OptionalLong.empty();
            if (now - lastHeap >= 1_000_000_000L) {
                lastHeap = now;
                heap = heapUsedKb(pid);
            }
            synchronized (this) {
                rssPeak = Math.max(rssPeak, rss);
                if (heap.isPresent()) {
                    heapPeak = Math.max(heapPeak, heap.getAsLong());
                    heapSamples++;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The peaks seen so far. */
    synchronized Peaks peaks() {
        return new Peaks(rssPeak, heapPeak, heapSamples);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

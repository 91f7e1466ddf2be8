package org.khet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts a reader needs to compare results across machines, gathered the way one would by hand. */
final class MachineInfo {

    private MachineInfo() {}

    static Map<String, String> collect() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        info.put("CPUs (nproc)", command("nproc"));
        info.put("CPU model", procLine("/proc/cpuinfo", "model name"));
        info.put("Memory (MemTotal)", memTotal());
        info.put("Kernel", command("uname", "-sr"));
        info.put("Java", command("java", "-version").lines().findFirst().orElse("?"));
        info.put("JVM options", System.getenv().getOrDefault("BENCH_JAVA_OPTS", "(none: JVM defaults)"));
        info.put("psql", command("psql", "--version"));
        info.put("Load average at start (1/5/15 min)", loadAverage());
        return info;
    }

    /** Other work on the machine skews every figure; the load average makes that visible in the results. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String memTotal() {
        String line = procLine("/proc/meminfo", "MemTotal");
        try {
            long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            return String.format("%.1f GiB (%s)", kb / 1024.0 / 1024.0, line);
        } catch (NumberFormatException e) {
            return line;
        }
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String command(String... args) {
        try {
            Process p =
                    new ProcessBuilder(List.of(args)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}

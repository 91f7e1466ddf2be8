package org.khet.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Memory of processes as Linux accounts it in {@code /proc}. For the embedded PostgreSQL, which is many processes
 * sharing one buffer cache, the sum of RSS counts shared memory once per process; the sum of PSS splits it fairly
 * and is the better estimate of what the database really costs.
 */
final class ProcMemory {

    /** Kilobyte figures; zero when unknown. */
    record Usage(long rssKb, long hwmKb, long pssKb, int processes) {
        static String mb(long kb) {
            return String.format("%.0f MB", kb / 1024.0);
        }
    }

    private ProcMemory() {}

    static Usage of(long pid) {
        return new Usage(status(pid, "VmRSS:").orElse(0), status(pid, "VmHWM:").orElse(0), pss(pid).orElse(0), 1);
    }

    /** The postmaster and all its children together. */
    static Usage tree(long rootPid) {
        List<Long> pids = new ArrayList<>();
        pids.add(rootPid);
        pids.addAll(children(rootPid));
        long rss = 0;
        long hwm = 0;
        long pss = 0;
        for (long pid : pids) {
            rss += status(pid, "VmRSS:").orElse(0);
            hwm += status(pid, "VmHWM:").orElse(0);
            pss += pss(pid).orElse(0);
        }
        return new Usage(rss, hwm, pss, pids.size());
    }

    private static List<Long> children(long parent) {
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // Fields after the command name, which is in parentheses and may contain spaces.
                    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(rest[1]) == parent) {
                        found.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // The process ended while we looked.
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static OptionalLong status(long pid, String field) {
        return line(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    private static OptionalLong pss(long pid) {
        return line(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static OptionalLong line(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}

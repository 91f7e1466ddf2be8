package org.khet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A data directory of its own for one run of the app under test, removed afterwards whatever happened, unless
 * {@code BENCH_KEEP_DATA} is set: then it is kept (and named on the console) for a look at the app's state after the
 * run.
 */
final class FreshDataDir {

    /** What a benchmark does with the directory (and the app's log beside its results). */
    interface Run {
        void in(Path dataDir);
    }

    private FreshDataDir() {}

    static void use(String prefix, Run run) throws IOException {
        Path dataDir = Files.createTempDirectory(prefix);
        try {
            run.in(dataDir);
        } finally {
            if (System.getenv("BENCH_KEEP_DATA") != null) {
                System.out.println("Data directory kept: " + dataDir);
            } else {
                remove(dataDir);
            }
        }
    }

    private static void remove(Path dataDir) throws IOException {
        try (Stream<Path> s = Files.walk(dataDir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

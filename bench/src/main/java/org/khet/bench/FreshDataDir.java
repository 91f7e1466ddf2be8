package org.khet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A data directory of its own for one run of the app under test, removed afterwards whatever happened. */
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
            try (Stream<Path> s = Files.walk(dataDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

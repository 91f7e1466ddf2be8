package org.khet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the platform writes the audit log: other modules call {@code AuditLog} (for an import, its set-based
 * {@code imported}), so that the log's shape can change in one place. A scan of the main Java sources.
 */
class OnlyThePlatformWritesAuditTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "khet");

    @Test
    void noMainSourceOutsideThePlatformNamesTheAuditTable() throws IOException {
        assertThat(SOURCES).as("run from the app module").isDirectory();
        List<Path> all;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            all = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(all).as("the scan sees the sources").hasSizeGreaterThan(100);
        List<String> offenders = all.stream()
                .filter(p -> !p.startsWith(SOURCES.resolve("platform")))
                .filter(OnlyThePlatformWritesAuditTest::namesAuditTable)
                .map(Path::toString)
                .toList();
        assertThat(offenders)
                .as("sources outside org.khet.platform naming audit_event")
                .isEmpty();
    }

    private static boolean namesAuditTable(Path file) {
        try {
            return Files.readString(file).toLowerCase(java.util.Locale.ROOT).contains("audit_event");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

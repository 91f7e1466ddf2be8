package org.khet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway's versions are global across the module folders, and Flyway refuses a database that has run a higher
 * version than a migration it has not run. So every migration is named {@code V<yyyymmdd>_<nnnn>__<words>.sql}, no
 * two share a version, and a migration that arrived later in the history than another has a higher version.
 */
class MigrationOrderTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    /** Flyway callbacks (e.g. {@code afterMigrate__runtime_role_privileges.sql}) run on events and carry no version. */
    private static final Pattern CALLBACK = Pattern.compile("(before|after)[A-Za-z]+(__[a-z0-9_]+)?\\.sql");

    private static final Pattern NAME = Pattern.compile("(V(\\d{8})_\\d{4})__[a-z0-9]+(_[a-z0-9]+)*\\.sql");

    /**
     * Migrations released before this guard that arrived after a higher version, each within one working session,
     * before any database outside it had run the higher one. They are not renamed: a renamed released migration
     * would run again where it has run. Nothing may be added here.
     */
    private static final Map<String, String> RELEASED_LATE = Map.of(
            "V20261122_0202", "org's area_province, added on 2026-11-22 after achievement's 0300 and 0301",
            "V20261205_0101", "platform's rate_limit_buckets, added on 2026-12-05 after complaints' 0405",
            "V20261205_0102", "platform's lock_notice_token_expiry, added on 2026-12-05 after complaints' 0405",
            "V20261205_0113", "platform's demo_accounts, added on 2026-12-05 after complaints' 0405");

    @Test
    void everyMigrationIsNamedWithADateANumberAndWords() {
        List<String> wrong = migrations().stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> !NAME.matcher(n).matches() || !isDate(version(n).substring(1, 9)))
                .toList();
        assertThat(wrong).as("names not V<yyyymmdd>_<nnnn>__<words>.sql").isEmpty();
    }

    @Test
    void versionsAreUniqueAcrossModuleFolders() {
        Map<String, List<String>> byVersion = migrations().stream()
                .collect(Collectors.groupingBy(
                        p -> version(p.getFileName().toString()),
                        Collectors.mapping(p -> MIGRATIONS.relativize(p).toString(), Collectors.toList())));
        assertThat(byVersion.values().stream().filter(files -> files.size() > 1).toList())
                .as("migrations sharing a version")
                .isEmpty();
    }

    @Test
    void everyModuleFolderIsAFlywayLocation() throws IOException {
        String settings = Files.readString(Path.of("src", "main", "resources", "application.yml"));
        assertThat(folders()).allSatisfy(folder -> assertThat(settings).contains("classpath:db/migration/" + folder));
    }

    @Test
    void aMigrationThatArrivedLaterHasAHigherVersion() {
        Optional<Map<String, Long>> arrived = GitHistory.arrivals(MIGRATIONS);
        assumeTrue(
                arrived.isPresent(),
                "no full git history in this checkout: the order the migrations were written in is not checked here"
                        + " (names, uniqueness and locations are); it is checked in a clone with its history");
        // Files of the same commit arrived together; a file not committed yet arrives last.
        TreeMap<Long, List<String>> byArrival = new TreeMap<>();
        for (Path p : migrations()) {
            String file = p.getFileName().toString();
            long at = arrived.get().getOrDefault(file, Long.MAX_VALUE);
            byArrival.computeIfAbsent(at, k -> new ArrayList<>()).add(version(file));
        }
        List<String> late = new ArrayList<>();
        String highestBefore = "";
        for (List<String> together : byArrival.values()) {
            for (String v : together) {
                if (v.compareTo(highestBefore) < 0 && !RELEASED_LATE.containsKey(v)) {
                    late.add(v + " arrived after " + highestBefore);
                }
            }
            String highest = together.stream().max(String::compareTo).orElseThrow();
            highestBefore = highest.compareTo(highestBefore) > 0 ? highest : highestBefore;
        }
        assertThat(late)
                .as("migrations with a lower version than one that arrived before them")
                .isEmpty();
    }

    private static List<Path> migrations() {
        List<Path> all = new ArrayList<>();
        for (String folder : folders()) {
            try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .filter(f ->
                                !CALLBACK.matcher(f.getFileName().toString()).matches())
                        .forEach(all::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(all).as("migrations found").hasSizeGreaterThan(10);
        return all;
    }

    private static List<String> folders() {
        try (Stream<Path> dirs = Files.list(MIGRATIONS)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String version(String file) {
        Matcher m = NAME.matcher(file);
        return m.matches() ? m.group(1) : file;
    }

    private static boolean isDate(String yyyymmdd) {
        try {
            LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** When each file arrived on the checked-out line of history (merges count when they merged), from git. */
    static final class GitHistory {

        static Optional<Map<String, Long>> arrivals(Path folder) {
            Optional<String> shallow = git(folder, "rev-parse", "--is-shallow-repository");
            if (shallow.isEmpty() || !shallow.get().strip().equals("false")) {
                return Optional.empty();
            }
            Optional<String> log = git(
                    folder,
                    "log",
                    "--first-parent",
                    "--diff-filter=A",
                    "--no-renames",
                    "--format=@%ct",
                    "--name-only",
                    "--relative",
                    "--",
                    ".");
            if (log.isEmpty() || log.get().isBlank()) {
                return Optional.empty();
            }
            Map<String, Long> arrivals = new HashMap<>();
            long at = 0;
            for (String line : log.get().split("\n")) {
                if (line.startsWith("@")) {
                    at = Long.parseLong(line.substring(1).strip());
                } else if (!line.isBlank()) {
                    // Flyway knows a migration by its file name alone, so a migration moved to another module's
                    // folder keeps the time it first arrived; the log runs newest first, so the oldest is put last.
                    arrivals.put(Path.of(line.strip()).getFileName().toString(), at);
                }
            }
            return Optional.of(arrivals);
        }

        private static Optional<String> git(Path dir, String... args) {
            List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            try {
                Process p =
                        new ProcessBuilder(command).redirectErrorStream(false).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.getErrorStream().readAllBytes();
                return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}

package org.khet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The generated national registry put in through the API, as the personnel benchmarks need it first: the 245 areas,
 * the 29,000 schools in one import, and the 450,000 people in one import per area from a folder of per-area files
 * (the generator's own, or copies with personnel columns added). Set-up, not the subject of a measurement.
 */
final class NationalRegistry {

    /** Seconds each part took through the API. */
    record Loaded(double areas, double schools, double people, int peopleImports) {

        /** The set-up table of a benchmark's results. */
        void report(Markdown md, double coldStart, String peopleNote) {
            md.heading(2, "Set-up (through the API)");
            md.measure("Cold start", String.format("%.1f s", coldStart), "fresh data directory, until health is UP");
            md.measure("245 areas", String.format("%.1f s", areas), "");
            md.measure("29,000 schools", String.format("%.1f s", schools), "one import; students as one total");
            md.measure(
                    "450,000 people",
                    String.format("%.1f s", people),
                    peopleImports + " imports, one per area; " + peopleNote);
        }
    }

    private NationalRegistry() {}

    /** Loads everything as {@code admin}; each outcome goes to {@code check} (what, passed). */
    static Loaded load(Api admin, Psql psql, Path registry, Path peopleDir, BiConsumer<String, Boolean> check) {
        Areas.Created areas = Areas.create(admin, registry);
        check.accept(
                "245 areas created (" + areas.created() + " of " + areas.total() + ") " + areas.problems(),
                areas.created() == areas.total());
        Api.Response schools = admin.upload("/api/v1/schools/import", registry.resolve("schools.csv"));
        long stored = psql.count("registry.school");
        check.accept(
                String.format("schools.csv imported (HTTP %d), %,d schools stored", schools.status(), stored),
                schools.ok() && stored == RegistryGenerator.SCHOOLS);
        UploadSeries people = new UploadSeries();
        for (Path f : csvFiles(peopleDir)) {
            people.add(f, admin.upload("/api/v1/people/import", f));
        }
        people.failures().stream().limit(5).forEach(f -> check.accept("People import " + f, false));
        long persons = psql.count("registry.person");
        check.accept(
                String.format("%,d people stored (expected %,d)", persons, RegistryGenerator.PEOPLE),
                persons == RegistryGenerator.PEOPLE);
        return new Loaded(areas.seconds(), schools.seconds(), people.totalSeconds(), people.requests());
    }

    static List<Path> csvFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir + "; run RegistryGenerator", e);
        }
    }
}

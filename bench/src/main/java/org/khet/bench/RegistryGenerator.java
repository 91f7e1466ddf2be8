package org.khet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a national-scale registry (245 area offices, 29,000 schools, 450,000 people) as CSV files in the app's
 * import format, so imports can be measured at the size Thailand's basic education system really has. The seed is
 * fixed: every run writes byte-identical files, and results from different machines compare like with like.
 *
 * <p>Usage: {@code RegistryGenerator [output-dir]} (default {@code bench/out/registry}).
 */
public final class RegistryGenerator {

    static final long SEED = 20_261_122L;
    static final int SCHOOLS = 29_000;
    static final int PEOPLE = 450_000;

    private RegistryGenerator() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/out/registry");
        long started = System.nanoTime();
        Random rnd = new Random(SEED);
        List<Area> areas = Area.plan();
        Map<Area, List<School>> schools = new SchoolGenerator(rnd).generate(areas, SCHOOLS);
        StaffPlan staff = StaffPlan.make(schools, PEOPLE, rnd);

        try (Csv out = Csv.create(dir.resolve("areas.csv"), List.of("code", "name_th", "name_en", "letter_prefix"))) {
            areas.forEach(a -> out.row(a.csv()));
        }
        try (Csv all = Csv.create(dir.resolve("schools.csv"), School.HEADER)) {
            for (Map.Entry<Area, List<School>> e : schools.entrySet()) {
                Path file = dir.resolve("schools-by-area").resolve(e.getKey().code() + ".csv");
                try (Csv one = Csv.create(file, School.HEADER)) {
                    for (School s : e.getValue()) {
                        all.row(s.csv());
                        one.row(s.csv());
                    }
                }
            }
        }
        int[] people = {0};
        PeopleGenerator generator = new PeopleGenerator(rnd);
        try (Csv all = Csv.create(dir.resolve("people.csv"), PeopleGenerator.HEADER)) {
            for (Map.Entry<Area, List<School>> e : schools.entrySet()) {
                Path file = dir.resolve("people-by-area").resolve(e.getKey().code() + ".csv");
                try (Csv one = Csv.create(file, PeopleGenerator.HEADER)) {
                    generator.writeArea(e.getKey(), e.getValue(), staff, row -> {
                        all.row(row);
                        one.row(row);
                        people[0]++;
                    });
                }
            }
        }
        if (people[0] != PEOPLE) {
            throw new IllegalStateException("Generated " + people[0] + " people instead of " + PEOPLE);
        }
        System.out.printf(
                "Wrote %d areas, %d schools and %d people to %s in %.1f s%n",
                areas.size(), SCHOOLS, people[0], dir.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
    }
}

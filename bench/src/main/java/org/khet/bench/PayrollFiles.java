package org.khet.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies of the generator's per-area people files with the personnel columns the people import also takes
 * ({@code employment_type}, {@code salary_level}, {@code salary}, {@code birth_date}, {@code appointed_on}), so that
 * a salary round has salaries to raise. Everything follows from the person's national ID and position, so two runs
 * write the same files: government staff get a level by their academic standing and a salary between 45 % and 90 %
 * of that level's shipped ceiling (rounded to 10 baht), contract teachers a fixed wage and no level.
 */
final class PayrollFiles {

    static final List<String> COLUMNS =
            List.of("employment_type", "salary_level", "salary", "birth_date", "appointed_on");

    /** The shipped starting ceilings per level (personnel's salary_ceiling), to keep every salary under its own. */
    private static final Map<String, Integer> CEILINGS =
            Map.of("ครูผู้ช่วย", 30000, "คศ.1", 41620, "คศ.2", 58390, "คศ.3", 69040, "คศ.4", 76800);

    private PayrollFiles() {}

    /** Writes one file per file of {@code peopleDir} into {@code out}; returns {@code out}. */
    static Path write(Path peopleDir, Path out) {
        for (Path f : NationalRegistry.csvFiles(peopleDir)) {
            List<String> header = new ArrayList<>(Csv.parseLine(firstLine(f)));
            int nid = header.indexOf("national_id");
            int position = header.indexOf("position");
            int standing = header.indexOf("academic_standing");
            List<String> columns = new ArrayList<>(header);
            columns.addAll(COLUMNS);
            try (Csv csv = Csv.create(out.resolve(f.getFileName()), columns)) {
                for (List<String> row : ImportBenchmark.readCsv(f)) {
                    List<String> full = new ArrayList<>(row);
                    full.addAll(personnel(row.get(nid), row.get(position), row.get(standing)));
                    csv.row(full);
                }
            }
        }
        return out;
    }

    private static List<String> personnel(String nationalId, String position, String standing) {
        long seed = Long.parseLong(nationalId);
        int age = 25 + (int) (seed % 35); // 25–59
        String born = (2026 - age) + "-" + two(1 + seed / 7 % 12) + "-" + two(1 + seed / 13 % 28);
        String appointed = (2026 - Math.max(1, age - 24 - (int) (seed / 17 % 3))) + "-05-16";
        if (position.equals("CONTRACT_TEACHER") || position.equals("JANITOR")) {
            return List.of("CONTRACT", "", "15000", born, appointed);
        }
        String level = level(position, standing);
        double share = 0.45 + 0.45 * (seed / 31 % 1000) / 999.0;
        long salary = Math.round(CEILINGS.get(level) * share / 10) * 10;
        return List.of("GOVERNMENT", level, Long.toString(salary), born, appointed);
    }

    private static String level(String position, String standing) {
        if (position.equals("ASSISTANT_TEACHER")) {
            return "ครูผู้ช่วย";
        }
        return switch (standing) {
            case "PRACTITIONER" -> "คศ.2";
            case "SENIOR" -> "คศ.3";
            case "EXPERT" -> "คศ.4";
            default -> "คศ.1";
        };
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    private static String firstLine(Path f) {
        try (var lines = java.nio.file.Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

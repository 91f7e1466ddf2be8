package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes national-scale exam results for the registry's schools: O-NET P6 and M3 school means of 2567 (four
 * subjects each), one million O-NET P6 student scores of 2568 split into one file per area, the national and OBEC
 * reference means, and ten years of P6 results for a 300-school area made for the dashboard load test.
 */
final class ResultsGenerator {

    static final int STUDENT_ROWS = 1_000_000;
    static final String DASHBOARD_AREA = "9901";
    static final int DASHBOARD_SCHOOLS = 300;
    static final List<String> SUBJECTS = List.of("THAI", "MATH", "SCI", "ENG");
    private static final String SCHOOL_HEADER = "academic_year,exam,grade,school_code,subject,examinees,mean,sd";
    private static final String STUDENT_HEADER = "academic_year,exam,grade,school_code,student_ref,subject,score";

    /** What was written: the row counts the checks compare with. */
    record Written(long schoolRows, long studentRows, long historyRows, int studentFiles) {}

    private final Random random = new Random(2568);

    static Written write(Path registry, Path out) {
        try {
            return new ResultsGenerator().run(registry, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Written run(Path registry, Path out) throws IOException {
        Files.createDirectories(out.resolve("students-by-area"));
        Map<String, List<String>> schoolsByArea = new LinkedHashMap<>();
        for (List<String> s : ImportBenchmark.readCsv(registry.resolve("schools.csv"))) {
            schoolsByArea.computeIfAbsent(s.get(0), a -> new ArrayList<>()).add(s.get(1));
        }
        long schoolRows = 0;
        try (Csv csv = Csv.create(out.resolve("school-means-2567.csv"), List.of(SCHOOL_HEADER.split(",")))) {
            for (List<String> codes : schoolsByArea.values()) {
                for (String code : codes) {
                    for (String grade : List.of("P6", "M3")) {
                        for (String subject : SUBJECTS) {
                            csv.row(schoolLine(2567, grade, code, subject, 20 + random.nextInt(60)));
                            schoolRows++;
                        }
                    }
                }
            }
        }
        long schools = schoolsByArea.values().stream().mapToLong(List::size).sum();
        long students = 0;
        int files = 0;
        long perSchoolSubject = STUDENT_ROWS / (schools * SUBJECTS.size());
        long extra = STUDENT_ROWS - perSchoolSubject * schools * SUBJECTS.size();
        try (Csv all = Csv.create(out.resolve("students-2568.csv"), List.of(STUDENT_HEADER.split(",")))) {
            for (var area : schoolsByArea.entrySet()) {
                files++;
                try (Csv one = Csv.create(
                        out.resolve("students-by-area").resolve(area.getKey() + ".csv"),
                        List.of(STUDENT_HEADER.split(",")))) {
                    for (String code : area.getValue()) {
                        double strength = random.nextGaussian() * 7;
                        for (String subject : SUBJECTS) {
                            // The first school subjects take one student more, so the total is exactly one million.
                            long n = perSchoolSubject + (extra > 0 ? 1 : 0);
                            extra -= extra > 0 ? 1 : 0;
                            for (int i = 1; i <= n; i++) {
                                List<String> line = List.of(
                                        "2568",
                                        "ONET",
                                        "P6",
                                        code,
                                        "S" + code + "-" + i,
                                        subject,
                                        score(40 + strength + random.nextGaussian() * 15));
                                one.row(line);
                                all.row(line);
                                students++;
                            }
                        }
                    }
                }
            }
        }
        try (Csv csv = Csv.create(
                out.resolve("references.csv"),
                List.of("academic_year", "exam", "grade", "scope", "subject", "examinees", "mean", "sd"))) {
            for (int year = 2559; year <= 2568; year++) {
                for (String grade : List.of("P6", "M3")) {
                    for (String subject : subjects(year)) {
                        csv.row(List.of(
                                String.valueOf(year), "ONET", grade, "NATIONAL", subject, "480000", "41.50", "15.40"));
                        csv.row(List.of(
                                String.valueOf(year), "ONET", grade, "OBEC", subject, "385000", "40.20", "15.10"));
                    }
                }
            }
        }
        long history = 0;
        try (Csv schoolsCsv = Csv.create(
                        out.resolve("dashboard-area-schools.csv"),
                        List.of("area_code", "school_code", "name_th", "network", "amphoe", "tambon", "students"));
                Csv csv = Csv.create(out.resolve("dashboard-area-history.csv"), List.of(SCHOOL_HEADER.split(",")))) {
            for (int s = 1; s <= DASHBOARD_SCHOOLS; s++) {
                String code = DASHBOARD_AREA + String.format("%04d", s);
                schoolsCsv.row(List.of(
                        DASHBOARD_AREA,
                        code,
                        "โรงเรียนทดสอบภาระ" + s,
                        "เครือข่ายที่ " + (1 + s % 12),
                        "อำเภอทดสอบ",
                        "ตำบล" + (1 + s % 40),
                        String.valueOf(60 + random.nextInt(900))));
                for (int year = 2559; year <= 2568; year++) {
                    for (String subject : subjects(year)) {
                        csv.row(schoolLine(year, "P6", code, subject, 10 + random.nextInt(50)));
                        history++;
                    }
                }
            }
        }
        return new Written(schoolRows, students, history, files);
    }

    /** O-NET P6 and M3 subjects: five to 2561, four from 2562. */
    static List<String> subjects(int year) {
        return year <= 2561 ? List.of("THAI", "MATH", "SCI", "SOC", "ENG") : SUBJECTS;
    }

    private List<String> schoolLine(int year, String grade, String code, String subject, int examinees) {
        return List.of(
                String.valueOf(year),
                "ONET",
                grade,
                code,
                subject,
                String.valueOf(examinees),
                score(42 + random.nextGaussian() * 9),
                String.format(Locale.ROOT, "%.2f", 10 + random.nextDouble() * 8));
    }

    private static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, v)));
    }
}

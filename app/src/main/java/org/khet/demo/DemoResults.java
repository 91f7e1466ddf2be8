package org.khet.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fictional exam results for the demo schools, written as the CSV files the achievement import reads: ten years
 * of O-NET P6 school means (schools skip some years once O-NET became voluntary in 2564), NT P3 and RT P1, the
 * latest O-NET year as student scores, and national, OBEC and province reference means. Each school has a steady
 * "strength" so its colour group means something from year to year.
 */
final class DemoResults {

    static final int FIRST_YEAR = 2559;
    static final int LAST_YEAR = 2568;
    static final String PROVINCE = "PROVINCE:พัทลุง";

    private record School(String code, int p1, int p3, int p6, double strength) {}

    private final Random random = new Random(2568);
    private final List<School> schools = new ArrayList<>();
    private final StringBuilder schoolMeans =
            new StringBuilder("academic_year,exam,grade,school_code,subject,examinees,mean,sd\n");
    private final StringBuilder studentScores =
            new StringBuilder("academic_year,exam,grade,school_code,student_ref,subject,score\n");
    private final StringBuilder references =
            new StringBuilder("academic_year,exam,grade,scope,subject,examinees,mean,sd\n");

    /** Builds the files from the demo registry's schools CSV (its p1, p3 and p6 columns). */
    static DemoResults generate(String schoolsCsv) {
        DemoResults r = new DemoResults();
        String[] lines = schoolsCsv.split("\n");
        List<String> header = List.of(lines[0].split(","));
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            r.schools.add(new School(
                    cells[header.indexOf("school_code")],
                    Integer.parseInt(cells[header.indexOf("p1")]),
                    Integer.parseInt(cells[header.indexOf("p3")]),
                    Integer.parseInt(cells[header.indexOf("p6")]),
                    r.random.nextGaussian() * 7));
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            r.onet(year);
            r.nt(year);
            if (year >= 2562) {
                r.rt(year);
            }
        }
        return r;
    }

    String schoolMeansCsv() {
        return schoolMeans.toString();
    }

    String studentScoresCsv() {
        return studentScores.toString();
    }

    String referencesCsv() {
        return references.toString();
    }

    private void onet(int year) {
        List<String> subjects =
                year <= 2561 ? List.of("THAI", "MATH", "SCI", "SOC", "ENG") : List.of("THAI", "MATH", "SCI", "ENG");
        for (String subject : subjects) {
            double national = onetNational(subject, year);
            reference(year, "ONET", "P6", subject, national);
            areas(year, subject, national);
            for (School s : schools) {
                boolean skipped = year >= 2564 && Math.floorMod((s.code + year).hashCode(), 9) == 0;
                if (s.p6 == 0 || skipped) {
                    continue;
                }
                // The area starts below the nation and gains half a point a year, as the seed's policies intend.
                double mean = national - 3.5 + (year - FIRST_YEAR) * 0.5 + s.strength + random.nextGaussian() * 3;
                if (year == LAST_YEAR) {
                    students(year, "ONET", "P6", s.code, s.p6, subject, mean);
                } else {
                    schoolMean(year, "ONET", "P6", s.code, s.p6, subject, mean);
                }
            }
        }
    }

    private void nt(int year) {
        List<String> subjects = year <= 2561 ? List.of("LANG", "NUM", "REASON") : List.of("THAI", "MATH");
        for (String subject : subjects) {
            double national = 48 + (subject.equals("MATH") || subject.equals("NUM") ? -4 : 3) + (year - 2559) * 0.4;
            reference(year, "NT", "P3", subject, national);
            for (School s : schools) {
                if (s.p3 > 0) {
                    schoolMean(
                            year, "NT", "P3", s.code, s.p3, subject, national + s.strength + random.nextGaussian() * 4);
                }
            }
        }
    }

    private void rt(int year) {
        for (String subject : List.of("READ_ALOUD", "READ_COMP")) {
            double national = subject.equals("READ_ALOUD") ? 73 : 70;
            reference(year, "RT", "P1", subject, national);
            for (School s : schools) {
                if (s.p1 > 0) {
                    schoolMean(
                            year, "RT", "P1", s.code, s.p1, subject, national + s.strength + random.nextGaussian() * 4);
                }
            }
        }
    }

    /** National O-NET P6 means of the demo: Thai near half, Mathematics lowest, with a wobble from year to year. */
    private double onetNational(String subject, int year) {
        double base =
                switch (subject) {
                    case "THAI" -> 50;
                    case "MATH" -> 33;
                    case "SCI" -> 36;
                    case "SOC" -> 44;
                    default -> 38;
                };
        return base + Math.sin(year * 1.7 + subject.length()) * 3;
    }

    private void reference(int year, String exam, String grade, String subject, double national) {
        int examinees = exam.equals("ONET") ? 480_000 : 470_000;
        references.append(line(year, exam, grade, "NATIONAL", subject, examinees, national, 15.5));
        references.append(line(year, exam, grade, "OBEC", subject, examinees * 4 / 5, national - 1.1, 15.2));
        references.append(line(year, exam, grade, PROVINCE, subject, 4_100, national - 0.6, 15.0));
    }

    /**
     * O-NET P6 means of the southern primary area offices (by code only: the demo registry holds one area), so the
     * page comparing areas has something to compare; the demo area's own row follows its schools' trend.
     */
    private void areas(int year, String subject, double national) {
        for (String code : SOUTHERN_AREAS) {
            double mean = code.equals(DemoArea.CODE)
                    ? national - 3.5 + (year - FIRST_YEAR) * 0.5
                    : national + Math.floorMod((code + subject).hashCode(), 9) - 4 + random.nextGaussian();
            references.append(line(year, "ONET", "P6", "AREA:" + code, subject, 2_000, mean, 15.0));
        }
    }

    private static final List<String> SOUTHERN_AREAS = List.of(
            "8001",
            "8002",
            "8003",
            "8004",
            "8101",
            "8201",
            "8301",
            "8401",
            "8402",
            "8403",
            "8501",
            "8601",
            "8602",
            "9001",
            "9002",
            "9003",
            "9101",
            "9201",
            "9202",
            "9301",
            DemoArea.CODE,
            "9401",
            "9402",
            "9403",
            "9501",
            "9502",
            "9503",
            "9601",
            "9602",
            "9603");

    private void schoolMean(int year, String exam, String grade, String code, int students, String subject, double m) {
        int examinees = Math.max(1, students - random.nextInt(2));
        schoolMeans.append(line(year, exam, grade, code, subject, examinees, clamp(m), 11 + random.nextDouble() * 6));
    }

    private void students(int year, String exam, String grade, String code, int students, String subject, double m) {
        for (int i = 1; i <= students; i++) {
            double score = clamp(m + random.nextGaussian() * 14);
            studentScores.append(String.format(
                    Locale.ROOT, "%d,%s,%s,%s,S%s-%03d,%s,%.2f%n", year, exam, grade, code, code, i, subject, score));
        }
    }

    private static String line(
            int year, String exam, String grade, String where, String subject, int examinees, double mean, double sd) {
        return String.format(
                Locale.ROOT, "%d,%s,%s,%s,%s,%d,%.2f,%.2f%n", year, exam, grade, where, subject, examinees, mean, sd);
    }

    private static double clamp(double v) {
        return Math.max(2, Math.min(98, v));
    }
}

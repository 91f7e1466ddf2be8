package org.khet.personnel;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.platform.Texts;

/**
 * The five-year forecast as tables for Excel: the area's totals by year as on the page, then every school's years one
 * row each (school by school, the most short in the last year first), so a planner can filter or pivot them.
 */
final class ForecastReport {

    private ForecastReport() {}

    static Report of(ForecastPlan plan, String language) {
        return new Report(
                text("personnel.forecast.title", language) + " " + plan.area().nameTh(),
                Texts.of(
                                "personnel.forecast.years",
                                Integer.toString(plan.baseYear()),
                                Integer.toString(plan.baseYear() + Forecast.YEARS))
                        .in(language),
                List.of(totals(plan, language), schools(plan, language)));
    }

    private static Report.Table totals(ForecastPlan plan, String language) {
        List<String> header = headers(
                language,
                "personnel.forecast.col.year",
                "personnel.forecast.col.students",
                "personnel.forecast.col.criterion",
                "personnel.forecast.col.remaining",
                "personnel.forecast.col.difference",
                "personnel.forecast.col.retiring");
        List<List<Cell>> rows = plan.totals().stream()
                .map(t -> List.of(
                        Cell.text(Integer.toString(t.academicYear())),
                        Cell.count(t.students()),
                        Cell.count(t.criterion()),
                        Cell.count(t.remaining()),
                        Cell.count(t.difference()),
                        Cell.count(t.retiring())))
                .toList();
        return new Report.Table(text("personnel.forecast.area", language), header, rows);
    }

    private static Report.Table schools(ForecastPlan plan, String language) {
        List<String> header = headers(
                language,
                "personnel.workforce.col.seq",
                "personnel.workforce.col.schoolCode",
                "personnel.workforce.col.school",
                "personnel.forecast.col.year",
                "personnel.forecast.col.students",
                "personnel.workforce.col.criterionAdministrators",
                "personnel.workforce.col.criterionTeachers",
                "personnel.workforce.col.administrators",
                "personnel.workforce.col.teachers",
                "personnel.forecast.col.difference",
                "personnel.forecast.col.retiring",
                "personnel.workforce.col.note");
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (ForecastPlan.School s : plan.mostShortLast()) {
            n++;
            for (ForecastYear y : s.years()) {
                rows.add(List.of(
                        Cell.count(n),
                        Cell.text(s.schoolCode()),
                        Cell.text(s.schoolName()),
                        Cell.text(Integer.toString(y.academicYear())),
                        Cell.count(y.students()),
                        count(y.criterion().administrators()),
                        count(y.criterion().teachers()),
                        Cell.count(y.administrators()),
                        Cell.count(y.teachers()),
                        count(y.difference()),
                        Cell.count(y.retiring()),
                        Cell.text(note(s, y, language))));
            }
        }
        return new Report.Table(
                text(
                        "personnel.forecast.schools",
                        language,
                        Integer.toString(plan.schools().size()),
                        Integer.toString(plan.baseYear() + Forecast.YEARS)),
                header,
                rows);
    }

    private static String note(ForecastPlan.School s, ForecastYear y, String language) {
        List<String> notes = new ArrayList<>();
        if (!y.hasCriterion()) {
            notes.add(
                    text("personnel.workforce.source." + y.criterion().source().name(), language));
        }
        if (s.totalOnly()) {
            notes.add(text("personnel.forecast.totalOnly", language));
        }
        return String.join("; ", notes);
    }

    private static Cell count(Integer n) {
        return n == null ? Cell.text("–") : Cell.count(n);
    }

    private static List<String> headers(String language, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text(k, language)).toList();
    }

    private static String text(String key, String language, Object... args) {
        return Texts.of(key, args).in(language);
    }
}

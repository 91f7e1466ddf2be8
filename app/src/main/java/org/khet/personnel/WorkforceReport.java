package org.khet.personnel;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.platform.Texts;
import org.springframework.stereotype.Component;

/** The workforce plan as tables for Excel: the page's lists with the same figures, then every school. */
@Component
class WorkforceReport {

    private static final List<String> COLUMNS = List.of(
            "seq",
            "schoolCode",
            "school",
            "network",
            "students",
            "classes",
            "criterionAdministrators",
            "criterionTeachers",
            "administrators",
            "teachers",
            "contractTeachers",
            "differenceAdministrators",
            "differenceTeachers",
            "percentage",
            "note");

    Report of(Workforce.Plan plan, String language) {
        List<String> header = COLUMNS.stream()
                .map(c -> text("personnel.workforce.col." + c, language))
                .toList();
        String year = Integer.toString(plan.academicYear());
        return new Report(
                Texts.of("personnel.workforce.title").in(language) + " "
                        + plan.area().nameTh(),
                Texts.of("personnel.workforce.year", year).in(language),
                List.of(
                        table("personnel.workforce.shortages", plan.shortages(), header, language),
                        table("personnel.workforce.surpluses", plan.surpluses(), header, language),
                        table("personnel.workforce.shortOfClasses", plan.shortOfClasses(), header, language),
                        table("personnel.workforce.all", plan.rows(), header, language)));
    }

    private static Report.Table table(String key, List<WorkforceRow> rows, List<String> header, String language) {
        List<List<Cell>> cells = new ArrayList<>();
        int n = 0;
        for (WorkforceRow r : rows) {
            cells.add(List.of(
                    Cell.count(++n),
                    Cell.text(r.schoolCode()),
                    Cell.text(r.schoolName()),
                    Cell.text(r.networkName()),
                    Cell.count(r.students()),
                    Cell.count(r.classes()),
                    count(r.criterionAdministrators()),
                    count(r.criterionTeachers()),
                    Cell.count(r.administrators()),
                    Cell.count(r.teachers()),
                    Cell.count(r.contractTeachers()),
                    count(r.differenceAdministrators()),
                    count(r.differenceTeachers()),
                    r.percentage() == null ? Cell.text("–") : Cell.number(r.percentage()),
                    Cell.text(note(r, language))));
        }
        return new Report.Table(Texts.of(key, Integer.toString(rows.size())).in(language), header, cells);
    }

    private static Cell count(Integer n) {
        return n == null ? Cell.text("–") : Cell.count(n);
    }

    private static String note(WorkforceRow r, String language) {
        List<String> notes = new ArrayList<>();
        if (!r.hasCriterion()) {
            notes.add(text("personnel.workforce.source." + r.source().name(), language));
        }
        if (r.shortOfClasses()) {
            notes.add(text("personnel.workforce.shortOfClassesNote", language));
        }
        return String.join("; ", notes);
    }

    private static String text(String key, String language) {
        return Texts.of(key).in(language);
    }
}

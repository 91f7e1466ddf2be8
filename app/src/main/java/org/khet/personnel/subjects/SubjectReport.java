package org.khet.personnel.subjects;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.platform.Texts;
import org.springframework.stereotype.Component;

/** The subject shortages as tables for Excel: the page's shortage list, every school's areas, the unmapped majors. */
@Component
class SubjectReport {

    private static final List<String> COLUMNS =
            List.of("seq", "schoolCode", "school", "area", "hours", "needed", "teachers", "difference");

    Report of(SubjectPlan plan, String language) {
        List<String> header = COLUMNS.stream()
                .map(c -> text("personnel.subjects.col." + c, language))
                .toList();
        return new Report(
                text("personnel.subjects.title", language) + " " + plan.area().nameTh(),
                Texts.of("personnel.subjects.year", Integer.toString(plan.academicYear()))
                        .in(language),
                List.of(
                        table("personnel.subjects.shortages", plan.shortages(), header, language),
                        table("personnel.subjects.all", plan.rows(), header, language),
                        unmapped(plan, language)));
    }

    private static Report.Table table(String key, List<SubjectRow> rows, List<String> header, String language) {
        List<List<Cell>> cells = new ArrayList<>();
        int n = 0;
        for (SubjectRow r : rows) {
            cells.add(List.of(
                    Cell.count(++n),
                    Cell.text(r.schoolCode()),
                    Cell.text(r.schoolName()),
                    Cell.text(text(r.learningArea().key(), language)),
                    Cell.count(r.hours()),
                    r.needed() == null ? Cell.text("–") : Cell.number(r.needed()),
                    Cell.count(r.teachers()),
                    r.difference() == null ? Cell.text("–") : Cell.number(r.difference())));
        }
        return new Report.Table(Texts.of(key, Integer.toString(rows.size())).in(language), header, cells);
    }

    private static Report.Table unmapped(SubjectPlan plan, String language) {
        List<List<Cell>> cells = new ArrayList<>();
        for (SubjectPlan.UnmappedMajor m : plan.unmappedMajors()) {
            cells.add(List.of(
                    Cell.text(m.major() == null ? text("personnel.subjects.noMajor", language) : m.major()),
                    Cell.count(m.teachers()),
                    Cell.count(m.schools())));
        }
        List<String> header = List.of(
                text("personnel.subjects.col.major", language),
                text("personnel.subjects.col.teachers", language),
                text("personnel.subjects.col.schools", language));
        return new Report.Table(
                Texts.of("personnel.subjects.unmapped", Integer.toString(cells.size()))
                        .in(language),
                header,
                cells);
    }

    private static String text(String key, String language) {
        return Texts.of(key).in(language);
    }
}

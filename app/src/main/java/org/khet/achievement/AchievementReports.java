package org.khet.achievement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns each achievement page into a {@link Report} with the same figures, for Excel and PDF. */
@Component
class AchievementReports {

    private final MessageSource messages;

    AchievementReports(MessageSource messages) {
        this.messages = messages;
    }

    private String m(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    private String sitting(String language, String exam, String grade, int year) {
        return m(language, "exam." + exam) + " " + m(language, "grade." + grade) + " "
                + m(language, "results.yearOf", String.valueOf(year));
    }

    private static Cell groupCell(QualityPolicy policy, AreaDashboard.Cell cell, String language) {
        if (cell.group() == null) {
            return Cell.number(cell.mean());
        }
        QualityPolicy.Group g = policy.group(cell.group()).orElseThrow();
        return Cell.number(cell.mean()).on(g.colour());
    }

    private static String groupName(QualityPolicy policy, String code, String language, String none) {
        return code == null
                ? none
                : policy.group(code).map(g -> g.name(language)).orElse(code);
    }

    Report dashboard(AreaDashboard.View v, String language) {
        Selection s = v.selection();
        List<Report.Table> tables = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(m(language, "results.school"), m(language, "results.network")));
        v.columns().forEach(c -> header.add(c.name()));
        header.add(m(language, "results.group") + " ("
                + v.columns().get(v.columns().size() - 1).name() + ")");
        List<List<Cell>> rows = new ArrayList<>();
        String none = m(language, "results.noData");
        for (AreaDashboard.SchoolRow r : v.schools()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(r.name()), Cell.text(r.network())));
            v.columns().forEach(c -> row.add(groupCell(v.policy(), r.cell(c.code()), language)));
            row.add(Cell.text(groupName(v.policy(), r.cell(Results.ALL).group(), language, none)));
            rows.add(row);
        }
        tables.add(new Report.Table(m(language, "results.bySchool"), header, rows));

        List<String> dHeader = new ArrayList<>(List.of(m(language, "results.subject")));
        v.policy().groups().forEach(g -> dHeader.add(g.name(language)));
        dHeader.add(none);
        List<List<Cell>> dRows = new ArrayList<>();
        for (AreaDashboard.Distribution d : v.distributions()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d.subject().name())));
            v.policy().groups().forEach(g -> row.add(Cell.count(d.counts().get(g.code()))));
            row.add(Cell.count(d.noData()));
            dRows.add(row);
        }
        tables.add(new Report.Table(m(language, "results.distribution"), dHeader, dRows));

        List<List<Cell>> cRows = new ArrayList<>();
        for (AreaDashboard.Comparison c : v.comparisons()) {
            cRows.add(List.of(
                    Cell.text(c.subject().name()),
                    Cell.number(c.area()),
                    Cell.number(c.province()),
                    Cell.number(c.obec()),
                    Cell.number(c.national()),
                    Cell.number(c.againstNational())));
        }
        tables.add(new Report.Table(
                m(language, "results.references"),
                List.of(
                        m(language, "results.subject"),
                        m(language, "results.thisArea"),
                        m(language, "results.province"),
                        m(language, "results.obec"),
                        m(language, "results.national"),
                        m(language, "results.againstNational")),
                cRows));

        List<String> nHeader = new ArrayList<>(List.of(m(language, "results.network")));
        v.columns().forEach(c -> nHeader.add(c.name()));
        List<List<Cell>> nRows = new ArrayList<>();
        for (AreaDashboard.NetworkRow n : v.networks()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(n.network())));
            v.columns().forEach(c -> row.add(Cell.number(n.means().get(c.code()))));
            nRows.add(row);
        }
        tables.add(new Report.Table(m(language, "results.networks"), nHeader, nRows));
        return new Report(
                m(language, "results.title") + " · " + s.area().nameTh(),
                sitting(language, s.exam(), s.grade(), s.year()) + " · "
                        + v.policy().name(language),
                tables);
    }

    /** The area offices compared: each area's cells coloured by its group, and its group of the mean of all. */
    Report amongAreas(AreaComparison.View v, String language) {
        List<String> header = new ArrayList<>(List.of(m(language, "results.area"), m(language, "amongAreas.code")));
        v.columns().forEach(c -> header.add(c.name()));
        header.add(m(language, "results.group") + " ("
                + v.columns().get(v.columns().size() - 1).name() + ")");
        String none = m(language, "results.noData");
        List<List<Cell>> rows = new ArrayList<>();
        for (AreaComparison.Row r : v.rows()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(r.name()), Cell.text(r.code())));
            v.columns().forEach(c -> row.add(groupCell(v.policy(), r.cell(c.code()), language)));
            row.add(Cell.text(groupName(v.policy(), r.cell(Results.ALL).group(), language, none)));
            rows.add(row);
        }
        return new Report(
                m(language, "amongAreas.title"),
                sitting(language, v.exam(), v.grade(), v.year()) + " · "
                        + v.policy().name(language) + " · "
                        + m(language, "amongAreas.count", v.rows().size()),
                List.of(new Report.Table(m(language, "amongAreas.title"), header, rows)));
    }

    Report school(SchoolDashboard.View v, String areaName, String language) {
        List<List<Cell>> gaps = new ArrayList<>();
        String none = m(language, "results.noData");
        for (SchoolDashboard.Gap g : v.gaps()) {
            gaps.add(List.of(
                    Cell.text(g.subject().name()),
                    Cell.number(g.mean()),
                    Cell.number(g.target()),
                    Cell.number(g.gap()),
                    Cell.text(groupName(v.policy(), g.group(), language, none))));
        }
        List<String> hHeader = new ArrayList<>(List.of(m(language, "results.year")));
        v.columns().forEach(c -> hHeader.add(c.name()));
        List<List<Cell>> history = new ArrayList<>();
        for (SchoolDashboard.YearGroups y : v.history()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(String.valueOf(y.year()))));
            v.columns().forEach(c -> row.add(groupCell(v.policy(), y.cell(c.code()), language)));
            history.add(row);
        }
        return new Report(
                v.school().nameTh() + " · " + m(language, "results.title"),
                areaName + " · " + sitting(language, v.exam(), v.grade(), v.latestYear()) + " · "
                        + v.policy().name(language),
                List.of(
                        new Report.Table(
                                m(language, "results.gap"),
                                List.of(
                                        m(language, "results.subject"),
                                        m(language, "results.mean"),
                                        m(language, "results.target"),
                                        m(language, "results.gapShort"),
                                        m(language, "results.group")),
                                gaps),
                        new Report.Table(m(language, "results.school.groups"), hHeader, history)));
    }

    Report progress(Progress.View v, String language) {
        Selection s = v.selection();
        List<List<Cell>> targets = new ArrayList<>();
        for (Progress.SubjectTarget t : v.subjects()) {
            targets.add(List.of(
                    Cell.text(t.subject().name()),
                    Cell.number(t.target()),
                    Cell.number(t.areaMean()),
                    Cell.number(t.gap()),
                    Cell.number(t.change()),
                    Cell.text(t.meeting() + " / " + t.ranked())));
        }
        String none = m(language, "results.noData");
        List<List<Cell>> movement = new ArrayList<>();
        for (Progress.Movement mv : v.schools()) {
            String before = v.previousPolicy() == null
                    ? "–"
                    : groupName(v.previousPolicy(), mv.previousGroup(), language, none);
            movement.add(List.of(
                    Cell.text(mv.name()),
                    Cell.number(mv.mean()),
                    Cell.number(mv.change()),
                    Cell.text(before + " → " + groupName(v.policy(), mv.group(), language, none)),
                    Cell.text(mv.subjectsMeeting() + " / " + mv.subjects())));
        }
        return new Report(
                m(language, "progress.title") + " · " + s.area().nameTh(),
                sitting(language, s.exam(), s.grade(), s.year()) + " · "
                        + v.policy().name(language),
                List.of(
                        new Report.Table(
                                m(language, "progress.targets"),
                                List.of(
                                        m(language, "results.subject"),
                                        m(language, "results.target"),
                                        m(language, "progress.areaMean"),
                                        m(language, "results.gapShort"),
                                        m(language, "progress.change"),
                                        m(language, "progress.meeting")),
                                targets),
                        new Report.Table(
                                m(language, "progress.movement"),
                                List.of(
                                        m(language, "results.school"),
                                        m(language, "progress.meanAll"),
                                        m(language, "progress.change"),
                                        m(language, "progress.groupMove"),
                                        m(language, "progress.subjectsMeeting")),
                                movement)));
    }

    Report rewards(Selection s, QualityPolicy policy, List<Rewards.Earned> earned, String language) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Rewards.Earned e : earned) {
            for (AreaDashboard.SchoolRow r : e.schools()) {
                rows.add(List.of(
                        Cell.text(e.group().name(language)).on(e.group().colour()),
                        Cell.text(e.reward() == null ? m(language, "rewards.none") : e.reward()),
                        Cell.text(r.name()),
                        Cell.text(r.network())));
            }
        }
        return new Report(
                m(language, "rewards.title") + " · " + s.area().nameTh(),
                sitting(language, s.exam(), s.grade(), s.year()) + " · " + policy.name(language),
                List.of(new Report.Table(
                        m(language, "rewards.title"),
                        List.of(
                                m(language, "results.group"),
                                m(language, "rewards.reward"),
                                m(language, "results.school"),
                                m(language, "results.network")),
                        rows)));
    }
}

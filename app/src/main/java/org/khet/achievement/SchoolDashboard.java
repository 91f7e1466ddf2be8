package org.khet.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.khet.registry.Area;
import org.khet.registry.Schools;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** One school's results over the years: against the area and the nation, its groups, and its gap to target. */
@Component
class SchoolDashboard {

    /** The school's standing in one subject of the latest year. */
    record Gap(AreaDashboard.Column subject, BigDecimal mean, BigDecimal target, String group) {

        public BigDecimal gap() {
            return mean == null ? null : mean.subtract(target).setScale(2, RoundingMode.HALF_UP);
        }

        public boolean met() {
            return mean != null && mean.compareTo(target) >= 0;
        }
    }

    /** A year's groups, by subject. */
    record YearGroups(int year, Map<String, AreaDashboard.Cell> cells) {

        public AreaDashboard.Cell cell(String subject) {
            return cells.getOrDefault(subject, new AreaDashboard.Cell(null, null, null));
        }
    }

    record View(
            Schools.SchoolRef school,
            String exam,
            String grade,
            QualityPolicy policy,
            int latestYear,
            List<AreaDashboard.Column> columns,
            List<Gap> gaps,
            List<YearGroups> history,
            List<AreaDashboard.Column> chartSubjects,
            Map<String, Map<String, Object>> charts) {}

    private final Exams exams;
    private final Results results;
    private final References references;
    private final QualityGroups groups;
    private final QualityPolicies policies;
    private final Targets targets;
    private final ViewCache cache;
    private final MessageSource messages;

    SchoolDashboard(
            Exams exams,
            Results results,
            References references,
            QualityGroups groups,
            QualityPolicies policies,
            Targets targets,
            ViewCache cache,
            MessageSource messages) {
        this.messages = messages;
        this.cache = cache;
        this.exams = exams;
        this.results = results;
        this.references = references;
        this.groups = groups;
        this.policies = policies;
        this.targets = targets;
    }

    /** A school's page, kept until its area's data changes. */
    View build(Schools.SchoolRef school, Area area, Results.Sitting sitting, String policyCode, String language) {
        return cache.get(
                area.id(),
                "school",
                List.of(school, area, sitting, policyCode, language),
                () -> compute(school, area, sitting, policyCode, language));
    }

    private View compute(
            Schools.SchoolRef school, Area area, Results.Sitting sitting, String policyCode, String language) {
        Exams.Catalogue catalogue = exams.catalogue();
        List<Results.Mean> history = results.schoolHistory(school.id(), sitting.exam(), sitting.grade());
        List<Integer> years = new ArrayList<>(
                new TreeSet<>(history.stream().map(Results.Mean::academicYear).toList()));
        int latest = years.get(years.size() - 1);
        QualityPolicy policy = policies.inForce(policyCode, latest);
        Selection latestSelection = new Selection(area, sitting.exam(), sitting.grade(), latest, policyCode, years);
        List<AreaDashboard.Column> columns = columns(catalogue, sitting, latest, language);
        Map<Integer, List<String>> subjectsByYear = new LinkedHashMap<>();
        for (int year : years) {
            subjectsByYear.put(
                    year,
                    columns(catalogue, sitting, year, language).stream()
                            .map(AreaDashboard.Column::code)
                            .toList());
        }
        var placed = groups.history(
                area.id(), sitting.exam(), sitting.grade(), subjectsByYear, y -> policies.inForce(policyCode, y));
        List<YearGroups> groupHistory = new ArrayList<>();
        for (int year : years) {
            Map<String, AreaDashboard.Cell> cells = new LinkedHashMap<>();
            placed.get(year).forEach((subject, list) -> list.stream()
                    .filter(p -> p.schoolId() == school.id())
                    .findFirst()
                    .ifPresent(p -> cells.put(subject, new AreaDashboard.Cell(p.mean(), p.rank(), p.group()))));
            groupHistory.add(new YearGroups(year, cells));
        }
        List<AreaDashboard.Column> allColumns = new ArrayList<>();
        for (int year : years) {
            for (AreaDashboard.Column c : columns(catalogue, sitting, year, language)) {
                if (allColumns.stream().noneMatch(a -> a.code().equals(c.code()))) {
                    allColumns.add(c);
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        YearGroups last = groupHistory.get(groupHistory.size() - 1);
        for (AreaDashboard.Column c : columns) {
            AreaDashboard.Cell cell = last.cell(c.code());
            gaps.add(new Gap(c, cell.mean(), targets.of(area.id(), c.code(), latest), cell.group()));
        }
        return new View(
                school,
                sitting.exam(),
                sitting.grade(),
                policy,
                latest,
                allColumns,
                gaps,
                newestFirst(groupHistory),
                columns.stream().filter(c -> !Results.ALL.equals(c.code())).toList(),
                charts(latestSelection, history, years, columns, language));
    }

    private List<AreaDashboard.Column> columns(
            Exams.Catalogue catalogue, Results.Sitting sitting, int year, String language) {
        return exams.columns(catalogue, sitting.exam(), sitting.grade(), year, language);
    }

    private static List<YearGroups> newestFirst(List<YearGroups> history) {
        List<YearGroups> reversed = new ArrayList<>(history);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private Map<String, Map<String, Object>> charts(
            Selection s,
            List<Results.Mean> history,
            List<Integer> years,
            List<AreaDashboard.Column> columns,
            String language) {
        java.util.function.Function<String, String> label =
                key -> messages.getMessage("achievement.chart." + key, null, java.util.Locale.forLanguageTag(language));
        List<Results.Mean> area = results.areaTrend(s.area().id(), s.exam(), s.grade());
        List<References.ScopeMean> national = references.sitting(s.exam(), s.grade(), List.of(References.NATIONAL));
        Map<String, Map<String, Object>> charts = new LinkedHashMap<>();
        for (AreaDashboard.Column c : columns) {
            if (Results.ALL.equals(c.code())) {
                continue;
            }
            charts.put(
                    c.code(),
                    Charts.lines(
                            years,
                            List.of(
                                    new Charts.Line(
                                            label.apply("thisSchool"),
                                            Charts.SCHOOL_COLOUR,
                                            AreaDashboard.series(years, AreaDashboard.byYear(history, c.code())),
                                            false),
                                    new Charts.Line(
                                            label.apply("area"),
                                            Charts.AREA_COLOUR,
                                            AreaDashboard.series(years, AreaDashboard.byYear(area, c.code())),
                                            true),
                                    new Charts.Line(
                                            label.apply("national"),
                                            Charts.NATIONAL_COLOUR,
                                            AreaDashboard.series(
                                                    years,
                                                    AreaDashboard.scopeByYear(national, References.NATIONAL, c.code())),
                                            true)),
                            label.apply("mean")));
        }
        return charts;
    }
}

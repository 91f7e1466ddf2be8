package org.khet.achievement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Area offices grouped among area offices, from each area's results loaded as reference rows (scope AREA:code),
 * the way OBEC compares its 245 offices: one row per area, one coloured cell per subject and for all subjects.
 */
@Component
class AreaComparison {

    /** An area office and its cells, keyed by subject code (ALL included). */
    record Row(String code, String name, Map<String, AreaDashboard.Cell> cells) {

        public AreaDashboard.Cell cell(String subject) {
            return cells.getOrDefault(subject, new AreaDashboard.Cell(null, null, null));
        }
    }

    record View(
            String exam,
            String grade,
            int year,
            QualityPolicy policy,
            List<AreaDashboard.Column> columns,
            List<Row> rows) {

        /** The row of an area office, if it has results. */
        public Row rowOf(String code) {
            return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        }
    }

    private final Exams exams;
    private final QualityGroups groups;
    private final QualityPolicies policies;
    private final ViewCache cache;

    AreaComparison(Exams exams, QualityGroups groups, QualityPolicies policies, ViewCache cache) {
        this.exams = exams;
        this.groups = groups;
        this.policies = policies;
        this.cache = cache;
    }

    /** Policies that can group areas: every one but the lower-limit rule, which needs each student's score. */
    List<QualityPolicy> usable(int year) {
        return policies.all().stream()
                .filter(p -> p.rule() != QualityPolicy.Rule.LOWER_LIMIT_SHARE && p.appliesTo(year))
                .toList();
    }

    /** The comparison for a year, kept until the achievement data changes; {@code names} are the areas' names. */
    View build(String exam, String grade, int year, String policyCode, Map<String, String> names, String language) {
        return cache.global(
                "among-areas",
                List.of(exam, grade, year, policyCode, names, language),
                () -> compute(exam, grade, year, policyCode, names, language));
    }

    private View compute(
            String exam, String grade, int year, String policyCode, Map<String, String> names, String language) {
        QualityPolicy policy = policies.inForce(policyCode, year);
        List<AreaDashboard.Column> columns = exams.columns(exams.catalogue(), exam, grade, year, language);
        Map<String, Map<String, AreaDashboard.Cell>> cells = new LinkedHashMap<>();
        for (AreaDashboard.Column c : columns) {
            for (QualityGrouping.Placement p : groups.placeAreas(year, exam, grade, c.code(), policy)) {
                cells.computeIfAbsent(p.key(), k -> new HashMap<>())
                        .put(c.code(), new AreaDashboard.Cell(p.mean(), p.rank(), p.group()));
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((code, bySubject) -> rows.add(new Row(code, names.getOrDefault(code, code), bySubject)));
        rows.sort(Comparator.comparing(
                        (Row r) -> r.cell(Results.ALL).rank(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::code));
        return new View(exam, grade, year, policy, columns, rows);
    }
}

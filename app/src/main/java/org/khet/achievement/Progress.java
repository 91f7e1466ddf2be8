package org.khet.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Targets and progress: each subject's target and the area's gap, the schools meeting it, and how each school's
 * mean and group changed since the year before.
 */
@Component
class Progress {

    /** A subject's target, the area's mean and how many schools reach the target. */
    record SubjectTarget(
            AreaDashboard.Column subject,
            BigDecimal target,
            BigDecimal areaMean,
            BigDecimal previousAreaMean,
            int meeting,
            int ranked) {

        public BigDecimal gap() {
            return areaMean == null ? null : areaMean.subtract(target).setScale(2, RoundingMode.HALF_UP);
        }

        public BigDecimal change() {
            return areaMean == null || previousAreaMean == null
                    ? null
                    : areaMean.subtract(previousAreaMean).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A school's mean of all subjects and group this year and last year. */
    record Movement(
            long schoolId,
            String name,
            String network,
            BigDecimal mean,
            BigDecimal previousMean,
            String group,
            String previousGroup,
            int subjectsMeeting,
            int subjects,
            int direction) {

        public BigDecimal change() {
            return mean == null || previousMean == null
                    ? null
                    : mean.subtract(previousMean).setScale(2, RoundingMode.HALF_UP);
        }
    }

    record View(
            Selection selection,
            QualityPolicy policy,
            QualityPolicy previousPolicy,
            List<SubjectTarget> subjects,
            List<Movement> schools,
            long movedUp,
            long movedDown) {}

    private final Exams exams;
    private final Results results;
    private final QualityPolicies policies;
    private final QualityGroups groups;
    private final Targets targets;
    private final ViewCache cache;

    Progress(
            Exams exams,
            Results results,
            QualityPolicies policies,
            QualityGroups groups,
            Targets targets,
            ViewCache cache) {
        this.cache = cache;
        this.exams = exams;
        this.results = results;
        this.policies = policies;
        this.groups = groups;
        this.targets = targets;
    }

    /** The progress of a selection, kept until the area's data changes. */
    View build(Selection s, String language) {
        return cache.get(s.area().id(), "progress", List.of(s, language), () -> compute(s, language));
    }

    private View compute(Selection s, String language) {
        Exams.Catalogue catalogue = exams.catalogue();
        QualityPolicy policy = policies.inForce(s.policy(), s.year());
        List<AreaDashboard.Column> columns = exams.columns(catalogue, s.exam(), s.grade(), s.year(), language);
        Integer previousYear = s.previousYear();
        QualityPolicy previousPolicy = previousYear == null ? null : policies.inForce(s.policy(), previousYear);
        Map<Integer, List<String>> years = new java.util.LinkedHashMap<>();
        years.put(s.year(), columns.stream().map(AreaDashboard.Column::code).toList());
        if (previousYear != null) {
            years.put(
                    previousYear,
                    exams.columns(catalogue, s.exam(), s.grade(), previousYear, language).stream()
                            .map(AreaDashboard.Column::code)
                            .toList());
        }
        var history =
                groups.history(s.area().id(), s.exam(), s.grade(), years, y -> y == s.year() ? policy : previousPolicy);
        Map<String, List<QualityGroups.SchoolPlacement>> now = history.get(s.year());
        List<QualityGroups.SchoolPlacement> before =
                previousYear == null ? List.of() : history.get(previousYear).get(Results.ALL);
        Map<String, BigDecimal> areaNow = areaMeans(s, s.year());
        Map<String, BigDecimal> areaBefore = previousYear == null ? Map.of() : areaMeans(s, previousYear);
        Map<String, BigDecimal> targetBySubject = targets.of(
                s.area().id(), columns.stream().map(AreaDashboard.Column::code).toList(), s.year());
        List<SubjectTarget> subjects = new ArrayList<>();
        for (AreaDashboard.Column c : columns) {
            BigDecimal target = targetBySubject.get(c.code());
            List<QualityGroups.SchoolPlacement> placed = now.get(c.code());
            int ranked = (int) placed.stream()
                    .filter(QualityGroups.SchoolPlacement::hasData)
                    .count();
            int meeting = (int) placed.stream()
                    .filter(p -> p.hasData() && p.mean().compareTo(target) >= 0)
                    .count();
            boolean all = Results.ALL.equals(c.code());
            subjects.add(new SubjectTarget(
                    c,
                    target,
                    all ? AreaDashboard.average(areaNow.values()) : areaNow.get(c.code()),
                    all ? AreaDashboard.average(areaBefore.values()) : areaBefore.get(c.code()),
                    meeting,
                    ranked));
        }
        Map<Long, QualityGroups.SchoolPlacement> previousBySchool =
                before.stream().collect(Collectors.toMap(QualityGroups.SchoolPlacement::schoolId, p -> p));
        List<Movement> schools = new ArrayList<>();
        for (QualityGroups.SchoolPlacement p : now.get(Results.ALL)) {
            QualityGroups.SchoolPlacement last = previousBySchool.get(p.schoolId());
            int meeting = 0;
            int withData = 0;
            for (AreaDashboard.Column c : columns) {
                if (Results.ALL.equals(c.code())) {
                    continue;
                }
                var cell = now.get(c.code()).stream()
                        .filter(x -> x.schoolId() == p.schoolId())
                        .findFirst();
                if (cell.isPresent() && cell.get().hasData()) {
                    withData++;
                    meeting += cell.get().mean().compareTo(targetBySubject.get(c.code())) >= 0 ? 1 : 0;
                }
            }
            String previousGroup = last == null ? null : last.group();
            int direction = 0;
            if (p.group() != null && previousGroup != null && previousPolicy != null) {
                // Groups are listed best first: a smaller position is a better group.
                direction = Integer.compare(previousPolicy.ordinal(previousGroup), policy.ordinal(p.group()));
            }
            schools.add(new Movement(
                    p.schoolId(),
                    p.nameTh(),
                    p.network(),
                    p.mean(),
                    last == null ? null : last.mean(),
                    p.group(),
                    previousGroup,
                    meeting,
                    withData,
                    direction));
        }
        schools.sort(Comparator.comparing(Movement::direction)
                .reversed()
                .thenComparing(Movement::change, Comparator.nullsLast(Comparator.reverseOrder())));
        long up = schools.stream().filter(m -> m.direction() > 0).count();
        long down = schools.stream().filter(m -> m.direction() < 0).count();
        return new View(s, policy, previousPolicy, subjects, schools, up, down);
    }

    private Map<String, BigDecimal> areaMeans(Selection s, int year) {
        return results.areaTrend(s.area().id(), s.exam(), s.grade()).stream()
                .filter(m -> m.academicYear() == year)
                .collect(Collectors.toMap(Results.Mean::subject, Results.Mean::mean, (a, b) -> a));
    }
}

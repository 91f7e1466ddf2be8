package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Computes the quality groups of an area's schools (or of every area's schools, each area on its own). */
@Component
class QualityGroups {

    /** A school and where it landed; rank, percentile and group are null for "no data". */
    record SchoolPlacement(
            long schoolId,
            String schoolCode,
            String nameTh,
            long areaId,
            String network,
            Integer examinees,
            BigDecimal mean,
            Integer rank,
            BigDecimal percentile,
            BigDecimal shareAboveLimit,
            String group) {

        public boolean hasData() {
            return group != null;
        }
    }

    private final Results results;
    private final References references;
    private final ViewCache cache;

    QualityGroups(Results results, References references, ViewCache cache) {
        this.results = results;
        this.references = references;
        this.cache = cache;
    }

    /** Groups the schools of one area, or of every area when {@code areaId} is null, ranked best first. */
    List<SchoolPlacement> place(
            Long areaId, int year, String exam, String grade, String subject, QualityPolicy policy) {
        return placeMeans(
                results.schoolMeans(areaId, year, exam, grade, subject), year, exam, grade, subject, policy, areaId);
    }

    /** Places the schools' means of one year and subject, each area on its own, with what the rule needs. */
    private List<SchoolPlacement> placeMeans(
            List<Results.SchoolMean> means,
            int year,
            String exam,
            String grade,
            String subject,
            QualityPolicy policy,
            Long areaId) {
        BigDecimal referenceMean = null;
        Map<Long, BigDecimal> shares = Map.of();
        if (policy.rule() == QualityPolicy.Rule.REFERENCE_TAILS) {
            referenceMean = references
                    .of(year, exam, grade, policy.params().referenceScope(), subject)
                    .map(References.Reference::mean)
                    .orElse(null);
        } else if (policy.rule() == QualityPolicy.Rule.LOWER_LIMIT_SHARE) {
            shares = results.sharesAboveLimit(
                    areaId,
                    year,
                    exam,
                    grade,
                    subject,
                    policy.params().referenceScope(),
                    policy.params().z());
        }
        Map<Long, List<Results.SchoolMean>> byArea = new LinkedHashMap<>();
        for (Results.SchoolMean m : means) {
            byArea.computeIfAbsent(m.areaId(), a -> new ArrayList<>()).add(m);
        }
        List<SchoolPlacement> placed = new ArrayList<>(means.size());
        for (List<Results.SchoolMean> area : byArea.values()) {
            Map<String, Results.SchoolMean> byKey = new HashMap<>();
            List<QualityGrouping.Entry> entries = new ArrayList<>(area.size());
            for (Results.SchoolMean m : area) {
                byKey.put(m.schoolCode(), m);
                entries.add(
                        new QualityGrouping.Entry(m.schoolCode(), m.examinees(), m.mean(), shares.get(m.schoolId())));
            }
            for (QualityGrouping.Placement p : QualityGrouping.place(policy, entries, referenceMean)) {
                Results.SchoolMean m = byKey.get(p.key());
                placed.add(new SchoolPlacement(
                        m.schoolId(),
                        m.schoolCode(),
                        m.nameTh(),
                        m.areaId(),
                        m.network(),
                        p.examinees(),
                        p.mean(),
                        p.rank(),
                        p.percentile(),
                        p.shareAboveLimit(),
                        p.group()));
            }
        }
        return placed;
    }

    /** Groups area offices among area offices from their results loaded with scope AREA:code. */
    List<QualityGrouping.Placement> placeAreas(
            int year, String exam, String grade, String subject, QualityPolicy policy) {
        List<QualityGrouping.Entry> entries = references.areas(year, exam, grade, subject).stream()
                .map(r -> new QualityGrouping.Entry(r.scope(), r.examinees(), r.mean(), null))
                .toList();
        BigDecimal referenceMean = policy.rule() == QualityPolicy.Rule.REFERENCE_TAILS
                ? references
                        .of(year, exam, grade, policy.params().referenceScope(), subject)
                        .map(References.Reference::mean)
                        .orElse(null)
                : null;
        return QualityGrouping.place(policy, entries, referenceMean);
    }

    /**
     * The placements of an area's schools for several years and subjects (ALL included) from one query, grouped
     * in memory: what the dashboards need, where one query per year and subject would add up. The schools that
     * sit the exam are those with a result in any year, as in {@link #place}. Kept until the area's data changes:
     * every achievement page starts from it.
     */
    Map<Integer, Map<String, List<SchoolPlacement>>> history(
            long areaId,
            String exam,
            String grade,
            Map<Integer, List<String>> subjectsByYear,
            java.util.function.IntFunction<QualityPolicy> policyOfYear) {
        Map<Integer, QualityPolicy> policies = new LinkedHashMap<>();
        subjectsByYear.keySet().forEach(year -> policies.put(year, policyOfYear.apply(year)));
        return cache.get(
                areaId,
                "placements",
                List.of(areaId, exam, grade, subjectsByYear, policies),
                () -> computeHistory(areaId, exam, grade, subjectsByYear, policies));
    }

    private Map<Integer, Map<String, List<SchoolPlacement>>> computeHistory(
            long areaId,
            String exam,
            String grade,
            Map<Integer, List<String>> subjectsByYear,
            Map<Integer, QualityPolicy> policyOfYear) {
        List<Results.Row> rows = results.sitting(areaId, exam, grade);
        Map<Long, Results.Row> schools = new java.util.TreeMap<>();
        Map<String, Results.Row> byKey = new HashMap<>();
        for (Results.Row r : rows) {
            schools.putIfAbsent(r.schoolId(), r);
            byKey.put(r.academicYear() + "/" + r.subject() + "/" + r.schoolId(), r);
        }
        Map<Integer, Map<String, List<SchoolPlacement>>> byYear = new LinkedHashMap<>();
        for (var yearSubjects : subjectsByYear.entrySet()) {
            int year = yearSubjects.getKey();
            QualityPolicy policy = policyOfYear.get(year);
            List<String> subjects = yearSubjects.getValue().stream()
                    .filter(sub -> !Results.ALL.equals(sub))
                    .toList();
            Map<String, List<SchoolPlacement>> bySubject = new LinkedHashMap<>();
            for (String subject : yearSubjects.getValue()) {
                List<Results.SchoolMean> means = new ArrayList<>();
                for (Results.Row school : schools.values()) {
                    Results.SchoolMean mean = Results.ALL.equals(subject)
                            ? allSubjects(school, year, subjects, byKey)
                            : one(school, byKey.get(year + "/" + subject + "/" + school.schoolId()));
                    if (school.open() || mean.mean() != null) {
                        means.add(mean);
                    }
                }
                bySubject.put(subject, placeMeans(means, year, exam, grade, subject, policy, areaId));
            }
            byYear.put(year, bySubject);
        }
        return byYear;
    }

    private static Results.SchoolMean one(Results.Row school, Results.Row result) {
        return new Results.SchoolMean(
                school.schoolId(),
                school.schoolCode(),
                school.nameTh(),
                school.areaId(),
                school.network(),
                result == null ? null : result.examinees(),
                result == null ? null : result.mean());
    }

    /** A school's mean of its subject means in a year (ALL), with its largest number of examinees. */
    private static Results.SchoolMean allSubjects(
            Results.Row school, int year, List<String> subjects, Map<String, Results.Row> byKey) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        Integer examinees = null;
        for (String subject : subjects) {
            Results.Row r = byKey.get(year + "/" + subject + "/" + school.schoolId());
            if (r != null) {
                sum = sum.add(r.mean());
                n++;
                examinees = examinees == null ? r.examinees() : Math.max(examinees, r.examinees());
            }
        }
        BigDecimal mean = n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 3, java.math.RoundingMode.HALF_UP);
        return new Results.SchoolMean(
                school.schoolId(),
                school.schoolCode(),
                school.nameTh(),
                school.areaId(),
                school.network(),
                examinees,
                mean);
    }
}

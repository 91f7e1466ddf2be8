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

    QualityGroups(Results results, References references) {
        this.results = results;
        this.references = references;
    }

    /** Groups the schools of one area, or of every area when {@code areaId} is null, ranked best first. */
    List<SchoolPlacement> place(
            Long areaId, int year, String exam, String grade, String subject, QualityPolicy policy) {
        List<Results.SchoolMean> means = results.schoolMeans(areaId, year, exam, grade, subject);
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
}

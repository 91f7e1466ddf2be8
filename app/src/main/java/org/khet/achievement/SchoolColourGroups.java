package org.khet.achievement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each school's quality colour group for other modules (personnel's salary rounds weigh their quality share by it):
 * the area's schools placed on their O-NET grade 6 mean of all subjects of an academic year, under the area's own
 * four-colour policy in force that year ({@code SEED}: GREEN, YELLOW, BLACK, RED) — the placement the area dashboard
 * shows by default. A school without results that year has no group and is absent.
 */
@Component
public class SchoolColourGroups {

    static final String EXAM = "ONET";
    static final String GRADE = "P6";

    private final QualityGroups groups;
    private final QualityPolicies policies;

    SchoolColourGroups(QualityGroups groups, QualityPolicies policies) {
        this.groups = groups;
        this.policies = policies;
    }

    /** School id → group code (GREEN, YELLOW, BLACK or RED) in academic year {@code year} (BE) of the area. */
    public Map<Long, String> of(long areaId, int year) {
        QualityPolicy policy = policies.inForce(QualityPolicies.DEFAULT, year);
        Map<Long, String> bySchool = new LinkedHashMap<>();
        for (QualityGroups.SchoolPlacement p : groups.place(areaId, year, EXAM, GRADE, Results.ALL, policy)) {
            if (p.hasData()) {
                bySchool.put(p.schoolId(), p.group());
            }
        }
        return bySchool;
    }
}

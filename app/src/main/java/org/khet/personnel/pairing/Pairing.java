package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pairing of an academic year as stored: its host and partner schools (each partner with the distance to the host
 * and how its pupils travel), which school teaches each grade (a grade not listed is taught at each school itself),
 * and its state.
 */
public record Pairing(
        long id,
        long areaId,
        int academicYear,
        School host,
        List<Partner> partners,
        Map<String, Long> grades,
        State state) {

    /** DRAFT while the personnel group arranges it; APPROVED once the group or the area director approves it. */
    public enum State {
        DRAFT,
        APPROVED
    }

    /** How a partner's pupils travel to the school that teaches their grade. */
    public enum Transport {
        VAN,
        BUS,
        SONGTHAEW,
        PARENTS,
        OTHER
    }

    public record School(long id, String code, String nameTh) {}

    public record Partner(School school, BigDecimal distanceKm, String transportMode) {}

    /** The host first, then the partners. */
    public List<School> schools() {
        List<School> all = new ArrayList<>();
        all.add(host);
        partners.forEach(p -> all.add(p.school()));
        return all;
    }

    public boolean draft() {
        return state == State.DRAFT;
    }

    /** The school that teaches {@code grade}: the one named, else {@code own} itself. */
    public long teacherOf(String grade, long own) {
        return grades.getOrDefault(grade, own);
    }
}

package org.khet.personnel.pairing;

import java.util.HashMap;
import java.util.Map;
import org.khet.personnel.ForecastYear;

/**
 * The staffing criterion of a pairing's schools before and after it: before, each school with its own pupils; after,
 * each school with the pupils of the grades it teaches (its own and those who travel to it). Administrators and
 * teachers summed over the schools; null when the criterion does not cover a school (no rule for its size).
 */
public record PairingStaffing(
        Integer administratorsBefore, Integer teachersBefore, Integer administratorsAfter, Integer teachersAfter) {

    /** Each school's pupils per grade as the pairing teaches them. */
    static Map<Long, Map<String, Integer>> taught(Pairing pairing, Map<Long, Map<String, Integer>> enrolment) {
        Map<Long, Map<String, Integer>> taught = new HashMap<>();
        pairing.schools().forEach(s -> taught.put(s.id(), new HashMap<>()));
        for (Pairing.School school : pairing.schools()) {
            enrolment.getOrDefault(school.id(), Map.of()).forEach((grade, pupils) -> taught.get(
                            pairing.teacherOf(grade, school.id()))
                    .merge(grade, pupils, Integer::sum));
        }
        return taught;
    }

    /** Each school's own pupils per grade. */
    static Map<Long, Map<String, Integer>> own(Pairing pairing, Map<Long, Map<String, Integer>> enrolment) {
        Map<Long, Map<String, Integer>> own = new HashMap<>();
        pairing.schools().forEach(s -> own.put(s.id(), enrolment.getOrDefault(s.id(), Map.of())));
        return own;
    }

    static PairingStaffing of(Map<Long, ForecastYear.Criterion> before, Map<Long, ForecastYear.Criterion> after) {
        return new PairingStaffing(sum(before, true), sum(before, false), sum(after, true), sum(after, false));
    }

    /** The figures summed over schools with pupils; null if one of them has no criterion. */
    private static Integer sum(Map<Long, ForecastYear.Criterion> criteria, boolean administrators) {
        int total = 0;
        for (ForecastYear.Criterion c : criteria.values()) {
            if (c.source() == org.khet.personnel.WorkforceRow.Criterion.NO_STUDENTS) {
                continue;
            }
            Integer n = administrators ? c.administrators() : c.teachers();
            if (n == null) {
                return null;
            }
            total += n;
        }
        return total;
    }

    public boolean known() {
        return teachersBefore != null && teachersAfter != null;
    }
}

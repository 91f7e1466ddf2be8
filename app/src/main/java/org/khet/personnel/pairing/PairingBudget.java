package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a pairing costs a year under a rule: every pupil of a grade that another school of the pairing teaches
 * travels there on each school day, so the budget is the travelling pupils × the allowance per pupil and day × the
 * school days. Enrolment is each school's pupils per grade of the pairing's year.
 */
public record PairingBudget(List<Travel> travels, BigDecimal allowancePerDay, int schoolDays) {

    /** The pupils of one grade of one school who travel to the school that teaches it. */
    public record Travel(Pairing.School from, String grade, int pupils, Pairing.School to) {}

    static PairingBudget of(Pairing pairing, Map<Long, Map<String, Integer>> enrolment, PairingRules.Rule rule) {
        List<Travel> travels = new ArrayList<>();
        for (Pairing.School school : pairing.schools()) {
            Map<String, Integer> grades = enrolment.getOrDefault(school.id(), Map.of());
            for (var grade : grades.entrySet()) {
                long teacher = pairing.teacherOf(grade.getKey(), school.id());
                if (teacher != school.id() && grade.getValue() > 0) {
                    Pairing.School to = pairing.schools().stream()
                            .filter(s -> s.id() == teacher)
                            .findFirst()
                            .orElseThrow();
                    travels.add(new Travel(school, grade.getKey(), grade.getValue(), to));
                }
            }
        }
        return new PairingBudget(
                List.copyOf(travels),
                rule == null ? null : rule.allowancePerDay(),
                rule == null ? 0 : rule.schoolDays());
    }

    public int pupils() {
        return travels.stream().mapToInt(Travel::pupils).sum();
    }

    /** The pupils who travel from {@code schoolId}. */
    public int pupilsFrom(long schoolId) {
        return travels.stream()
                .filter(t -> t.from().id() == schoolId)
                .mapToInt(Travel::pupils)
                .sum();
    }

    /** The year's budget in baht, null when no rule is in force. */
    public BigDecimal total() {
        return allowancePerDay == null
                ? null
                : allowancePerDay.multiply(BigDecimal.valueOf((long) pupils() * schoolDays));
    }
}

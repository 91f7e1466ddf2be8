package org.khet.personnel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.khet.registry.Area;

/** The five-year forecast of an area's schools from a base academic year (the base year first). */
record ForecastPlan(Area area, int baseYear, List<School> schools) {

    /** One school's years; {@code totalOnly} when the registry has its total but not its students per grade. */
    public record School(
            long schoolId, String schoolCode, String schoolName, boolean totalOnly, List<ForecastYear> years) {

        /** The last forecast year's difference, for sorting the most short first. */
        int lastDifference() {
            Integer d = years.get(years.size() - 1).difference();
            return d == null ? 0 : d;
        }
    }

    /** The area's totals of one year (index 0: the base year), over the schools with a criterion. */
    public record Total(int academicYear, int students, int criterion, int remaining, int retiring, int shortSchools) {

        public int difference() {
            return remaining - criterion;
        }
    }

    List<Total> totals() {
        return IntStream.range(0, schools.isEmpty() ? 0 : schools.get(0).years().size())
                .mapToObj(k -> {
                    List<ForecastYear> year =
                            schools.stream().map(s -> s.years().get(k)).toList();
                    List<ForecastYear> ruled =
                            year.stream().filter(ForecastYear::hasCriterion).toList();
                    return new Total(
                            baseYear + k,
                            year.stream().mapToInt(ForecastYear::students).sum(),
                            ruled.stream()
                                    .mapToInt(ForecastYear::criterionTotal)
                                    .sum(),
                            ruled.stream().mapToInt(ForecastYear::remaining).sum(),
                            year.stream().mapToInt(ForecastYear::retiring).sum(),
                            (int) year.stream().filter(ForecastYear::shortage).count());
                })
                .toList();
    }

    /** The schools most short in the last forecast year first. */
    List<School> mostShortLast() {
        return schools.stream()
                .sorted(Comparator.comparingInt(School::lastDifference).thenComparing(School::schoolCode))
                .toList();
    }

    Optional<School> school(String code) {
        return schools.stream().filter(s -> s.schoolCode().equals(code)).findFirst();
    }
}

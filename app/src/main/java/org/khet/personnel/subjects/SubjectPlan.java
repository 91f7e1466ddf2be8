package org.khet.personnel.subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.khet.registry.Area;

/**
 * The subject shortages of an area's schools for an academic year: the rules of {@code rulesDay} (the year's first
 * day), the teaching load then in force (null: none, so nothing is needed in teachers), a row per school and learning
 * area, and the government teachers whose major maps to no learning area (or who have none recorded), listed apart.
 */
public record SubjectPlan(
        Area area,
        int academicYear,
        LocalDate rulesDay,
        CurriculumRules.Load load,
        List<SubjectRow> rows,
        List<Unmapped> unmapped) {

    /** Teachers of a school whose first major (null: none recorded) teaches no learning area Khet knows. */
    public record Unmapped(long schoolId, String schoolCode, String schoolName, String major, int teachers) {}

    /** A major not mapped, with its teachers and schools across the plan. */
    public record UnmappedMajor(String major, int teachers, int schools) {}

    /** One school's learning areas in the curriculum's order. */
    public record School(String schoolCode, String schoolName, List<SubjectRow> areas) {

        public boolean anyShortage() {
            return areas.stream().anyMatch(SubjectRow::shortage);
        }
    }

    /** The area's subject shortages, the largest first. */
    public List<SubjectRow> shortages() {
        return rows.stream()
                .filter(SubjectRow::shortage)
                .sorted(Comparator.comparing(SubjectRow::difference)
                        .thenComparing(SubjectRow::schoolCode)
                        .thenComparing(SubjectRow::learningArea))
                .toList();
    }

    /** Every school with its areas, by school code. */
    public List<School> schools() {
        Map<String, List<SubjectRow>> bySchool = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> {
            bySchool.computeIfAbsent(r.schoolCode(), c -> new ArrayList<>()).add(r);
            names.put(r.schoolCode(), r.schoolName());
        });
        return bySchool.entrySet().stream()
                .map(e -> new School(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** The majors no learning area is mapped to (the one without a major last), most teachers first. */
    public List<UnmappedMajor> unmappedMajors() {
        Map<String, List<Unmapped>> byMajor = new LinkedHashMap<>();
        unmapped.forEach(
                u -> byMajor.computeIfAbsent(u.major(), m -> new ArrayList<>()).add(u));
        return byMajor.entrySet().stream()
                .map(e -> new UnmappedMajor(
                        e.getKey(),
                        e.getValue().stream().mapToInt(Unmapped::teachers).sum(),
                        (int) e.getValue().stream()
                                .map(Unmapped::schoolId)
                                .distinct()
                                .count()))
                .sorted(Comparator.comparing((UnmappedMajor m) -> m.major() == null)
                        .thenComparing(
                                Comparator.comparingInt(UnmappedMajor::teachers).reversed())
                        .thenComparing(m -> m.major() == null ? "" : m.major()))
                .toList();
    }

    /** Unmapped teachers of one school. */
    public int unmappedAt(long schoolId) {
        return unmapped.stream()
                .filter(u -> u.schoolId() == schoolId)
                .mapToInt(Unmapped::teachers)
                .sum();
    }

    /** The same plan with only the rows of {@code learningArea} (null: all). */
    public SubjectPlan inLearningArea(LearningArea learningArea) {
        return learningArea == null
                ? this
                : new SubjectPlan(
                        area,
                        academicYear,
                        rulesDay,
                        load,
                        rows.stream()
                                .filter(r -> r.learningArea() == learningArea)
                                .toList(),
                        unmapped);
    }

    /** The same plan with only the schools {@code keep} accepts. */
    SubjectPlan onlySchools(Predicate<Long> keep) {
        return new SubjectPlan(
                area,
                academicYear,
                rulesDay,
                load,
                rows.stream().filter(r -> keep.test(r.schoolId())).toList(),
                unmapped.stream().filter(u -> keep.test(u.schoolId())).toList());
    }
}

package org.khet.personnel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.shared.ForbiddenException;
import org.khet.thai.AcademicYear;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workforce plan of an area for an academic year, computed when asked and never stored: one query over the
 * area's open schools, their enrolment of that year (registry's published {@code school_enrolment}), the staffing
 * rule in force on the year's first day (16 May) — the band that holds the school's students, else the formula — and
 * the people at each school today (registry's {@code school_staff}, with personnel's employment type: no employment
 * row counts as government). Administrators are SCHOOL_DIRECTOR and SCHOOL_DEPUTY; teachers TEACHER and
 * ASSISTANT_TEACHER; contract and temporary teachers (CONTRACT_TEACHER, or a teacher employed as CONTRACT or
 * TEMPORARY) are counted apart.
 */
@Component
public class Workforce {

    /** The plan of an area and year, by school code. */
    public record Plan(Area area, int academicYear, LocalDate criterionDay, List<WorkforceRow> rows) {

        /** Short schools, most short first. */
        List<WorkforceRow> shortages() {
            return rows.stream()
                    .filter(WorkforceRow::shortage)
                    .sorted(Comparator.comparing(WorkforceRow::difference).thenComparing(WorkforceRow::schoolCode))
                    .toList();
        }

        /** Overstaffed schools, most over first. */
        List<WorkforceRow> surpluses() {
            return rows.stream()
                    .filter(WorkforceRow::surplus)
                    .sorted(Comparator.comparing(WorkforceRow::difference)
                            .reversed()
                            .thenComparing(WorkforceRow::schoolCode))
                    .toList();
        }

        /** ครูไม่ครบชั้น, fewest teachers for their classes first. */
        List<WorkforceRow> shortOfClasses() {
            return rows.stream()
                    .filter(WorkforceRow::shortOfClasses)
                    .sorted(Comparator.comparing((WorkforceRow r) -> r.teachers() - r.classes())
                            .thenComparing(WorkforceRow::schoolCode))
                    .toList();
        }

        /** Schools with students for which no rule is in force: the administrator must enter the formula. */
        List<WorkforceRow> withoutRule() {
            return rows.stream()
                    .filter(r -> r.source() == WorkforceRow.Criterion.NO_RULE)
                    .toList();
        }

        /** The same plan with only the rows of the network {@code networkId} (null: all). */
        Plan inNetwork(Long networkId) {
            return networkId == null
                    ? this
                    : new Plan(
                            area,
                            academicYear,
                            criterionDay,
                            rows.stream()
                                    .filter(r -> networkId.equals(r.networkId()))
                                    .toList());
        }
    }

    /**
     * The staffing criterion of schools from {@code counted} (id, students, classes) and {@code grade_students}
     * (school_id, grade, students): the band in force on {@code :day} that holds the students, else the formula;
     * {@code grade_classes} (school_id, grade, classes) counts the classes of each grade with students as the
     * criterion does — one, or the grade's students over the formula's students per classroom, rounded up. Shared by
     * the plan, the forecast ({@link Forecast}), which feeds it projected students, and {@link #AREA_CRITERION}.
     */
    static final String CRITERION_CTES = """
            ruled as (
                select c.*, b.administrators as band_administrators, b.teachers as band_teachers,
                       f.administrators as formula_administrators, f.students_per_teacher, f.students_per_classroom,
                       f.teachers_per_classroom
                from counted c
                left join lateral (
                    select administrators, teachers from personnel.staffing_band
                    where c.students between students_from and students_to
                      and valid_from <= :day and (valid_until is null or valid_until > :day)
                    order by valid_from desc limit 1) b on true
                left join lateral (
                    select administrators, students_per_teacher, students_per_classroom, teachers_per_classroom
                    from personnel.staffing_formula
                    where b.teachers is null and c.students >= students_from
                      and (students_to is null or c.students <= students_to)
                      and valid_from <= :day and (valid_until is null or valid_until > :day)
                    order by valid_from desc limit 1) f on true),
            grade_classes as (
                select e.school_id, e.grade,
                       case when r.students_per_classroom is null then 1
                            else ceil(e.students::numeric / r.students_per_classroom)::int end as classes
                from ruled r
                join grade_students e on e.school_id = r.id
                where e.students > 0),
            rooms as (
                select r.id as school_id, sum(g.classes)::int as classrooms
                from ruled r
                join grade_classes g on g.school_id = r.id
                where r.students_per_classroom is not null
                group by r.id)""";

    /** The criterion's columns over {@code ruled r left join rooms m}: source and the two figures. */
    static final String CRITERION_COLUMNS = """
                   case when r.students = 0 then 'NO_STUDENTS'
                        when r.band_teachers is not null then 'BAND'
                        when r.formula_administrators is not null then 'FORMULA'
                        else 'NO_RULE' end as source,
                   case when r.students = 0 then null
                        else coalesce(r.band_administrators, r.formula_administrators) end
                       as criterion_administrators,
                   case when r.students = 0 then null
                        when r.band_teachers is not null then r.band_teachers
                        else greatest(ceil(r.students / r.students_per_teacher),
                                      ceil(m.classrooms * r.teachers_per_classroom))::int end
                       as criterion_teachers""";

    /** Students and classes (grades with students; ALL is a total, not a grade) per school of grade_students. */
    static final String COUNTED = """
            enrolled as (
                select school_id, sum(students)::int as students,
                       count(*) filter (where grade <> 'ALL' and students > 0)::int as classes
                from grade_students group by school_id)""";

    /**
     * The criterion's common table expressions over the open schools of area {@code :area} ({@code open_school}: id,
     * code, name_th, network_id, network_name_th) and their enrolment of academic year {@code :year}, with the rules in
     * force on {@code :day} ({@link #criterionDay}): {@code counted}, {@code ruled}, {@code grade_classes} and
     * {@code rooms} as in {@link #CRITERION_CTES}. Public for the subject shortages
     * ({@code org.khet.personnel.subjects}), which count each grade's classes as the plan does; follow it with more
     * expressions after a comma.
     */
    public static final String AREA_CRITERION = """
            open_school as (
                select id, code, name_th, network_id, network_name_th
                from registry.school_summary where area_id = :area and status = 'OPEN'),
            grade_students as (
                select school_id, grade, students from registry.school_enrolment
                where area_id = :area and academic_year = :year),
            """ + COUNTED + """
            ,
            counted as (
                select s.*, coalesce(n.students, 0) as students, coalesce(n.classes, 0) as classes
                from open_school s left join enrolled n on n.school_id = s.id),
            """ + CRITERION_CTES;

    /**
     * Whether the person of {@code registry.school_staff st} (with {@code personnel.employment e} left joined) is a
     * government teacher of the plan: TEACHER or ASSISTANT_TEACHER, employed as GOVERNMENT or without a record. Public
     * for the subject shortages ({@code org.khet.personnel.subjects}), which count the same teachers.
     */
    public static final String GOVERNMENT_TEACHER = "(st.position_code in ('TEACHER', 'ASSISTANT_TEACHER')"
            + " and coalesce(e.employment_type, 'GOVERNMENT') = 'GOVERNMENT')";

    private static final String PLAN =
            "with " + AREA_CRITERION + """
            ,
            staff as (
                select st.school_id,
                       count(*) filter (where st.position_code in ('SCHOOL_DIRECTOR', 'SCHOOL_DEPUTY')
                                          and coalesce(e.employment_type, 'GOVERNMENT') = 'GOVERNMENT')::int
                           as administrators,
                       count(*) filter (where """ + GOVERNMENT_TEACHER + """
            )::int
                           as teachers,
                       count(*) filter (where st.position_code = 'CONTRACT_TEACHER'
                                           or (st.position_code in ('TEACHER', 'ASSISTANT_TEACHER')
                                               and e.employment_type in ('CONTRACT', 'TEMPORARY')))::int
                           as contract_teachers
                from registry.school_staff st
                left join personnel.employment e on e.person_id = st.person_id
                where st.area_id = :area and st.active
                group by st.school_id)
            select r.id as school_id, r.code as school_code, r.name_th as school_name, r.network_id,
                   coalesce(r.network_name_th, '') as network_name, r.students, r.classes,
            """ + CRITERION_COLUMNS + """
            ,
                   coalesce(st.administrators, 0) as administrators, coalesce(st.teachers, 0) as teachers,
                   coalesce(st.contract_teachers, 0) as contract_teachers
            from ruled r
            left join rooms m on m.school_id = r.id
            left join staff st on st.school_id = r.id
            order by r.code""";

    private final JdbcClient jdbc;
    private final PersonnelAccess access;

    Workforce(JdbcClient jdbc, PersonnelAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The first day of {@code academicYear} (BE): the day whose rules the plan applies. Public for the subject
     * shortages ({@code org.khet.personnel.subjects}), which apply the curriculum's rules of the same day.
     */
    public static LocalDate criterionDay(int academicYear) {
        return AcademicYear.DEFAULT_TERM1_START.atYear(BuddhistDates.toGregorianYear(academicYear));
    }

    /**
     * The whole plan of the area and year, for those who manage the area's personnel. Public (module-internal) for
     * the transfer rounds ({@code org.khet.personnel.transfer}), which propose vacancies at the short schools.
     */
    public Plan of(Area area, int academicYear) {
        LocalDate day = criterionDay(academicYear);
        List<WorkforceRow> rows = jdbc.sql(PLAN)
                .param("area", area.id())
                .param("year", academicYear)
                .param("day", day)
                .query(WorkforceRow.class)
                .list();
        return new Plan(area, academicYear, day, rows);
    }

    /**
     * The plan as {@code user} may read it: the whole area for those who manage its personnel, a school director's
     * own school's line; refused to anyone else.
     */
    Plan readable(Area area, int academicYear, KhetUser user) {
        boolean manages = access.manages(user, area.id());
        if (!manages && !user.has(Role.SCHOOL_DIRECTOR)) {
            throw new ForbiddenException("read the workforce plan of " + area.code());
        }
        Plan plan = of(area, academicYear);
        if (manages) {
            return plan;
        }
        List<WorkforceRow> own = plan.rows().stream()
                .filter(r -> user.holdsAtSchool(r.schoolId(), Role.SCHOOL_DIRECTOR))
                .toList();
        if (own.isEmpty()) {
            throw new ForbiddenException("read the workforce plan of " + area.code());
        }
        return new Plan(area, academicYear, plan.criterionDay(), own);
    }

    /** Whether {@code user} sees the whole area (and its lists), not just their school. */
    boolean seesArea(Area area, KhetUser user) {
        return access.manages(user, area.id());
    }
}

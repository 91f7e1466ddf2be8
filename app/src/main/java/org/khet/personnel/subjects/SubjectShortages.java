package org.khet.personnel.subjects;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.khet.personnel.PersonnelAccess;
import org.khet.personnel.Workforce;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subject shortages of an area and academic year, computed when asked and never stored, by one query over the
 * whole area: each open school's classes per grade as the workforce plan counts them ({@link
 * Workforce#AREA_CRITERION}), times the curriculum's hours of each learning area in force on the year's first day,
 * summed per learning area; divided by the teaching load then in force; set against the school's government teachers
 * today ({@link Workforce#GOVERNMENT_TEACHER}) whose <em>first</em> qualification with a major written (the lowest
 * position) maps to that area — so each teacher counts once, for the subject of their first degree. Teachers whose
 * major maps to nothing, or with none recorded, come from a second query and are listed apart.
 */
@Component
public class SubjectShortages {

    /** The area's government teachers today with the learning area of their first major (null: none or unmapped). */
    private static final String TEACHER =
            """
            teacher as (
                select st.school_id, fq.major, m.learning_area
                from registry.school_staff st
                left join personnel.employment e on e.person_id = st.person_id
                """ + MajorAreas.firstMajorJoin("st.person_id") + """
                where st.area_id = :area and st.active and """ + Workforce.GOVERNMENT_TEACHER + ")";

    private static final String PLAN = "with " + Workforce.AREA_CRITERION + ",\n" + TEACHER + """
            ,
            hours as (
                select g.school_id, h.learning_area, sum(g.classes * h.hours_per_year)::int as hours
                from grade_classes g
                join personnel.curriculum_hours h on h.grade = g.grade
                 and h.valid_from <= :day and (h.valid_until is null or h.valid_until > :day)
                group by g.school_id, h.learning_area),
            taught as (
                select school_id, learning_area, count(*)::int as teachers
                from teacher where learning_area is not null group by school_id, learning_area)
            select s.id as school_id, s.code as school_code, s.name_th as school_name, s.network_id,
                   coalesce(s.network_name_th, '') as network_name,
                   coalesce(h.learning_area, t.learning_area) as learning_area,
                   coalesce(h.hours, 0) as hours,
                   round(coalesce(h.hours, 0)::numeric / nullif(:load, 0), 1) as needed,
                   coalesce(t.teachers, 0) as teachers
            from hours h
            full join taught t on t.school_id = h.school_id and t.learning_area = h.learning_area
            join open_school s on s.id = coalesce(h.school_id, t.school_id)
            order by s.code, array_position(:areas::text[], coalesce(h.learning_area, t.learning_area))""";

    private static final String UNMAPPED = "with " + TEACHER + """

            select s.id as school_id, s.code as school_code, s.name_th as school_name,
                   min(t.major) as major, count(*)::int as teachers
            from teacher t
            join registry.school_summary s on s.id = t.school_id and s.status = 'OPEN'
            where t.learning_area is null
            group by s.id, s.code, s.name_th, lower(regexp_replace(t.major, '\\s', '', 'g'))
            order by s.code""";

    private final JdbcClient jdbc;
    private final CurriculumRules rules;
    private final PersonnelAccess access;

    SubjectShortages(JdbcClient jdbc, CurriculumRules rules, PersonnelAccess access) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.access = access;
    }

    /** The whole area's subject shortages of {@code academicYear} (BE). */
    public SubjectPlan of(Area area, int academicYear) {
        LocalDate day = Workforce.criterionDay(academicYear);
        CurriculumRules.Load load = rules.loadOn(day).orElse(null);
        List<SubjectRow> rows = jdbc.sql(PLAN)
                .param("area", area.id())
                .param("year", academicYear)
                .param("day", day)
                .param("load", load == null ? 0 : load.hoursPerYear())
                .param(
                        "areas",
                        Arrays.stream(LearningArea.values()).map(Enum::name).toArray(String[]::new))
                .query(SubjectRow.class)
                .list();
        List<SubjectPlan.Unmapped> unmapped = jdbc.sql(UNMAPPED)
                .param("area", area.id())
                .query(SubjectPlan.Unmapped.class)
                .list();
        return new SubjectPlan(area, academicYear, day, load, rows, unmapped);
    }

    /**
     * The shortages as {@code user} may read them: the whole area for those who manage its personnel, a school
     * director's own school; refused to anyone else.
     */
    public SubjectPlan readable(Area area, int academicYear, KhetUser user) {
        if (seesArea(area, user)) {
            return of(area, academicYear);
        }
        if (!user.has(Role.SCHOOL_DIRECTOR)) {
            throw new ForbiddenException("read the subject shortages of " + area.code());
        }
        SubjectPlan own = of(area, academicYear).onlySchools(id -> user.holdsAtSchool(id, Role.SCHOOL_DIRECTOR));
        if (own.rows().isEmpty() && own.unmapped().isEmpty() && !directsSchoolIn(area, user)) {
            throw new ForbiddenException("read the subject shortages of " + area.code());
        }
        return own;
    }

    /** Whether {@code user} sees the whole area, not just their school. */
    public boolean seesArea(Area area, KhetUser user) {
        return access.manages(user, area.id());
    }

    private static boolean directsSchoolIn(Area area, KhetUser user) {
        return user.holds(Role.SCHOOL_DIRECTOR, area.id());
    }
}

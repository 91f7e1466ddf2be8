package org.khet.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The five-year forecast of an area's schools from an academic year: students projected per grade by progression
 * (next year's P2 is this year's P1, and so on through the grades the school teaches; those of its highest grade
 * leave), the entry grade — the lowest grade the school teaches — held flat at this year's figure; a school that
 * gave only a total keeps it. Each year's criterion is {@link Workforce}'s rule in force on that year's first day,
 * applied to the projected students (the same SQL); the government administrators and teachers are today's, less
 * those whose retirement day ({@link RetirementRules}) comes before the year's first day. Nobody is assumed to be
 * appointed or transferred: the forecast shows what happens if nothing is done. People without a birth date in
 * their personnel record are assumed to stay.
 */
@Component
public class Forecast {

    static final int YEARS = 5;
    static final List<String> GRADES =
            List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5", "M6");

    private static final String CRITERIA = "with grade_students as (select * from unnest(:schools::bigint[],"
            + " :grades::text[], :students::int[]) as g(school_id, grade, students)),\n"
            + Workforce.COUNTED
            + ",\ncounted as (select school_id as id, students, classes from enrolled),\n"
            + Workforce.CRITERION_CTES
            + "\nselect r.id as school_id, r.students, r.classes,\n"
            + Workforce.CRITERION_COLUMNS
            + "\nfrom ruled r left join rooms m on m.school_id = r.id";

    private final Workforce workforce;
    private final RetirementRules retirementRules;
    private final JdbcClient jdbc;

    Forecast(Workforce workforce, RetirementRules retirementRules, JdbcClient jdbc) {
        this.workforce = workforce;
        this.retirementRules = retirementRules;
        this.jdbc = jdbc;
    }

    /** The forecast of the area's schools that {@code user} may read (as {@link Workforce#readable}). */
    ForecastPlan readable(Area area, int academicYear, KhetUser user) {
        Workforce.Plan base = workforce.readable(area, academicYear, user);
        Map<Long, Map<String, Integer>> grades = grades(area.id(), academicYear);
        Map<Long, List<Leaving>> leaving = leaving(area.id());
        LocalDate today = retirementRules.today();
        List<Map<Long, Map<String, Integer>>> projected = new ArrayList<>();
        Map<Long, Map<String, Integer>> year = new LinkedHashMap<>();
        base.rows().forEach(r -> year.put(r.schoolId(), grades.getOrDefault(r.schoolId(), Map.of())));
        projected.add(year);
        for (int k = 1; k <= YEARS; k++) {
            Map<Long, Map<String, Integer>> next = new LinkedHashMap<>();
            projected.get(k - 1).forEach((school, g) -> next.put(school, progress(g)));
            projected.add(next);
        }
        List<ForecastPlan.School> schools = new ArrayList<>();
        List<Map<Long, ForecastYear.Criterion>> criteria = new ArrayList<>();
        for (int k = 0; k <= YEARS; k++) {
            criteria.add(criteria(projected.get(k), Workforce.criterionDay(academicYear + k)));
        }
        for (WorkforceRow r : base.rows()) {
            List<ForecastYear> years = new ArrayList<>();
            for (int k = 0; k <= YEARS; k++) {
                LocalDate day = Workforce.criterionDay(academicYear + k);
                LocalDate nextDay = Workforce.criterionDay(academicYear + k + 1);
                List<Leaving> people = leaving.getOrDefault(r.schoolId(), List.of());
                int goneAdministrators = k == 0 ? 0 : count(people, true, today, day);
                int goneTeachers = k == 0 ? 0 : count(people, false, today, day);
                years.add(new ForecastYear(
                        academicYear + k,
                        projected.get(k).get(r.schoolId()),
                        criteria.get(k).get(r.schoolId()),
                        r.administrators() - goneAdministrators,
                        r.teachers() - goneTeachers,
                        retiring(people, later(today, day), nextDay)));
            }
            schools.add(new ForecastPlan.School(
                    r.schoolId(),
                    r.schoolCode(),
                    r.schoolName(),
                    !grades.containsKey(r.schoolId())
                            || grades.get(r.schoolId()).containsKey("ALL"),
                    years));
        }
        return new ForecastPlan(area, academicYear, schools);
    }

    /**
     * Next year's students per grade: each grade the school teaches takes the grade before's students, the entry
     * (lowest) grade keeps its own, a grade whose previous grade the school does not teach keeps its own; a total
     * ({@code ALL}) is held.
     */
    static Map<String, Integer> progress(Map<String, Integer> thisYear) {
        Map<String, Integer> next = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : thisYear.entrySet()) {
            int i = GRADES.indexOf(e.getKey());
            String previous = i > 0 ? GRADES.get(i - 1) : null;
            next.put(
                    e.getKey(),
                    previous != null && thisYear.containsKey(previous) ? thisYear.get(previous) : e.getValue());
        }
        return next;
    }

    /** The grades each school of the area teaches in the year (students > 0), in grade order. */
    private Map<Long, Map<String, Integer>> grades(long areaId, int academicYear) {
        Map<Long, Map<String, Integer>> grades = new HashMap<>();
        jdbc.sql("""
                        select school_id, grade, students from registry.school_enrolment
                        where area_id = :area and academic_year = :year and students > 0
                        order by school_id, array_position(array['ALL','K1','K2','K3','P1','P2','P3','P4','P5','P6',
                                 'M1','M2','M3','M4','M5','M6'], grade)""")
                .param("area", areaId)
                .param("year", academicYear)
                .query((rs, n) -> grades.computeIfAbsent(rs.getLong("school_id"), s -> new LinkedHashMap<>())
                        .put(rs.getString("grade"), rs.getInt("students")))
                .list();
        return grades;
    }

    /**
     * The staffing criterion in force on {@code day} of schools with the given students per grade (school → grade →
     * students), by school; the same SQL as the workforce plan. Public for the small-school pairing
     * ({@code org.khet.personnel.pairing}), which sets the schools' criterion before against after the pairing.
     */
    public Map<Long, ForecastYear.Criterion> criteria(Map<Long, Map<String, Integer>> projected, LocalDate day) {
        List<Long> schools = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        List<Integer> students = new ArrayList<>();
        projected.forEach((school, g) -> {
            // A school without students still gets its line (NO_STUDENTS).
            schools.add(school);
            grades.add("ALL");
            students.add(0);
            g.forEach((grade, n) -> {
                schools.add(school);
                grades.add(grade);
                students.add(n);
            });
        });
        Map<Long, ForecastYear.Criterion> criteria = new HashMap<>();
        jdbc.sql(CRITERIA)
                .param("schools", schools.toArray(Long[]::new))
                .param("grades", grades.toArray(String[]::new))
                .param("students", students.toArray(Integer[]::new))
                .param("day", day)
                .query((rs, n) -> criteria.put(
                        rs.getLong("school_id"),
                        new ForecastYear.Criterion(
                                WorkforceRow.Criterion.valueOf(rs.getString("source")),
                                (Integer) rs.getObject("criterion_administrators"),
                                (Integer) rs.getObject("criterion_teachers"))))
                .list();
        return criteria;
    }

    /** A government administrator or teacher of a school with a birth date, and the day they retire. */
    private record Leaving(boolean administrator, LocalDate retiresOn) {}

    private Map<Long, List<Leaving>> leaving(long areaId) {
        RetirementRules.Ages ages = retirementRules.ages();
        Map<Long, List<Leaving>> leaving = new HashMap<>();
        jdbc.sql("""
                        select st.school_id, st.position_code in ('SCHOOL_DIRECTOR', 'SCHOOL_DEPUTY') as administrator,
                               e.birth_date
                        from registry.school_staff st
                        join personnel.employment e on e.person_id = st.person_id
                        where st.area_id = :area and st.active and e.employment_type = 'GOVERNMENT'
                          and e.birth_date is not null
                          and st.position_code in ('SCHOOL_DIRECTOR', 'SCHOOL_DEPUTY', 'TEACHER', 'ASSISTANT_TEACHER')""")
                .param("area", areaId)
                .query((rs, n) -> leaving.computeIfAbsent(rs.getLong("school_id"), s -> new ArrayList<>())
                        .add(new Leaving(
                                rs.getBoolean("administrator"),
                                ages.retiresOn(rs.getObject("birth_date", LocalDate.class)))))
                .list();
        return leaving;
    }

    private static int retiring(List<Leaving> people, LocalDate from, LocalDate to) {
        return count(people, true, from, to) + count(people, false, from, to);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** How many of {@code people} (administrators or teachers) retire on or after {@code from} and before {@code to}. */
    private static int count(List<Leaving> people, boolean administrators, LocalDate from, LocalDate to) {
        return (int) people.stream()
                .filter(p -> p.administrator() == administrators)
                .filter(p -> !p.retiresOn().isBefore(from) && p.retiresOn().isBefore(to))
                .count();
    }
}

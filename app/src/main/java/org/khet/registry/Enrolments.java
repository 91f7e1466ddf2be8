package org.khet.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Students per grade and academic year (Buddhist Era), from which a school's size class follows. */
@Component
class Enrolments {

    static final List<String> GRADES =
            List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5", "M6");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Schools schools;

    Enrolments(JdbcClient jdbc, AuditLog audit, Schools schools) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.schools = schools;
    }

    /** One academic year of a school: students per grade, and the total. */
    record Year(int academicYear, Map<String, Integer> byGrade, int total) {}

    List<Year> of(long schoolId) {
        Map<Integer, Map<String, Integer>> years = new LinkedHashMap<>();
        jdbc.sql(
                        "select academic_year, grade, students from registry.enrolment where school_id = :s order by academic_year desc")
                .param("s", schoolId)
                .query(rs -> {
                    years.computeIfAbsent(rs.getInt("academic_year"), y -> new LinkedHashMap<>())
                            .put(rs.getString("grade"), rs.getInt("students"));
                });
        return years.entrySet().stream()
                .map(e -> new Year(
                        e.getKey(),
                        e.getValue(),
                        e.getValue().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()))
                .toList();
    }

    @Transactional
    void set(long schoolId, int academicYear, Map<String, Integer> byGrade, KhetUser user) {
        School school = schools.readable(schoolId, user);
        if (!schools.canEdit(school, user)) {
            throw new ForbiddenException("edit enrolment");
        }
        if (academicYear < 2500 || academicYear > 2700) {
            throw RejectedException.of("academicYear", Texts.of("registry.enrolments.academicYearMustBuddhist"));
        }
        for (var e : byGrade.entrySet()) {
            if (!GRADES.contains(e.getKey()) || e.getValue() == null || e.getValue() < 0 || e.getValue() > 10000) {
                throw RejectedException.of(e.getKey(), Texts.of("registry.enrolments.count", e.getKey()));
            }
        }
        Map<String, Integer> before = yearOf(schoolId, academicYear);
        jdbc.sql("delete from registry.enrolment where school_id = :s and academic_year = :y")
                .param("s", schoolId)
                .param("y", academicYear)
                .update();
        byGrade.forEach((grade, n) -> {
            if (n > 0) {
                insert(schoolId, academicYear, grade, n);
            }
        });
        audit.changed(school.areaId(), "UPDATE", "enrolment", school.code() + "/" + academicYear, before, byGrade);
    }

    void insert(long schoolId, int academicYear, String grade, int students) {
        jdbc.sql("insert into registry.enrolment (school_id, academic_year, grade, students) values (:s, :y, :g, :n)")
                .param("s", schoolId)
                .param("y", academicYear)
                .param("g", grade)
                .param("n", students)
                .update();
    }

    private Map<String, Integer> yearOf(long schoolId, int academicYear) {
        Map<String, Integer> m = new LinkedHashMap<>();
        jdbc.sql("select grade, students from registry.enrolment where school_id = :s and academic_year = :y")
                .param("s", schoolId)
                .param("y", academicYear)
                .query(rs -> {
                    m.put(rs.getString("grade"), rs.getInt("students"));
                });
        return m;
    }
}

package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored results for grouping and dashboards. Area means are weighted by examinees, so they are the means
 * of the area's students, not of its schools. {@code ALL} stands for a school's mean of its subject means.
 */
@Component
class Results {

    static final String ALL = "ALL";

    /** A school's result in one subject (or ALL) of one exam, grade and year; examinees and mean null if none. */
    record SchoolMean(
            long schoolId,
            String schoolCode,
            String nameTh,
            long areaId,
            String network,
            Integer examinees,
            BigDecimal mean) {}

    private final JdbcClient jdbc;

    Results(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The schools that sit this exam and grade (those with a result in any year) with their result in the subject
     * for the year. Open schools without a result are kept, as "no data". A null area means every area.
     */
    List<SchoolMean> schoolMeans(Long areaId, int year, String exam, String grade, String subject) {
        String result = ALL.equals(subject) ? """
                  left join lateral (
                      select max(examinees) as examinees, round(avg(mean), 3) as mean, count(*) as n
                      from achievement.school_result
                      where school_id = s.id and academic_year = :y and exam = :e and grade = :g) r on r.n > 0
                  """ : """
                  left join achievement.school_result r on r.school_id = s.id and r.academic_year = :y and r.exam = :e
                       and r.grade = :g and r.subject = :sub
                  """;
        return jdbc.sql("""
                        with candidates as (
                            select distinct school_id from achievement.school_result
                            where exam = :e and grade = :g and (cast(:a as bigint) is null or area_id = :a))
                        select s.id as school_id, s.code as school_code, s.name_th, s.area_id,
                               s.network_name_th as network, r.examinees, r.mean
                        from candidates c join registry.school_summary s on s.id = c.school_id
                        %s
                        where s.status = 'OPEN' or r.mean is not null
                        order by s.area_id, s.code""".formatted(result))
                .param("a", areaId)
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .param("sub", subject)
                .query((rs, n) -> new SchoolMean(
                        rs.getLong("school_id"),
                        rs.getString("school_code"),
                        rs.getString("name_th"),
                        rs.getLong("area_id"),
                        rs.getString("network"),
                        (Integer) rs.getObject("examinees"),
                        rs.getBigDecimal("mean")))
                .list();
    }

    /**
     * Each school's share of student scores above the reference's lower limit, mean − z·SD/√N, per subject (or
     * pooled over subjects for ALL, each subject against its own limit). Only schools with student scores appear.
     * The limits are read first and written into the query (no join whose plan would depend on fresh statistics);
     * each result aggregated from student scores keeps its scores sorted, so counting those above a limit is a
     * binary search ({@code width_bucket}) in some 116,000 results rather than a read of a million scores.
     */
    Map<Long, BigDecimal> sharesAboveLimit(
            Long areaId, int year, String exam, String grade, String subject, String scope, BigDecimal z) {
        Map<String, BigDecimal> limits = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select subject, mean - :z * sd / sqrt(examinees) as lower_limit from achievement.reference_result
                        where academic_year = :y and exam = :e and grade = :g and scope = :scope
                          and sd is not null and examinees > 0 and (:sub = 'ALL' or subject = :sub)""")
                .param("z", z)
                .param("scope", scope)
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .param("sub", subject)
                .query(rs -> {
                    limits.put(rs.getString("subject"), rs.getBigDecimal("lower_limit"));
                });
        if (limits.isEmpty()) {
            return Map.of();
        }
        StringBuilder limitOf = new StringBuilder("case r.subject");
        Map<String, Object> params = new java.util.HashMap<>();
        int i = 0;
        for (var limit : limits.entrySet()) {
            limitOf.append(" when :s").append(i).append(" then :l").append(i);
            params.put("s" + i, limit.getKey());
            params.put("l" + i, limit.getValue());
            i++;
        }
        limitOf.append(" end");
        params.put("subjects", List.copyOf(limits.keySet()));
        params.put("y", year);
        params.put("e", exam);
        params.put("g", grade);
        params.put("a", areaId);
        return jdbc
                .sql("""
                        select r.school_id, round(100.0 * sum(cardinality(r.scores) - width_bucket(%s, r.scores))
                                                  / sum(cardinality(r.scores)), 2) as share
                        from achievement.school_result r
                        where r.academic_year = :y and r.exam = :e and r.grade = :g and r.subject in (:subjects)
                          and r.scores is not null and (cast(:a as bigint) is null or r.area_id = :a)
                        group by r.school_id""".formatted(limitOf))
                .params(params)
                .query((rs, n) -> Map.entry(rs.getLong("school_id"), rs.getBigDecimal("share")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The exam and grade pairs an area has results for. */
    record Sitting(String exam, String grade) {}

    /** The exam and grade pairs an area has results for (O-NET first), each with its years, latest first. */
    Map<Sitting, List<Integer>> sittings(long areaId) {
        Map<Sitting, List<Integer>> sittings = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select r.exam, r.grade, r.academic_year
                        from (select distinct exam, grade, academic_year from achievement.school_result where area_id = :a) r
                        join achievement.exam e on e.code = r.exam
                        order by e.ordinal, r.grade, r.academic_year desc""").param("a", areaId).query(rs -> {
            sittings.computeIfAbsent(new Sitting(rs.getString("exam"), rs.getString("grade")), k -> new ArrayList<>())
                    .add(rs.getInt("academic_year"));
        });
        return sittings;
    }

    /** A mean of a group of students: the area, a network, or a school. */
    record Mean(String key, int academicYear, String subject, Integer examinees, BigDecimal mean) {}

    /** The area's mean per year and subject, weighted by examinees. */
    List<Mean> areaTrend(long areaId, String exam, String grade) {
        return jdbc.sql("""
                        select 'AREA' as key, academic_year, subject, sum(examinees)::int as examinees,
                               round(sum(mean * examinees) / nullif(sum(examinees), 0), 2) as mean
                        from achievement.school_result where area_id = :a and exam = :e and grade = :g
                        group by academic_year, subject order by academic_year""")
                .param("a", areaId)
                .param("e", exam)
                .param("g", grade)
                .query(Mean.class)
                .list();
    }

    /** Each network's mean per subject in a year, weighted by examinees. */
    List<Mean> networkMeans(long areaId, int year, String exam, String grade) {
        return jdbc.sql("""
                        select coalesce(s.network_name_th, '-') as key, r.academic_year, r.subject,
                               sum(r.examinees)::int as examinees,
                               round(sum(r.mean * r.examinees) / nullif(sum(r.examinees), 0), 2) as mean
                        from achievement.school_result r join registry.school_summary s on s.id = r.school_id
                        where r.area_id = :a and r.academic_year = :y and r.exam = :e and r.grade = :g
                        group by s.network_name_th, r.academic_year, r.subject
                        order by coalesce(s.network_name_th, '-') collate "th-x-icu"
                        """)
                .param("a", areaId)
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .query(Mean.class)
                .list();
    }

    /** One school's results over the years in an exam and grade. */
    List<Mean> schoolHistory(long schoolId, String exam, String grade) {
        return jdbc.sql("""
                        select 'SCHOOL' as key, academic_year, subject, examinees, round(mean, 2) as mean from achievement.school_result
                        where school_id = :s and exam = :e and grade = :g order by academic_year""")
                .param("s", schoolId)
                .param("e", exam)
                .param("g", grade)
                .query(Mean.class)
                .list();
    }

    /** The exam and grade pairs a school has results for. */
    List<Sitting> schoolSittings(long schoolId) {
        return jdbc.sql("""
                        select distinct r.exam, r.grade, e.ordinal from achievement.school_result r join achievement.exam e on e.code = r.exam
                        where r.school_id = :s order by e.ordinal, r.grade""").param("s", schoolId).query(Sitting.class).list();
    }

    /** One stored result with its school, for grouping many years and subjects from one query. */
    record Row(
            int academicYear,
            String subject,
            long schoolId,
            String schoolCode,
            String nameTh,
            long areaId,
            String network,
            boolean open,
            Integer examinees,
            BigDecimal mean) {}

    /** Every result of an area's exam and grade, all years and subjects, with each school's name and network. */
    List<Row> sitting(long areaId, String exam, String grade) {
        return jdbc.sql("""
                        select r.academic_year, r.subject, s.id as school_id, s.code as school_code, s.name_th,
                               s.area_id, s.network_name_th as network, s.status = 'OPEN' as open, r.examinees, r.mean
                        from achievement.school_result r join registry.school_summary s on s.id = r.school_id
                        where r.area_id = :a and r.exam = :e and r.grade = :g""")
                .param("a", areaId)
                .param("e", exam)
                .param("g", grade)
                // Mapped by hand: a 300-school area has ~13,000 rows, and reflective mapping was most of the page.
                .query((rs, n) -> new Row(
                        rs.getInt("academic_year"),
                        rs.getString("subject"),
                        rs.getLong("school_id"),
                        rs.getString("school_code"),
                        rs.getString("name_th"),
                        rs.getLong("area_id"),
                        rs.getString("network"),
                        rs.getBoolean("open"),
                        rs.getInt("examinees"),
                        rs.getBigDecimal("mean")))
                .list();
    }
}

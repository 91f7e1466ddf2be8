package org.khet.achievement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Means of wider populations (national, OBEC, a province, another area) that schools and areas are held against. */
@Component
class References {

    static final String NATIONAL = "NATIONAL";
    static final String OBEC = "OBEC";
    private static final Pattern SCOPE = Pattern.compile("NATIONAL|OBEC|PROVINCE:\\S.{0,59}|AREA:[0-9A-Za-z]{2,16}");

    /** A reference population's result; for {@code ALL}, the mean of its subject means. */
    record Reference(String scope, String subject, Integer examinees, BigDecimal mean, BigDecimal sd) {}

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean isScope(String scope) {
        return scope != null && SCOPE.matcher(scope).matches();
    }

    static String province(String name) {
        return "PROVINCE:" + name;
    }

    Optional<Reference> of(int year, String exam, String grade, String scope, String subject) {
        if (Results.ALL.equals(subject)) {
            return jdbc.sql("""
                            select scope, 'ALL' as subject, max(examinees) as examinees, round(avg(mean), 3) as mean,
                                   null::numeric as sd
                            from achievement.reference_result
                            where academic_year = :y and exam = :e and grade = :g and scope = :s
                            group by scope""")
                    .param("y", year)
                    .param("e", exam)
                    .param("g", grade)
                    .param("s", scope)
                    .query(Reference.class)
                    .optional();
        }
        return jdbc.sql("""
                        select scope, subject, examinees, mean, sd from achievement.reference_result
                        where academic_year = :y and exam = :e and grade = :g and scope = :s and subject = :sub""")
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .param("s", scope)
                .param("sub", subject)
                .query(Reference.class)
                .optional();
    }

    /** Every area office's own result loaded as reference rows (scope AREA:code), for grouping areas. */
    List<Reference> areas(int year, String exam, String grade, String subject) {
        boolean all = Results.ALL.equals(subject);
        return jdbc.sql("""
                        select substring(scope from 6) as scope, :sub as subject, max(examinees) as examinees,
                               round(avg(mean), 3) as mean, null::numeric as sd
                        from achievement.reference_result
                        where academic_year = :y and exam = :e and grade = :g and scope like 'AREA:%'
                          and (:all or subject = :sub)
                        group by scope order by scope""")
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .param("sub", subject)
                .param("all", all)
                .query(Reference.class)
                .list();
    }

    /** The sittings (exam and grade) with results of area offices loaded as AREA:code, each with its years. */
    java.util.Map<Results.Sitting, List<Integer>> areaSittings() {
        java.util.Map<Results.Sitting, List<Integer>> sittings = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select r.exam, r.grade, r.academic_year
                        from (select distinct exam, grade, academic_year from achievement.reference_result
                              where scope like 'AREA:%') r
                        join achievement.exam e on e.code = r.exam
                        order by e.ordinal, r.grade, r.academic_year desc""").query(rs -> {
            sittings.computeIfAbsent(
                            new Results.Sitting(rs.getString("exam"), rs.getString("grade")),
                            k -> new java.util.ArrayList<>())
                    .add(rs.getInt("academic_year"));
        });
        return sittings;
    }

    /** Every reference mean of an exam and grade, all years and scopes, for pages that show many of them. */
    record ScopeMean(int academicYear, String scope, String subject, BigDecimal mean) {}

    List<ScopeMean> sitting(String exam, String grade, List<String> scopes) {
        return jdbc.sql("""
                        select academic_year, scope, subject, mean from achievement.reference_result
                        where exam = :e and grade = :g and scope in (:scopes)""")
                .param("e", exam)
                .param("g", grade)
                .param("scopes", scopes)
                .query((rs, n) -> new ScopeMean(
                        rs.getInt("academic_year"),
                        rs.getString("scope"),
                        rs.getString("subject"),
                        rs.getBigDecimal("mean")))
                .list();
    }

    /** A scope's mean in a year and subject from {@link #sitting}; for ALL, the mean of its subject means. */
    static BigDecimal meanOf(List<ScopeMean> means, int year, String scope, String subject) {
        List<BigDecimal> found = means.stream()
                .filter(m -> m.academicYear() == year
                        && m.scope().equals(scope)
                        && (Results.ALL.equals(subject) || m.subject().equals(subject)))
                .map(ScopeMean::mean)
                .toList();
        if (found.isEmpty()) {
            return null;
        }
        BigDecimal sum = found.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(found.size()), 3, java.math.RoundingMode.HALF_UP)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

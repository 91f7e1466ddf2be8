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
                            from reference_result
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
                        select scope, subject, examinees, mean, sd from reference_result
                        where academic_year = :y and exam = :e and grade = :g and scope = :s and subject = :sub""")
                .param("y", year)
                .param("e", exam)
                .param("g", grade)
                .param("s", scope)
                .param("sub", subject)
                .query(Reference.class)
                .optional();
    }

    /** A scope's means over the years: one row per year and subject. */
    record YearMean(int academicYear, String subject, BigDecimal mean) {}

    List<YearMean> trend(String exam, String grade, String scope) {
        return jdbc.sql("""
                        select academic_year, subject, mean from reference_result
                        where exam = :e and grade = :g and scope = :s order by academic_year""")
                .param("e", exam)
                .param("g", grade)
                .param("s", scope)
                .query(YearMean.class)
                .list();
    }

    /** Every area office's own result loaded as reference rows (scope AREA:code), for grouping areas. */
    List<Reference> areas(int year, String exam, String grade, String subject) {
        boolean all = Results.ALL.equals(subject);
        return jdbc.sql("""
                        select substring(scope from 6) as scope, :sub as subject, max(examinees) as examinees,
                               round(avg(mean), 3) as mean, null::numeric as sd
                        from reference_result
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
}

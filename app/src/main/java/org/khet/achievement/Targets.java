package org.khet.achievement;

import java.math.BigDecimal;
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

/**
 * The mean each subject should reach (เป้าหมาย), by area and from a year on. The most specific row in force wins:
 * the area's own before the default for every area, a subject's own before the one for every subject.
 */
@Component
class Targets {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Targets(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    BigDecimal of(long areaId, String subject, int year) {
        return jdbc.sql("""
                        select mean from achievement.achievement_target
                        where (area_id = :a or area_id is null) and (subject = :s or subject = '*')
                          and first_year <= :y
                        order by area_id is null, subject = '*', first_year desc limit 1""")
                .param("a", areaId)
                .param("s", subject)
                .param("y", year)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.valueOf(50));
    }

    Map<String, BigDecimal> of(long areaId, List<String> subjects, int year) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        subjects.forEach(s -> targets.put(s, of(areaId, s, year)));
        return targets;
    }

    /** Sets the area's target for a subject ('*' for every subject) from a year on. */
    @Transactional
    void set(long areaId, String subject, BigDecimal mean, int fromYear, KhetUser by) {
        if (!ResultImport.mayImport(by, areaId)) {
            throw new ForbiddenException("set target");
        }
        if (mean == null || mean.signum() < 0 || mean.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw RejectedException.of("mean", Texts.of("achievement.target.mean"));
        }
        if (fromYear < 2500 || fromYear > 2700) {
            throw RejectedException.of("year", Texts.of("achievement.target.year"));
        }
        BigDecimal before = of(areaId, subject, fromYear);
        jdbc.sql("""
                        insert into achievement.achievement_target (area_id, subject, mean, first_year) values (:a, :s, :m, :y)
                        on conflict (area_id, subject, first_year) do update set mean = excluded.mean""")
                .param("a", areaId)
                .param("s", subject)
                .param("m", mean)
                .param("y", fromYear)
                .update();
        audit.changed(
                areaId,
                "UPDATE",
                "achievement_target",
                subject + "@" + fromYear,
                Map.of("mean", before),
                Map.of("mean", mean));
    }
}

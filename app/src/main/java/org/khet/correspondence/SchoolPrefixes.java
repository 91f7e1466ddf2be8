package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter-number prefix of each school ("ศธ 04xxx.yyy"), set by the school's director or by the area office.
 * A school has none until it is set, and sends nothing numbered before: a made-up prefix would put wrong numbers
 * in a register that can never be renumbered. The area office's own prefix is the registry's.
 */
@Component
class SchoolPrefixes {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SchoolPrefixes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    void set(Organisation school, String prefix, KhetUser by) {
        if (school.isOffice()) {
            throw new IllegalArgumentException("the office's prefix is the registry's");
        }
        if (!by.holdsAtSchool(school.schoolId(), Role.SCHOOL_DIRECTOR)
                && !by.holds(Role.AREA_DIRECTOR, school.areaId())
                && !by.holds(Role.AREA_STAFF, school.areaId())) {
            throw new ForbiddenException("set the letter prefix of " + school.code());
        }
        String p = prefix == null ? "" : prefix.strip().replaceAll("\\s+", " ");
        if (p.isEmpty() || p.length() > 40 || p.endsWith("/")) {
            throw RejectedException.of("prefix", Texts.of("correspondence.prefix.invalid"));
        }
        jdbc.sql("""
                        insert into correspondence.school_prefix (school_id, area_id, prefix, updated_by)
                        values (:school, :area, :prefix, :by)
                        on conflict (school_id) do update
                        set prefix = excluded.prefix, updated_by = excluded.updated_by, updated_at = now()""")
                .param("school", school.schoolId())
                .param("area", school.areaId())
                .param("prefix", p)
                .param("by", by.id())
                .update();
        audit.changed(
                school.areaId(),
                "UPDATE",
                "school_letter_prefix",
                school.schoolId(),
                Map.of("prefix", school.prefix()),
                Map.of("prefix", p));
    }
}

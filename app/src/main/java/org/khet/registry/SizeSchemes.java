package org.khet.registry;

import java.time.LocalDate;
import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * School size schemes. A circular that changes the bands becomes a new version with the date it takes effect;
 * classification always uses the version in force, so history stays as it was.
 */
@Component
class SizeSchemes {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SizeSchemes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Scheme(long id, String code, String nameTh, String nameEn, LocalDate effectiveFrom) {}

    record SizeClass(
            long id, long schemeId, int ordinal, String nameTh, String nameEn, int minStudents, Integer maxStudents) {}

    List<String> codes() {
        return jdbc.sql("select distinct code from registry.size_scheme order by code")
                .query(String.class)
                .list();
    }

    List<Scheme> all() {
        return jdbc.sql(
                        "select id, code, name_th, name_en, effective_from from registry.size_scheme order by code, effective_from desc")
                .query(Scheme.class)
                .list();
    }

    List<SizeClass> classes() {
        return jdbc.sql("select * from registry.size_class order by scheme_id, ordinal")
                .query(SizeClass.class)
                .list();
    }

    @Transactional
    void updateClass(long classId, String nameTh, String nameEn, int min, Integer max, KhetUser user) {
        requireAdmin(user);
        if (min < 0 || (max != null && max < min) || nameTh.isBlank() || nameEn.isBlank()) {
            throw RejectedException.of("minStudents", Texts.of("registry.sizeSchemes.rangeInvalidNameMissing"));
        }
        SizeClass before = sizeClass(classId);
        jdbc.sql(
                        "update registry.size_class set name_th = :th, name_en = :en, min_students = :min, max_students = :max where id = :id")
                .param("th", nameTh.strip())
                .param("en", nameEn.strip())
                .param("min", min)
                .param("max", max)
                .param("id", classId)
                .update();
        audit.changed(null, "UPDATE", "size_class", classId, before, sizeClass(classId));
    }

    private SizeClass sizeClass(long id) {
        return jdbc.sql("select * from registry.size_class where id = :id")
                .param("id", id)
                .query(SizeClass.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("size class"));
    }

    /** A new version of a scheme from a date, starting as a copy of the version in force before it. */
    @Transactional
    void newVersion(String code, LocalDate effectiveFrom, KhetUser user) {
        requireAdmin(user);
        try {
            long id = jdbc.sql("""
                    insert into registry.size_scheme (code, name_th, name_en, effective_from)
                    select code, name_th, name_en, :from from registry.size_scheme where code = :code
                    order by effective_from desc limit 1 returning id""")
                    .param("code", code)
                    .param("from", effectiveFrom)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new NotFoundException("size scheme"));
            jdbc.sql("""
                    insert into registry.size_class (scheme_id, ordinal, name_th, name_en, min_students, max_students)
                    select :id, c.ordinal, c.name_th, c.name_en, c.min_students, c.max_students from registry.size_class c
                    where c.scheme_id = (select s.id from registry.size_scheme s where s.code = :code and s.id <> :id
                                         order by s.effective_from desc limit 1)""").param("id", id).param("code", code).update();
            audit.changed(null, "CREATE", "size_scheme", id, null, code + " from " + effectiveFrom);
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("effectiveFrom", Texts.of("registry.sizeSchemes.versionFromDateAlready"));
        }
    }

    private static void requireAdmin(KhetUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("size schemes");
        }
    }
}

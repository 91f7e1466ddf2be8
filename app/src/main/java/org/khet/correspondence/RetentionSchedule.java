package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.khet.platform.AuditLog;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to the retention classes and the default, each from a day not yet past, so that
 * nothing changes backwards: a class added or given new years from a day (the lists of year ends after it count
 * them), a class no longer offered from a day (what letters already keep stays), another default for letters
 * registered from a day. Every change is audited.
 */
@Component
class RetentionSchedule {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** A version of a class as the administrator sees it. */
    record Version(
            String code, Integer years, String labelTh, String labelEn, LocalDate validFrom, LocalDate validUntil) {}

    /** A default from its day. */
    record Default(LocalDate validFrom, String code) {}

    private final JdbcClient jdbc;
    private final RetentionClasses classes;
    private final Registers registers;
    private final AuditLog audit;

    RetentionSchedule(JdbcClient jdbc, RetentionClasses classes, Registers registers, AuditLog audit) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.registers = registers;
        this.audit = audit;
    }

    List<Version> versions() {
        return jdbc.sql("""
                        select code, years, label_th, label_en, valid_from, valid_until
                        from correspondence.retention_class order by coalesce(years, 2147483647), code, valid_from""").query(Version.class).list();
    }

    List<Default> defaults() {
        return jdbc.sql("select valid_from, code from correspondence.retention_default order by valid_from")
                .query(Default.class)
                .list();
    }

    /** Offers class {@code code} from {@code from}: kept {@code years} after its year (null: permanently). */
    @Transactional
    void define(String code, Integer years, String labelTh, String labelEn, LocalDate from) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw RejectedException.of("code", Texts.of("correspondence.retention.admin.codeInvalid"));
        }
        if (years != null && (years < 1 || years > 100)) {
            throw RejectedException.of("years", Texts.of("correspondence.retention.admin.years"));
        }
        if (blank(labelTh) || blank(labelEn)) {
            throw RejectedException.of("label", Texts.of("correspondence.retention.admin.label"));
        }
        notPast(from);
        try {
            jdbc.sql("""
                            insert into correspondence.retention_class (code, years, label_th, label_en, valid_from)
                            values (:code, :years, :th, :en, :from)""")
                    .param("code", c)
                    .param("years", years)
                    .param("th", labelTh.strip())
                    .param("en", labelEn.strip())
                    .param("from", from)
                    .update();
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("validFrom", Texts.of("correspondence.retention.admin.twice", c, from));
        }
        audit.changed(
                null,
                "RETENTION_CLASS_DEFINED",
                "retention_class",
                c,
                null,
                Map.of("years", String.valueOf(years), "validFrom", from.toString()));
    }

    /** Stops offering class {@code code} from {@code from}; never the default of that day. */
    @Transactional
    void withdraw(String code, LocalDate from) {
        notPast(from);
        if (code != null && code.equals(classes.defaultOn(from))) {
            throw RejectedException.of("code", Texts.of("correspondence.retention.admin.isDefault", code));
        }
        int changed = jdbc.sql("""
                        update correspondence.retention_class set valid_until = :from
                        where code = :code and valid_from < :from and (valid_until is null or valid_until > :from)""").param("code", code).param("from", from).update();
        if (changed == 0) {
            throw RejectedException.of("code", Texts.of("correspondence.retention.admin.notOffered", code, from));
        }
        audit.changed(
                null, "RETENTION_CLASS_WITHDRAWN", "retention_class", code, null, Map.of("from", from.toString()));
    }

    /** Makes {@code code}, offered on {@code from}, the default of letters registered from that day. */
    @Transactional
    void makeDefault(String code, LocalDate from) {
        notPast(from);
        if (classes.offered(code, from).isEmpty()) {
            throw RejectedException.of("code", Texts.of("correspondence.retention.admin.notOffered", code, from));
        }
        String before = classes.defaultOn(from);
        jdbc.sql("""
                        insert into correspondence.retention_default (valid_from, code) values (:from, :code)
                        on conflict (valid_from) do update set code = excluded.code""").param("from", from).param("code", code).update();
        audit.changed(
                null,
                "RETENTION_DEFAULT_SET",
                "retention_default",
                from.toString(),
                Map.of("class", before),
                Map.of("class", code));
    }

    private void notPast(LocalDate from) {
        notPast(from, registers.today());
    }

    /** Refuses a rule's first day {@code from} when it is before {@code today}: retention data never changes backwards. */
    static void notPast(LocalDate from, LocalDate today) {
        if (from == null || from.isBefore(today)) {
            throw RejectedException.of("validFrom", Texts.of("correspondence.retention.admin.past", today));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

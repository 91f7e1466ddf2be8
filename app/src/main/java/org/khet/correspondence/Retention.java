package org.khet.correspondence;

import java.time.LocalDate;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long an organisation keeps its own copy of a letter: each register entry (the sender's, each recipient's) has
 * its class, chosen by those who act for the organisation that holds it, the default otherwise; every change is in
 * the audit log with the class before and after.
 */
@Component
class Retention {

    private final JdbcClient jdbc;
    private final RetentionClasses classes;
    private final Registers registers;
    private final AuditLog audit;

    Retention(JdbcClient jdbc, RetentionClasses classes, Registers registers, AuditLog audit) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.registers = registers;
        this.audit = audit;
    }

    /** The class of {@code org}'s entry {@code entryId}: the one chosen, or the default on its registration day. */
    String classOf(Organisation org, long entryId) {
        LocalDate registeredOn = registeredOn(org, entryId);
        return jdbc.sql("select code from correspondence.entry_retention where entry_id = :id")
                .param("id", entryId)
                .query(String.class)
                .optional()
                .orElseGet(() -> classes.defaultOn(registeredOn));
    }

    /** Gives {@code org}'s entry the class {@code code}, which must be offered today. */
    @Transactional
    void set(Organisation org, long entryId, String code, KhetUser by) {
        if (!Organisations.actsFor(by, org)) {
            throw new org.khet.shared.ForbiddenException("set retention");
        }
        String before = classOf(org, entryId);
        String wanted = code == null ? "" : code.strip();
        if (classes.offered(wanted, registers.today()).isEmpty()) {
            throw RejectedException.of("class", Texts.of("correspondence.retention.class.unknown", wanted));
        }
        if (wanted.equals(before)) {
            return;
        }
        jdbc.sql("""
                        insert into correspondence.entry_retention (entry_id, code, set_by) values (:id, :code, :by)
                        on conflict (entry_id) do update set code = excluded.code, set_at = now(), set_by = excluded.set_by""")
                .param("id", entryId)
                .param("code", wanted)
                .param("by", by.id())
                .update();
        audit.changed(
                org.areaId(),
                "RETENTION_SET",
                "register_entry",
                entryId,
                Map.of("class", before),
                Map.of("class", wanted));
    }

    /** The id of the entry numbered {@code sequence} in {@code org}'s {@code register} of {@code year}. */
    long entry(Organisation org, Register register, int year, int sequence) {
        return jdbc.sql("""
                        select id from correspondence.register_entry
                        where %s and register = :register and year = :year and sequence = :sequence""".formatted(org.rows("")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("register", register.name())
                .param("year", year)
                .param("sequence", sequence)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("register entry"));
    }

    private LocalDate registeredOn(Organisation org, long entryId) {
        return jdbc.sql("""
                        select registered_on from correspondence.register_entry
                        where id = :id and area_id = :area and school_id is not distinct from :school""")
                .param("id", entryId)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("register entry"));
    }
}

package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The figures the red-flag indicators compare against, as dated data: a value of an indicator's parameter from a
 * day. The administrator sets a new value from a day not yet past, which ends the value in force from that day;
 * nothing is changed backwards or deleted, and each change is audited. The indicators read the values in force on
 * the day they compute ({@link FlagComputation}).
 */
@Component
class Thresholds {

    /** A value and the days it applies; {@code shipped} for Khet's starting figures. */
    record Threshold(
            long id,
            String code,
            String parameter,
            BigDecimal value,
            LocalDate validFrom,
            LocalDate validUntil,
            String note,
            boolean shipped) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FlagComputation computation;

    Thresholds(JdbcClient jdbc, AuditLog audit, FlagComputation computation) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.computation = computation;
    }

    /** Every value, in force or past or to come, by indicator, parameter and day. */
    List<Threshold> all() {
        return jdbc.sql("""
                        select id, code, parameter, trim_scale(value) as value, valid_from, valid_until, note, shipped
                        from procurement.threshold order by code, parameter, valid_from, id""").query(Threshold.class).list();
    }

    /** Sets {@code parameter} of indicator {@code code} to {@code value} from {@code from}, a day not yet past. */
    @Transactional
    long set(String code, String parameter, BigDecimal value, LocalDate from, String note, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set a red-flag threshold");
        }
        if (all().stream().noneMatch(t -> t.code().equals(code) && t.parameter().equals(parameter))) {
            throw RejectedException.of("parameter", Texts.of("procurement.threshold.unknown"));
        }
        if (value == null || value.signum() < 0) {
            throw RejectedException.of("value", Texts.of("procurement.threshold.badValue"));
        }
        if (from == null || from.isBefore(computation.today())) {
            throw RejectedException.of("validFrom", Texts.of("procurement.rule.past", computation.today()));
        }
        if (all().stream()
                .anyMatch(t -> t.code().equals(code)
                        && t.parameter().equals(parameter)
                        && t.validFrom().equals(from))) {
            throw RejectedException.of("validFrom", Texts.of("procurement.threshold.sameDay"));
        }
        jdbc.sql("""
                        update procurement.threshold set valid_until = :from
                        where code = :code and parameter = :parameter and valid_from < :from
                          and (valid_until is null or valid_until > :from)""")
                .param("code", code)
                .param("parameter", parameter)
                .param("from", from)
                .update();
        long id = jdbc.sql("""
                        insert into procurement.threshold (code, parameter, value, valid_from, valid_until, note,
                            created_by)
                        select :code, :parameter, :value, :from, min(valid_from) filter (where valid_from > :from),
                               :note, :by
                        from procurement.threshold where code = :code and parameter = :parameter
                        returning id""")
                .param("code", code)
                .param("parameter", parameter)
                .param("value", value)
                .param("from", from)
                .param("note", note == null ? "" : note.strip())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "FLAG_THRESHOLD_SET",
                "threshold",
                id,
                null,
                Map.of("code", code, "parameter", parameter, "value", value.toPlainString(), "from", from.toString()));
        return id;
    }
}

package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairing rule ({@code personnel.pairing_rule}) as dated data: a pairing of an academic year applies the rule in
 * force on the year's first day. The administrator sets a new rule from a day not yet past with its circular, which
 * ends the one in force from that day; audited.
 */
@Component
public class PairingRules {

    /** The allowance per travelling pupil and school day, the school days of a year, the small school's pupils. */
    public record Rule(
            long id,
            BigDecimal allowancePerDay,
            int schoolDays,
            int smallSchoolPupils,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {

        /** What one travelling pupil costs a year. */
        public BigDecimal perPupilYear() {
            return allowancePerDay.multiply(BigDecimal.valueOf(schoolDays));
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<Rule> ruleTable;

    PairingRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ruleTable = new DatedTable<>(jdbc, "personnel.pairing_rule", Rule.class);
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    List<Rule> rules() {
        return ruleTable.all("valid_from desc");
    }

    Optional<Rule> ruleOn(LocalDate day) {
        return ruleTable.on(day);
    }

    @Transactional
    long setRule(
            BigDecimal allowancePerDay,
            Integer schoolDays,
            Integer smallSchoolPupils,
            LocalDate from,
            String circular,
            KhetUser by) {
        DatedRows.checkChange(by, from, today(), circular, "personnel.pairing.rule");
        if (allowancePerDay == null
                || allowancePerDay.signum() < 0
                || schoolDays == null
                || schoolDays < 1
                || schoolDays > 366
                || smallSchoolPupils == null
                || smallSchoolPupils < 1) {
            throw RejectedException.of("allowancePerDay", Texts.of("personnel.pairing.rule.badFigures"));
        }
        long id = DatedRows.setFrom(
                jdbc,
                "personnel.pairing_rule",
                "true",
                Map.of(
                        "allowance_per_day",
                        allowancePerDay,
                        "school_days",
                        schoolDays,
                        "small_school_pupils",
                        smallSchoolPupils),
                from,
                circular,
                by,
                Texts.of("personnel.pairing.rule.sameDay"));
        audit.changedBy(
                by,
                null,
                "PAIRING_RULE_SET",
                "pairing_rule",
                id,
                null,
                Map.of(
                        "allowance_per_day",
                        allowancePerDay,
                        "school_days",
                        schoolDays,
                        "small_school_pupils",
                        smallSchoolPupils,
                        "valid_from",
                        from.toString(),
                        "circular",
                        circular.strip()));
        return id;
    }
}

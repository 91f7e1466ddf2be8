package org.khet.personnel.development;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections and withdrawals of awards: whoever entered an award corrects or withdraws it until the personnel group
 * verified it, the group at any time; the recipient stays (a wrong recipient is a withdrawal and a new entry). A
 * withdrawal needs a reason and keeps the row, listed nowhere. Audited, with what it was and what it became.
 */
@Component
class AwardCorrections {

    /** The details that may be corrected. */
    record Details(String name, AwardLevel level, String grantingBody, java.time.LocalDate awardedOn, String note) {}

    private final JdbcClient jdbc;
    private final Awards awards;
    private final DevelopmentAccess access;
    private final AuditLog audit;

    AwardCorrections(JdbcClient jdbc, Awards awards, DevelopmentAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.access = access;
        this.audit = audit;
    }

    /** Whether {@code user} may correct or withdraw the award now. */
    boolean mayChange(Award a, KhetUser user) {
        if ("WITHDRAWN".equals(a.status())) {
            return false;
        }
        return access.managesArea(user, a.areaId()) || (!a.verified() && a.enteredBy() == user.id());
    }

    @Transactional
    void correct(long id, Details d, KhetUser by) {
        Award before = changeable(id, by);
        awards.check(new Awards.NewAward(
                before.personId(), before.schoolId(), d.name(), d.level(), d.grantingBody(), d.awardedOn(), d.note()));
        jdbc.sql("""
                        update personnel.award set name = :name, level = :level, granting_body = :body,
                            awarded_on = :on, fiscal_year = :year, note = :note, updated_by = :by, updated_at = now()
                        where id = :id""")
                .param("name", d.name().strip())
                .param("level", d.level().name())
                .param("body", d.grantingBody().strip())
                .param("on", d.awardedOn())
                .param("year", FiscalYear.of(d.awardedOn()).buddhistYear())
                .param("note", d.note() == null ? "" : d.note().strip())
                .param("by", by.id())
                .param("id", id)
                .update();
        audit.changedBy(
                by,
                before.areaId(),
                "AWARD_CORRECTED",
                "award",
                id,
                before.details(),
                awards.one(id, false).details());
    }

    @Transactional
    void withdraw(long id, String reason, KhetUser by) {
        Award before = changeable(id, by);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 1000) {
            throw RejectedException.of("reason", Texts.of("personnel.development.award.reasonNeeded"));
        }
        jdbc.sql("""
                        update personnel.award set status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_at = now(),
                            withdrawal_reason = :r where id = :id""").param("by", by.id()).param("r", r).param("id", id).update();
        audit.changedBy(
                by,
                before.areaId(),
                "AWARD_WITHDRAWN",
                "award",
                id,
                Map.of("status", before.status()),
                Map.of("status", "WITHDRAWN", "reason", r));
    }

    private Award changeable(long id, KhetUser by) {
        Award a = awards.one(id, true);
        if ("WITHDRAWN".equals(a.status())) {
            throw RejectedException.of("status", Texts.of("personnel.development.award.withdrawnAlready"));
        }
        if (!mayChange(a, by) && a.enteredBy() == by.id()) {
            throw RejectedException.of("status", Texts.of("personnel.development.award.askGroup"));
        }
        if (!mayChange(a, by)) {
            throw new ForbiddenException("change award " + id);
        }
        return a;
    }
}

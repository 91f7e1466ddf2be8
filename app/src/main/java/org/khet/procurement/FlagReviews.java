package org.khet.procurement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit unit's decisions on a flag: reviewed, dismissed (with a reason, which takes it off the queue), or
 * escalated to the area director, who is told through their notification channels. Only the area's internal
 * auditor or director decides; each decision is kept with the flag and in the audit log.
 */
@Component
class FlagReviews {

    /** What the audit unit decided. */
    enum Action {
        REVIEWED,
        DISMISSED,
        ESCALATED
    }

    private final JdbcClient jdbc;
    private final Flags flags;
    private final AuditLog audit;
    private final Notifications notifications;

    FlagReviews(JdbcClient jdbc, Flags flags, AuditLog audit, Notifications notifications) {
        this.jdbc = jdbc;
        this.flags = flags;
        this.audit = audit;
        this.notifications = notifications;
    }

    @Transactional
    Flags.Flag decide(long flagId, Action action, String reason, KhetUser by) {
        Flags.Flag flag = flags.one(flagId);
        if (!Flags.audits(by, flag.areaId())) {
            throw new ForbiddenException("review the red flags of area " + flag.areaId());
        }
        if (action == null) {
            throw RejectedException.of("action", Texts.of("procurement.flag.review.action"));
        }
        String why = reason == null ? "" : reason.strip();
        if (action == Action.DISMISSED && why.isEmpty()) {
            throw RejectedException.of("reason", Texts.of("procurement.flag.review.reasonNeeded"));
        }
        if (why.length() > 2000) {
            throw RejectedException.of("reason", Texts.of("procurement.flag.review.reasonLong"));
        }
        long id = jdbc.sql("""
                        insert into procurement.flag_review (flag_id, action, reason, by_id, by_name)
                        values (:flag, :action, :reason, :by, :name) returning id""")
                .param("flag", flagId)
                .param("action", action.name())
                .param("reason", why)
                .param("by", by.id())
                .param("name", by.displayName())
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("ocid", flag.ocid());
        after.put("code", flag.code());
        after.put("action", action.name());
        after.put("reason", why);
        after.put("review", id);
        audit.changedBy(by, flag.areaId(), "FLAG_" + action.name(), "flag", flagId, null, after);
        if (action == Action.ESCALATED) {
            notifications.toHoldersOf(
                    new RoleGrant(Role.AREA_DIRECTOR, flag.areaId(), null, null),
                    Message.of(
                            "procurement",
                            "flag " + flagId,
                            "procurement.flag.escalated",
                            flag.ocid(),
                            flag.title(),
                            flag.code(),
                            why.isEmpty() ? "-" : why));
        }
        return flags.one(flagId);
    }
}

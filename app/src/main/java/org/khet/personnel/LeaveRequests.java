package org.khet.personnel;

import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads leave requests for those allowed: one's own, one request (a sensitive one read by anyone but the person is
 * written to the audit log), and the queue of what waits for an approver.
 */
@Component
class LeaveRequests {

    static final String SELECT = """
            select id, area_id, person_id, person_name, filed_by, leave_type, first_day, last_day, half_day,
                   trim_scale(days) as days, fiscal_year, reason, contact, school_id, unit_id, approver, status,
                   decided_by, decided_at, decision_reason, filed_at, trim_scale(beyond_days) as beyond_days,
                   needs_certificate
            from personnel.leave_request""";

    private final JdbcClient jdbc;
    private final LeaveAccess access;
    private final AuditLog audit;
    private final PersonnelAccess personnel;

    LeaveRequests(JdbcClient jdbc, LeaveAccess access, AuditLog audit, PersonnelAccess personnel) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.personnel = personnel;
    }

    /** The request as it is now, for a change that checks it itself; locked until the caller's transaction ends. */
    LeaveRequest locked(long id) {
        return jdbc.sql(SELECT + " where id = :id for update")
                .param("id", id)
                .query(LeaveRequest.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("leave request"));
    }

    /** The request, if the user may read it; a read of a sensitive type by anyone but the person is audited. */
    @Transactional
    LeaveRequest readable(long id, KhetUser user) {
        LeaveRequest r = jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(LeaveRequest.class)
                .optional()
                .filter(x -> access.mayRead(user, x))
                .orElseThrow(() -> new NotFoundException("leave request"));
        auditRead(r, user);
        return r;
    }

    /** The person's requests, newest first. */
    List<LeaveRequest> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = :p order by first_day desc, id desc")
                .param("p", personId)
                .query(LeaveRequest.class)
                .list();
    }

    /** What waits for the user's decision in their areas, oldest first; sensitive ones shown are audited. */
    @Transactional
    List<LeaveRequest> waitingFor(KhetUser user) {
        List<LeaveRequest> rows = jdbc
                .sql(SELECT
                        + " where area_id = any(:areas) and status in ('PENDING', 'CANCEL_REQUESTED')"
                        + " order by filed_at, id")
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query(LeaveRequest.class)
                .list()
                .stream()
                .filter(r -> access.mayApprove(user, r))
                .toList();
        rows.forEach(r -> auditRead(r, user));
        return rows;
    }

    /**
     * For the personnel group: the requests of the areas whose personnel work the user manages in a fiscal year,
     * newest first (at most 500); the sensitive ones shown are audited. Empty for anyone else.
     */
    @Transactional
    List<LeaveRequest> ofAreas(KhetUser user, int fiscalYear) {
        Long[] areas =
                user.areaIds().stream().filter(a -> personnel.manages(user, a)).toArray(Long[]::new);
        if (areas.length == 0) {
            return List.of();
        }
        List<LeaveRequest> rows = jdbc.sql(SELECT + " where area_id = any(:areas) and fiscal_year = :y"
                        + " order by first_day desc, id desc limit 500")
                .param("areas", areas)
                .param("y", fiscalYear)
                .query(LeaveRequest.class)
                .list();
        rows.forEach(r -> auditRead(r, user));
        return rows;
    }

    private void auditRead(LeaveRequest r, KhetUser user) {
        if (r.leaveType().sensitive() && !access.isApplicant(user, r)) {
            audit.viewed(r.areaId(), "leave_request", r.id(), "sensitive leave type");
        }
    }
}

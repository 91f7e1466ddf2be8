package org.khet.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads official travel requests for those allowed: one's own (filed or as a companion), one request (the person,
 * a companion, its approver, the personnel group, or whoever reads the school's records), and the approver's queue.
 */
@Component
class TravelRequests {

    private static final String SELECT = """
            select t.id, t.area_id, t.person_id, t.person_name, t.filed_by, t.purpose, t.place, t.first_day,
                   t.last_day, t.vehicle, t.estimated_cost, t.reference, t.school_id, t.unit_id, t.approver, t.status,
                   t.decided_by, t.decided_at, t.decision_reason, t.report, t.actual_cost, t.reported_at, t.filed_at,
                   array(select c.person_name from personnel.travel_companion c where c.request_id = t.id
                         order by c.person_name) as companions
            from personnel.travel_request t""";

    private final JdbcClient jdbc;
    private final LeaveAccess access;
    private final PersonnelAccess personnel;

    TravelRequests(JdbcClient jdbc, LeaveAccess access, PersonnelAccess personnel) {
        this.jdbc = jdbc;
        this.access = access;
        this.personnel = personnel;
    }

    /** The request as it is now, locked until the caller's transaction ends. */
    TravelRequest locked(long id) {
        return jdbc.sql(SELECT + " where t.id = :id for update of t")
                .param("id", id)
                .query(TravelRequests::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("travel request"));
    }

    /** The request, if the user may read it. */
    TravelRequest readable(long id, KhetUser user) {
        return jdbc.sql(SELECT + " where t.id = :id")
                .param("id", id)
                .query(TravelRequests::row)
                .optional()
                .filter(r -> mayRead(user, r))
                .orElseThrow(() -> new NotFoundException("travel request"));
    }

    /** The trips of the person, filed by them or joined as a companion, newest first. */
    List<TravelRequest> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where t.person_id = :p or exists (select 1 from personnel.travel_companion c"
                        + " where c.request_id = t.id and c.person_id = :p) order by t.first_day desc, t.id desc")
                .param("p", personId)
                .query(TravelRequests::row)
                .list();
    }

    /** What waits for the user's decision in their areas, oldest first. */
    List<TravelRequest> waitingFor(KhetUser user) {
        return jdbc
                .sql(SELECT + " where t.area_id = any(:areas) and t.status = 'PENDING' order by t.filed_at, t.id")
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query(TravelRequests::row)
                .list()
                .stream()
                .filter(r -> mayApprove(user, r))
                .toList();
    }

    boolean isApplicant(KhetUser user, TravelRequest r) {
        return r.filedBy() == user.id()
                || access.personOf(user).map(p -> p.id() == r.personId()).orElse(false);
    }

    /** Whether the user holds the role named to decide the request, and is not the one who asked. */
    boolean mayApprove(KhetUser user, TravelRequest r) {
        return !isApplicant(user, r) && access.holdsApprover(user, r.approver(), r.areaId(), r.schoolId(), r.unitId());
    }

    private boolean mayRead(KhetUser user, TravelRequest r) {
        return isApplicant(user, r)
                || mayApprove(user, r)
                || personnel.manages(user, r.areaId())
                || access.personOf(user).map(p -> isCompanion(r.id(), p.id())).orElse(false)
                || (r.schoolId() != null && personnel.readsSchool(user, r.areaId(), r.schoolId()));
    }

    private boolean isCompanion(long requestId, long personId) {
        return jdbc.sql("select exists (select 1 from personnel.travel_companion where request_id = :r"
                        + " and person_id = :p)")
                .param("r", requestId)
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    private static TravelRequest row(ResultSet rs, int n) throws SQLException {
        return new TravelRequest(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getLong("person_id"),
                rs.getString("person_name"),
                rs.getLong("filed_by"),
                rs.getString("purpose"),
                rs.getString("place"),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getString("vehicle"),
                rs.getBigDecimal("estimated_cost"),
                rs.getString("reference"),
                rs.getObject("school_id", Long.class),
                rs.getObject("unit_id", Long.class),
                rs.getString("approver"),
                rs.getString("status"),
                rs.getObject("decided_by", Long.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decision_reason"),
                rs.getString("report"),
                rs.getBigDecimal("actual_cost"),
                rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("filed_at", OffsetDateTime.class),
                Arrays.asList((String[]) rs.getArray("companions").getArray()));
    }
}

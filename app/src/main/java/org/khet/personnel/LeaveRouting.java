package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.Person;
import org.khet.registry.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends a request to the approver the rules name and tells them: the school's director, the head of the unit or the
 * area director. The message names the person, the days and a link, never the type, which may reveal health or
 * religion on a channel outside Khet.
 */
@Component
class LeaveRouting {

    private final LeaveApprovers approvers;
    private final LeaveAccess access;
    private final Units units;
    private final Notifications notifications;
    private final String publicUrl;

    LeaveRouting(
            LeaveApprovers approvers,
            LeaveAccess access,
            Units units,
            Notifications notifications,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.approvers = approvers;
        this.access = access;
        this.units = units;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    /** The role that decides a request of {@code type} and {@code days} by {@code p}, filed on {@code day}. */
    String approverFor(Person p, LeaveType type, BigDecimal days, LocalDate day) {
        return reachable(p, approvers.approverFor(type, place(p), code -> access.holds(p, code), days, day));
    }

    /** Tells whoever decides the request that it waits for them ({@code template}: a new request, a cancellation). */
    void tellApprovers(LeaveRequest r, String template) {
        Message message = Message.of(
                "personnel",
                "leave request " + r.id(),
                template,
                r.personName(),
                r.days().toPlainString(),
                r.firstDay().toString(),
                publicUrl + LeavePages.PATH + "/" + r.id());
        tell(r.approver(), r.areaId(), r.schoolId(), r.unitId(), message);
    }

    /** Who approves official travel of {@code days} (calendar days) from {@code day}, by the dated approver rules. */
    String travelApproverFor(Person p, BigDecimal days, LocalDate day) {
        return reachable(p, approvers.travelApproverFor(place(p), code -> access.holds(p, code), days, day));
    }

    private static String place(Person p) {
        return p.schoolId() != null ? "SCHOOL" : "OFFICE";
    }

    /**
     * The approver a rule names, unless nobody can act as it: a unit without a head in the registry (or a person in no
     * unit, or the unit's head themselves) and a school's director asking for themselves go to the area director.
     */
    private String reachable(Person p, String approver) {
        if ("UNIT_HEAD".equals(approver)
                && (p.unitId() == null || units.headsOf(p.unitId()).stream().allMatch(h -> h.personId() == p.id()))) {
            return "AREA_DIRECTOR";
        }
        if ("SCHOOL_DIRECTOR".equals(approver) && access.holds(p, "SCHOOL_DIRECTOR")) {
            return "AREA_DIRECTOR";
        }
        return approver;
    }

    /** Tells the approver named {@code approver} for someone at {@code schoolId} or in {@code unitId}. */
    void tell(String approver, long areaId, Long schoolId, Long unitId, Message message) {
        switch (approver) {
            case "SCHOOL_DIRECTOR" ->
                notifications.toHoldersOf(new RoleGrant(Role.SCHOOL_DIRECTOR, areaId, null, schoolId), message);
            case "UNIT_HEAD" ->
                units.headsOf(unitId).stream()
                        .filter(h -> h.userId() != null)
                        .forEach(h -> notifications.toPerson(h.userId(), message));
            default -> notifications.toHoldersOf(new RoleGrant(Role.AREA_DIRECTOR, areaId, null, null), message);
        }
    }
}

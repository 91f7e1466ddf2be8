package org.khet.personnel;

import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PositionHolders;
import org.khet.registry.Units;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Who is who in leave: the registry person behind the signed-in account (through the registry's account links),
 * whether they hold a position, who may approve a request (the role the rules named, never the applicant), and who
 * may read it — a request of a sensitive type only the person, its approvers and the personnel group.
 */
@Component
class LeaveAccess {

    private final PersonAccounts accounts;
    private final People people;
    private final PositionHolders holders;
    private final Units units;
    private final PersonnelAccess personnel;

    LeaveAccess(
            PersonAccounts accounts, People people, PositionHolders holders, Units units, PersonnelAccess personnel) {
        this.accounts = accounts;
        this.people = people;
        this.holders = holders;
        this.units = units;
        this.personnel = personnel;
    }

    /** The person the user's account is linked to, if any. */
    Optional<Person> personOf(KhetUser user) {
        return accounts.personOf(user.id()).flatMap(id -> user.areaIds().stream()
                .map(area -> people.inArea(id, area))
                .flatMap(Optional::stream)
                .findFirst());
    }

    /** The person of the user, or a refusal saying their account is linked to nobody. */
    Person applicant(KhetUser user) {
        return personOf(user).orElseThrow(() -> RejectedException.of("person", Texts.of("personnel.leave.noPerson")));
    }

    /** Whether the person holds the registry position {@code code} at their school or in their unit. */
    boolean holds(Person p, String code) {
        if (p.schoolId() != null) {
            return holders.atSchoolsOf(p.areaId(), List.of(code)).stream().anyMatch(h -> h.personId() == p.id());
        }
        return p.unitId() != null && holders.inUnit(p.unitId(), code).contains(p.id());
    }

    boolean isApplicant(KhetUser user, LeaveRequest r) {
        return r.filedBy() == user.id() || accounts.personOf(user.id()).orElse(-1L) == r.personId();
    }

    /** Whether the user holds the role the rules named to decide the request, and is not the one who asked. */
    boolean mayApprove(KhetUser user, LeaveRequest r) {
        if (isApplicant(user, r)) {
            return false;
        }
        return holdsApprover(user, r.approver(), r.areaId(), r.schoolId(), r.unitId());
    }

    /**
     * Whether the user is the approver named {@code approver} (SCHOOL_DIRECTOR, UNIT_HEAD, AREA_DIRECTOR) for someone
     * at {@code schoolId} or in {@code unitId} of {@code areaId}; shared by leave and official travel.
     */
    boolean holdsApprover(KhetUser user, String approver, long areaId, Long schoolId, Long unitId) {
        return switch (approver) {
            case "SCHOOL_DIRECTOR" -> schoolId != null && user.holdsAtSchool(schoolId, Role.SCHOOL_DIRECTOR);
            case "UNIT_HEAD" ->
                unitId != null
                        && units.headsOf(unitId).stream().anyMatch(h -> h.userId() != null && h.userId() == user.id());
            default -> user.holds(Role.AREA_DIRECTOR, areaId);
        };
    }

    /**
     * Whether the user may read the request: the person, its approver and the personnel group always; for a type
     * that is not sensitive also whoever reads the school's records.
     */
    boolean mayRead(KhetUser user, LeaveRequest r) {
        if (isApplicant(user, r) || mayApprove(user, r) || personnel.manages(user, r.areaId())) {
            return true;
        }
        return !r.leaveType().sensitive()
                && r.schoolId() != null
                && personnel.readsSchool(user, r.areaId(), r.schoolId());
    }
}

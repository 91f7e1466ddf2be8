package org.khet.personnel.development;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.personnel.PersonnelAccess;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.PersonAccounts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Who is who in development: the registry person behind the signed-in account, who verifies a record (the director
 * of the person's school, or the personnel group — never the person), who reads it (also whoever reads the school's
 * records), and which schools a user directs.
 */
@Component
public class DevelopmentAccess {

    private final PersonAccounts accounts;
    private final People people;
    private final PersonnelAccess personnel;

    DevelopmentAccess(PersonAccounts accounts, People people, PersonnelAccess personnel) {
        this.accounts = accounts;
        this.people = people;
        this.personnel = personnel;
    }

    /** The person the user's account is linked to, in one of the user's areas. */
    public Optional<Person> personOf(KhetUser user) {
        return accounts.personOf(user.id()).flatMap(id -> inAreasOf(id, user));
    }

    /** The person {@code personId} if they belong to one of the user's areas. */
    public Optional<Person> inAreasOf(long personId, KhetUser user) {
        for (long area : user.areaIds()) {
            Optional<Person> p = people.inArea(personId, area);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The person a development record is filed for over the API: not found (404) when not of one of the user's
     * areas; refused (403) unless the user is that person, keeps their school's records (its director or clerk) or is
     * the personnel group.
     */
    public Person fileableFor(long personId, KhetUser user) {
        // one who has left gets no new records (their past ones stay)
        Person p = inAreasOf(personId, user).filter(Person::active).orElseThrow(() -> new NotFoundException("person"));
        boolean self = accounts.personOf(user.id()).orElse(-1L) == p.id();
        boolean keeper =
                p.schoolId() != null && user.holdsAtSchool(p.schoolId(), Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK);
        if (!self && !keeper && !personnel.manages(user, p.areaId())) {
            throw new ForbiddenException("file development for person " + personId);
        }
        return p;
    }

    /** The person of the user, or a bilingual refusal saying the account is linked to nobody. */
    public Person self(KhetUser user) {
        return personOf(user)
                .orElseThrow(() -> RejectedException.of("person", Texts.of("personnel.development.noPerson")));
    }

    public boolean owns(KhetUser user, TrainingRecord r) {
        return r.filedBy() == user.id() || accounts.personOf(user.id()).orElse(-1L) == r.personId();
    }

    /** Whether the user may verify or return the record: its school's director or the personnel group, not its owner. */
    public boolean mayVerify(KhetUser user, TrainingRecord r) {
        return !owns(user, r) && verifiesAt(user, r.areaId(), r.schoolId());
    }

    /** Whether the user verifies the development of someone at {@code schoolId} (null: the office) of the area. */
    public boolean verifiesAt(KhetUser user, long areaId, Long schoolId) {
        return personnel.manages(user, areaId)
                || (schoolId != null && user.holdsAtSchool(schoolId, Role.SCHOOL_DIRECTOR));
    }

    public boolean mayRead(KhetUser user, TrainingRecord r) {
        return owns(user, r)
                || mayVerify(user, r)
                || (r.schoolId() != null && personnel.readsSchool(user, r.areaId(), r.schoolId()));
    }

    /** Whether the user sees the whole area's development: the personnel group and the area director. */
    public boolean managesArea(KhetUser user, long areaId) {
        return personnel.manages(user, areaId);
    }

    /** The schools of the area the user directs. */
    public Set<Long> directedSchools(KhetUser user, long areaId) {
        return user.grants().stream()
                .filter(g -> g.role() == Role.SCHOOL_DIRECTOR && g.inArea(areaId) && g.schoolId() != null)
                .map(g -> g.schoolId())
                .collect(Collectors.toUnmodifiableSet());
    }
}

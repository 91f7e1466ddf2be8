package org.khet.platform;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user as every request sees them, with the roles they hold and where. Each module asks it about
 * scope before it reads or writes; the UI only hides what these answers already forbid.
 */
public record KhetUser(long id, String username, String displayName, String locale, List<RoleGrant> grants)
        implements Serializable, Principal {

    public KhetUser {
        grants = List.copyOf(grants);
    }

    /** The username, which is what sessions and the audit log record as the principal's name. */
    @Override
    public String getName() {
        return username;
    }

    public boolean isAdmin() {
        return has(Role.SYSTEM_ADMIN);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAny(Role... roles) {
        return Set.of(roles).stream().anyMatch(this::has);
    }

    /** Areas this user may read; empty for the administrator, who reads all of them. */
    public Set<Long> areaIds() {
        return grants.stream().map(RoleGrant::areaId).filter(a -> a != null).collect(Collectors.toUnmodifiableSet());
    }

    /** The area the user works in, when they work in exactly one. */
    public Optional<Long> homeArea() {
        Set<Long> areas = areaIds();
        return areas.size() == 1 ? Optional.of(areas.iterator().next()) : Optional.empty();
    }

    public boolean canRead(long areaId) {
        return grants.stream().anyMatch(g -> g.inArea(areaId));
    }

    /** Whether the user acts for the whole area office: director, unit staff, supervisor, auditor, legal. */
    public boolean worksForArea(long areaId) {
        return isAdmin() || grants.stream().anyMatch(g -> g.isAreaWide() && g.inArea(areaId));
    }

    public boolean holds(Role role, long areaId) {
        return isAdmin() || grants.stream().anyMatch(g -> g.role() == role && g.inArea(areaId));
    }

    public Set<Long> schoolIds() {
        return grants.stream().map(RoleGrant::schoolId).filter(s -> s != null).collect(Collectors.toUnmodifiableSet());
    }

    public boolean holdsAtSchool(long schoolId, Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.atSchool(schoolId));
    }

    public String language() {
        return "en".equals(locale) ? "en" : "th";
    }
}

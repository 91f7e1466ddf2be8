package org.khet.correspondence;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The organisation a page works for: the one named in its {@code org} parameter, or the first the user acts for (a
 * school clerk has only their school; the office's staff the office). Someone who acts for none has no letters.
 */
@Component
class Acting {

    private final Organisations organisations;

    Acting(Organisations organisations) {
        this.organisations = organisations;
    }

    List<Organisation> all(KhetUser user) {
        return organisations.of(user);
    }

    Organisation chosen(KhetUser user, String code) {
        List<Organisation> mine = all(user);
        return mine.stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .or(() -> mine.stream().findFirst())
                .orElseThrow(() -> new ForbiddenException("act for an organisation"));
    }

    /** Whether {@code user} may set the letter prefix of school {@code org}: its director or the office's people. */
    static boolean setsPrefix(KhetUser user, Organisation org) {
        return !org.isOffice()
                && (user.holdsAtSchool(org.schoolId(), Role.SCHOOL_DIRECTOR)
                        || user.holds(Role.AREA_DIRECTOR, org.areaId())
                        || user.holds(Role.AREA_STAFF, org.areaId()));
    }
}

package org.khet.achievement;

import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.registry.Areas;
import org.springframework.stereotype.Component;

/**
 * Who may import reference means of which scope. Reference rows are shared: national, OBEC and province means are
 * the yardstick of every area office that uses them (all areas of a province share one PROVINCE row), and AREA
 * rows rank area offices among each other. So only the system administrator imports NATIONAL, OBEC and PROVINCE
 * rows and the rows of area offices Khet does not serve; an area's director, unit staff and supervisors import
 * only their own area's AREA row.
 */
@Component
class ReferenceScopes {

    private final Areas areas;

    ReferenceScopes(Areas areas) {
        this.areas = areas;
    }

    /** The scopes a user may import, asked once per file. */
    interface Allowed {
        boolean includes(String scope);
    }

    Allowed of(KhetUser user) {
        if (user.isAdmin()) {
            return scope -> true;
        }
        Set<String> own = areas.allById().values().stream()
                .filter(a -> ResultImport.mayImport(user, a.id()))
                .map(a -> "AREA:" + a.code())
                .collect(Collectors.toUnmodifiableSet());
        return own::contains;
    }
}

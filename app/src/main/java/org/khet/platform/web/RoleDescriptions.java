package org.khet.platform.web;

import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.platform.Places;
import org.springframework.stereotype.Component;

/** The user's roles in words for the page header: "ครู · โรงเรียนบ้านควนขนุน". */
@Component("roleDescriptions")
public class RoleDescriptions {

    private final Places places;

    RoleDescriptions(Places places) {
        this.places = places;
    }

    public String of(KhetUser user) {
        return user.grants().stream()
                .map(g -> {
                    String where = places.describe(g, user.language());
                    return g.role().label(user.language()) + (where.isEmpty() ? "" : " · " + where);
                })
                .collect(Collectors.joining("; "));
    }
}

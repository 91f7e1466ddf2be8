package org.khet.achievement;

import java.util.List;
import org.khet.org.Area;
import org.khet.org.Areas;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Which area a page is about: the one asked for if the user may read it, else the user's own (or the first). */
@Component
class AreaChoice {

    private final Areas areas;

    AreaChoice(Areas areas) {
        this.areas = areas;
    }

    Area of(Long requested, KhetUser user) {
        if (requested != null) {
            return areas.readable(requested, user);
        }
        List<Area> visible = areas.visibleTo(user);
        return user.homeArea()
                .flatMap(areas::byId)
                .or(() -> visible.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("area"));
    }

    List<Area> visible(KhetUser user) {
        return areas.visibleTo(user);
    }
}

package org.khet.achievement;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Which area a page is about: the one asked for if the user may read it, else the user's own (or the first). */
@Component
class AreaChoice {

    private final Areas areas;

    AreaChoice(Areas areas) {
        this.areas = areas;
    }

    /** The area chosen and the areas the user may choose among, from one reading of the areas. */
    record Chosen(Area area, List<Area> visible) {}

    Chosen of(Long requested, KhetUser user) {
        List<Area> visible = areas.visibleTo(user);
        if (requested != null) {
            return new Chosen(
                    visible.stream()
                            .filter(a -> a.id() == requested && user.canRead(a.id()))
                            .findFirst()
                            .orElseThrow(() -> new NotFoundException("area")),
                    visible);
        }
        Area home = user.homeArea()
                .flatMap(id -> visible.stream().filter(a -> a.id() == id).findFirst())
                .or(() -> visible.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("area"));
        return new Chosen(home, visible);
    }
}

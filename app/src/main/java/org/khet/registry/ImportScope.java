package org.khet.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;

/** The areas named in a file, looked up once, and whether the importing user may write into each. */
final class ImportScope {

    private final Areas areas;
    private final KhetUser user;
    private final Map<String, Optional<Area>> byCode = new HashMap<>();

    ImportScope(Areas areas, KhetUser user) {
        this.areas = areas;
        this.user = user;
    }

    /** Checks the area code of a row; adds an error and answers empty when it is unknown or out of reach. */
    Optional<Area> area(String code, int row, ImportErrors errors) {
        Optional<Area> area = byCode.computeIfAbsent(code, areas::byCode);
        if (area.isEmpty()) {
            errors.add(row, "area_code", Texts.of("registry.import.unknownArea", code));
            return Optional.empty();
        }
        long id = area.get().id();
        if (!user.holds(Role.AREA_DIRECTOR, id) && !user.holds(Role.AREA_STAFF, id)) {
            errors.add(row, "area_code", Texts.of("registry.import.notYourArea", code));
            return Optional.empty();
        }
        return area;
    }
}

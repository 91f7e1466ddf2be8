package org.khet.platform;

import java.util.List;
import java.util.Optional;

/**
 * The places a role can be granted in (areas, units, schools), provided by the registry. The platform names this
 * need; the registry module fulfils it, so users and roles do not depend on the registry's internals.
 */
public interface Places {

    List<Place> areas();

    List<Place> units();

    Optional<Place> schoolByCode(String schoolCode);

    /** Where a grant applies, in words: "สพป.พัทลุง เขต 2 · กลุ่มอำนวยการ". */
    String describe(RoleGrant grant, String language);

    /** A place: its id, the area it belongs to (itself for an area) and its label. */
    record Place(long id, long areaId, String label) {}
}

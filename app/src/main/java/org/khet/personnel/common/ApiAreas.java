package org.khet.personnel.common;

import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;

/** The area a personnel API call names by its code: 404 when there is none, 403 when the caller may not read it. */
public final class ApiAreas {

    private ApiAreas() {}

    public static Area readable(Areas areas, String areaCode, KhetUser me) {
        Area area =
                areas.byCode(areaCode == null ? "" : areaCode.strip()).orElseThrow(() -> new NotFoundException("area"));
        if (!me.canRead(area.id())) {
            throw new ForbiddenException("read area " + areaCode);
        }
        return area;
    }
}

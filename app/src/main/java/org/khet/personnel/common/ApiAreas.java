package org.khet.personnel.common;

import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;

/**
 * The area a personnel API call names by its code (404 when there is none, 403 when the caller may not read it), or
 * the area an administrator's rule is for.
 */
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

    /**
     * The id of the area a dated rule is for by its {@code code}, none (the rule for every area) when blank; refused
     * with the text {@code noAreaKey} for a code of no area.
     */
    public static Long ruleArea(Areas areas, String code, String noAreaKey) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return areas.byCode(code.strip())
                .map(Area::id)
                .orElseThrow(() -> RejectedException.of("area", Texts.of(noAreaKey)));
    }
}

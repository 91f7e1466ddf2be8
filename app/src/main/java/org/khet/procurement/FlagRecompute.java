package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recomputes the red flags of a whole fiscal year now, rather than at the nightly run: for history imported or
 * loaded outside the app (no change event opened its answers) and for an auditor who wants the answers today. The
 * system administrator may recompute the whole country or one area; the area's internal auditor and director their
 * own area only. Audited, since it closes and opens answers the audit unit reviews.
 */
@RestController
@Tag(name = "Procurement")
class FlagRecompute {

    /** The request: a Buddhist-era fiscal year and, optionally, an area's code. */
    record Request(Integer fiscal_year, String area_code) {}

    private final FlagComputation computation;
    private final Areas areas;
    private final AuditLog audit;

    FlagRecompute(FlagComputation computation, Areas areas, AuditLog audit) {
        this.computation = computation;
        this.areas = areas;
        this.audit = audit;
    }

    @PostMapping("/api/v1/procurements/flags/recompute")
    @Operation(summary = "Recompute the red flags of a fiscal year, of one area or (system administrator) every area")
    Map<String, Object> recompute(@RequestBody Request in, @AuthenticationPrincipal KhetUser me) {
        Area area = area(in.area_code());
        if (!(me.isAdmin() || (area != null && Flags.audits(me, area.id())))) {
            throw new ForbiddenException("recompute flags");
        }
        int year = year(in.fiscal_year());
        Long areaId = area == null ? null : area.id();
        long start = System.nanoTime();
        int changed = computation.year(year, areaId);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fiscal_year", year);
        out.put("area_code", area == null ? null : area.code());
        out.put("answers_changed", changed);
        out.put("indicators", computation.indicators().size());
        out.put("millis", millis);
        audit.changedBy(me, areaId, "FLAG_RECOMPUTED", "flag", year, null, out);
        return out;
    }

    /** The area named, null for every area; an unknown code is refused before anything runs. */
    private Area area(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return areas.byCode(code.strip())
                .orElseThrow(
                        () -> RejectedException.of("area_code", Texts.of("procurement.flag.recompute.area", code)));
    }

    /** Twenty years back (history imported from older registers) to the next year. */
    private int year(Integer year) {
        int thisYear = FiscalYear.of(computation.today()).buddhistYear();
        int first = thisYear - 20;
        if (year == null || year < first || year > thisYear + 1) {
            throw RejectedException.of(
                    "fiscal_year",
                    Texts.of("procurement.flag.recompute.year", String.valueOf(first), String.valueOf(thisYear + 1)));
        }
        return year;
    }
}

package org.khet.personnel.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Swaps between two teachers of different schools, the steps of the swaps page: ask, agree, approve, refuse, withdraw. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel/transfer-swaps")
class TransferSwapApi {

    /** The signed-in teacher asks {@code partner_id} (a government teacher of another school of the area). */
    record NewSwap(Long partnerId, String reason) {}

    private final TransferSwaps swaps;
    private final TransferSwapList list;
    private final Areas areas;

    TransferSwapApi(TransferSwaps swaps, TransferSwapList list, Areas areas) {
        this.swaps = swaps;
        this.list = list;
        this.areas = areas;
    }

    @GetMapping
    @Operation(
            summary = "The swaps of an area the caller takes part in or decides, latest first",
            description = "The personnel group sees the area's swaps; a teacher those they asked or were asked for; a "
                    + "school director those of their school. state: ASKED, APPROVED, REFUSED or WITHDRAWN; person_a asked, "
                    + "person_b is the partner; partner_agreed, director_a_agreed, director_b_agreed; effective_on once "
                    + "approved. Names and schools only.")
    List<TransferSwap> list(@RequestParam("area_code") String areaCode, @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        return list.visible(area.id(), me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "The signed-in government teacher asks to swap with a teacher of another school",
            description = "partner_id: the partner's person id; reason: up to 1000 characters. 422 when either has "
                    + "been at the current school for less than the rule's minimum months, the partner is at the same "
                    + "school or another area, or either has a swap waiting. The partner is told.")
    TransferSwap ask(@RequestBody NewSwap body, @AuthenticationPrincipal KhetUser me) {
        long id = swaps.ask(body.partnerId() == null ? -1 : body.partnerId(), body.reason(), me);
        return list.byId(id);
    }

    @PostMapping("/{id}/{step}")
    @Operation(
            summary = "A step of a swap: agree, approve, refuse or withdraw",
            description = "agree: the partner and each school's director, in every capacity the caller holds (once the "
                    + "partner agreed the directors are told, once all three agreed the personnel group); approve or "
                    + "refuse: the personnel group, approve only when all three agreed (both teachers move from "
                    + "today and are told); withdraw: either teacher while it is asked. 403 for anyone else, 422 when "
                    + "the swap is no longer asked.")
    TransferSwap step(@PathVariable long id, @PathVariable String step, @AuthenticationPrincipal KhetUser me) {
        swaps.step(id, step, me);
        return list.byId(id);
    }
}

package org.khet.personnel.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a round's page about requests: a teacher files or withdraws their own, a director gives an opinion,
 * the personnel group scores. A refused filing goes back with the form as it was.
 */
@Controller
class TransferRequestPages {

    private final TransferRequests requests;
    private final TransferOpinions opinions;
    private final TransferScores scores;

    TransferRequestPages(TransferRequests requests, TransferOpinions opinions, TransferScores scores) {
        this.requests = requests;
        this.opinions = opinions;
        this.scores = scores;
    }

    @PostMapping(TransferPages.PATH + "/{id}/requests")
    String file(
            @PathVariable long id,
            @RequestParam(name = "wish", required = false) List<String> wishes,
            @RequestParam(defaultValue = "") String reasonKind,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Integer distanceKm,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        TransferRequests.NewRequest form = new TransferRequests.NewRequest(
                wishes == null ? List.of() : new ArrayList<>(wishes), reasonKind, reason, distanceKm);
        try {
            requests.file(id, form, me);
            flash.addFlashAttribute("notice", "personnel.transfer.request.filedNotice");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            flash.addFlashAttribute("form", form);
        }
        return "redirect:" + TransferPages.PATH + "/" + id;
    }

    @PostMapping(TransferPages.PATH + "/{id}/requests/{requestId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long requestId,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                TransferPages.PATH + "/" + id,
                () -> requests.withdraw(requestId, me),
                "personnel.transfer.request.withdrawnNotice",
                me,
                flash);
    }

    @PostMapping(TransferPages.PATH + "/{id}/requests/{requestId}/opinion")
    String opinion(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                TransferPages.PATH + "/" + id,
                () -> opinions.opinion(requestId, opinion, note, me),
                "personnel.transfer.opinion.savedNotice",
                me,
                flash);
    }

    /** The scores of one request: fields {@code points_<CODE>}, each a number from 0 to the criterion's maximum. */
    @PostMapping(TransferPages.PATH + "/{id}/requests/{requestId}/scores")
    String score(
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                TransferPages.PATH + "/" + id + "#request-" + requestId,
                () -> scores.score(requestId, points(form), me),
                "personnel.transfer.score.savedNotice",
                me,
                flash);
    }

    private static Map<String, BigDecimal> points(Map<String, String> form) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("points_") && !value.isBlank()) {
                try {
                    points.put(name.substring(7), new BigDecimal(value.strip()));
                } catch (NumberFormatException e) {
                    throw RejectedException.of(name, Texts.of("personnel.transfer.score.notNumber"));
                }
            }
        });
        return points;
    }
}

package org.khet.correspondence;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A received letter's next step from its page — passed on to a person of the organisation, endorsed (with the
 * signer's typed name, or "ปฏิบัติราชการแทน"/"รักษาราชการแทน" and the post), or marked done — and the letters a
 * person holds now. A refused step comes back to the letter's page with each reason next to its field.
 */
@Controller
class HandlingPages {

    private final LetterReading reading;
    private final Handling handling;

    HandlingPages(LetterReading reading, Handling handling) {
        this.reading = reading;
        this.handling = handling;
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/handling")
    String take(
            @PathVariable long id,
            @RequestParam String org,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) Long toUser,
            @RequestParam(defaultValue = "") String instruction,
            @RequestParam(defaultValue = "") String signedAs,
            @RequestParam(defaultValue = "") String onBehalfOf,
            @RequestParam(defaultValue = "") String replyBy,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        LetterReading.Read read = reading.read(id, org, user);
        Delivery d = read.delivery().orElseThrow(() -> new NotFoundException("received letter"));
        String back = "redirect:" + LetterPages.path(id, read.viewer()) + "#handling";
        try {
            handling.take(
                    d.id(),
                    new Handling.Action(
                            action,
                            // Endorsed and passed to nobody, the letter stays with its signer (not closed).
                            "ENDORSE".equals(action) && toUser == null ? Long.valueOf(user.id()) : toUser,
                            instruction,
                            signed(signedAs),
                            onBehalfOf,
                            replyBy(replyBy)),
                    user);
            flash.addFlashAttribute("notice", "correspondence.work.taken." + action);
        } catch (RejectedException e) {
            flash.addFlashAttribute("handlingErrors", WritingPages.byField(e, user));
            flash.addFlashAttribute("handlingAction", action);
            // As typed, to fill the form again (flash attributes live in the stored session: plain values only).
            java.util.HashMap<String, Object> typed = new java.util.HashMap<>();
            typed.put("toUser", toUser);
            typed.put("instruction", instruction);
            typed.put("signedAs", signed(signedAs));
            typed.put("onBehalfOf", onBehalfOf);
            typed.put("replyBy", replyBy);
            flash.addFlashAttribute("handlingTyped", typed);
        }
        return back;
    }

    @GetMapping(CorrespondencePages.PATH + "/held")
    String held(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("held", handling.heldBy(user));
        return "correspondence/held";
    }

    /** A reply-by date from the date picker (or typed as 13/12/2569); blank for none. */
    private static LocalDate replyBy(String text) {
        if (text.isBlank()) {
            return null;
        }
        LocalDate day = PaperLetterApi.date(text);
        if (day == null) {
            throw RejectedException.of("reply_by", Texts.of("correspondence.work.replyByDate"));
        }
        return day;
    }

    private static SignedAs signed(String value) {
        try {
            return value.isBlank() ? null : SignedAs.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

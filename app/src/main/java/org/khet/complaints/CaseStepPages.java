package org.khet.complaints;

import java.time.LocalDate;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The step cards of the case page: each posts {@code to} (the status it moves the case to), the case's {@code version}
 * as the page showed it, and only what its step asks for, bound to that step's own form; a form left open while someone
 * else changed the case is refused as a conflict and changes nothing.
 */
@Controller
class CaseStepPages {

    private static final String MOVE = "/complaints/{id}/move";

    /** A step that asks only for notes: one for the complainant, one for the office. */
    record NotesForm(Integer version, String publicNote, String internalNote) {

        ComplaintCase.Notes notes() {
            return new ComplaintCase.Notes(publicNote, internalNote);
        }
    }

    /** Giving the case to an officer of a unit. */
    record AssignForm(Integer version, Long unitId, Long officerId, String publicNote, String internalNote) {}

    /** Forwarding the case to the agency responsible, with their reference and the day it went. */
    record ForwardForm(
            Integer version,
            String forwardedTo,
            String forwardedRef,
            LocalDate forwardedOn,
            String publicNote,
            String internalNote) {}

    /** Answering the case: the outcome is the complainant's note. */
    record AnswerForm(Integer version, String outcome, String internalNote) {}

    private final CaseSteps steps;

    CaseStepPages(CaseSteps steps) {
        this.steps = steps;
    }

    /**
     * The steps that ask for notes only (accepting, declining, looking into, closing, reopening the case), and a form
     * naming no step a person takes, which is refused.
     */
    @PostMapping(MOVE)
    String noted(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String to,
            NotesForm form,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Integer version = form.version();
        ComplaintCase.Notes notes = form.notes();
        CaseStatus status = CaseStatus.named(to);
        Runnable step = status == null
                ? () -> steps.refuse(id, to, user)
                : switch (status) {
                    case ACCEPTED -> () -> steps.accept(id, version, notes, user);
                    case NOT_OURS -> () -> steps.decline(id, version, notes, user);
                    case INVESTIGATING -> () -> steps.investigate(id, version, notes, user);
                    case CLOSED -> () -> steps.close(id, version, notes, user);
                    case REOPENED -> () -> steps.reopen(id, version, notes, user);
                    // The others ask for more and have their own forms below; none goes back to received.
                    default -> () -> steps.refuse(id, to, user);
                };
        return Forms.saved(step, user, flash, page(id));
    }

    @PostMapping(value = MOVE, params = "to=ASSIGNED")
    String assign(
            @PathVariable long id, AssignForm form, @AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        var notes = new ComplaintCase.Notes(form.publicNote(), form.internalNote());
        return Forms.saved(
                () -> steps.assign(id, form.version(), form.unitId(), form.officerId(), notes, user),
                user,
                flash,
                page(id));
    }

    @PostMapping(value = MOVE, params = "to=FORWARDED")
    String forward(
            @PathVariable long id, ForwardForm form, @AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        var agency = new ComplaintCase.Agency(form.forwardedTo(), form.forwardedRef(), form.forwardedOn());
        var notes = new ComplaintCase.Notes(form.publicNote(), form.internalNote());
        return Forms.saved(() -> steps.forward(id, form.version(), agency, notes, user), user, flash, page(id));
    }

    @PostMapping(value = MOVE, params = "to=RESOLVED")
    String answer(
            @PathVariable long id, AnswerForm form, @AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        var notes = new ComplaintCase.Notes(null, form.internalNote());
        return Forms.saved(() -> steps.answer(id, form.version(), form.outcome(), notes, user), user, flash, page(id));
    }

    /** Back to the case page, with what was saved or refused (a conflict too: its reason says so). */
    private static String page(long id) {
        return "/complaints/" + id;
    }
}

package org.khet.complaints;

import java.time.LocalDate;
import org.khet.platform.KhetUser;

/**
 * The case page's step form as posted: the status to go to and what its card asks for (notes, a unit and officer,
 * an agency, an outcome); it becomes the one step it names.
 */
record StepForm(
        String to,
        String publicNote,
        String internalNote,
        Long unitId,
        Long officerId,
        String forwardedTo,
        String forwardedRef,
        LocalDate forwardedOn,
        String outcome) {

    void takeWith(CaseSteps steps, long id, KhetUser by) {
        CaseStatus status = CaseStatus.named(to);
        ComplaintCase.Notes notes = new ComplaintCase.Notes(publicNote, internalNote);
        if (status == null) {
            steps.refuse(id, to, by);
            return;
        }
        switch (status) {
            case ACCEPTED -> steps.accept(id, notes, by);
            case NOT_OURS -> steps.decline(id, notes, by);
            case ASSIGNED -> steps.assign(id, unitId, officerId, notes, by);
            case FORWARDED ->
                steps.forward(id, new ComplaintCase.Agency(forwardedTo, forwardedRef, forwardedOn), notes, by);
            case INVESTIGATING -> steps.investigate(id, notes, by);
            case RESOLVED -> steps.answer(id, outcome, notes, by);
            case CLOSED -> steps.close(id, notes, by);
            case REOPENED -> steps.reopen(id, notes, by);
            case RECEIVED -> steps.refuse(id, to, by);
        }
    }
}

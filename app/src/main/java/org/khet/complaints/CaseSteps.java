package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a case's steps for the people who take them: loads the case at the version they saw, lets it take the step ({@link ComplaintCase}
 * holds the rules), gives it the deadline of its new status, saves it, audits the move and publishes its event; the
 * complainant and the officer are told after it commits.
 */
@Component
@Transactional
class CaseSteps {

    private final ComplaintCases repository;
    private final Assignees assignees;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseSteps(
            ComplaintCases repository,
            Assignees assignees,
            Deadlines deadlines,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.assignees = assignees;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    void accept(long id, Integer version, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.accept(by, notes));
    }

    void decline(long id, Integer version, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.decline(by, notes));
    }

    void assign(long id, Integer version, Long unitId, Long officerId, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.assignTo(unitId, officerId, assignees::check, by, notes));
    }

    void forward(long id, Integer version, ComplaintCase.Agency agency, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.forwardTo(agency, by, notes));
    }

    void investigate(long id, Integer version, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.investigate(by, notes));
    }

    void answer(long id, Integer version, String outcome, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.answer(outcome, by, notes));
    }

    void close(long id, Integer version, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.close(by, notes));
    }

    void reopen(long id, Integer version, ComplaintCase.Notes notes, KhetUser by) {
        take(id, version, by, c -> c.reopen(by, notes));
    }

    /**
     * A step named by a form that names none a person takes (the status a case is filed at, or no status at all):
     * refused as a step the case cannot take.
     */
    void refuse(long id, String to, KhetUser by) {
        CaseStatus from = repository.load(id, by).status();
        CaseStatus named = CaseStatus.named(to);
        throw named == null
                ? RejectedException.of("to", Texts.of("complaints.case.noSuchStep"))
                : ComplaintCase.cannotGo(from, named);
    }

    /** Takes a step on the case as its taker saw it, at {@code version}; a conflict when it changed since. */
    private void take(long id, Integer version, KhetUser by, Function<ComplaintCase, CaseEvent> step) {
        ComplaintCase c = repository.load(id, version, by);
        CaseEvent event = step.apply(c);
        c.dueBy(deadlines
                .due(c.areaId(), c.category(), c.status(), LocalDate.now(clock))
                .orElse(null));
        repository.save(c);
        audit.changed(
                c.areaId(),
                "STEP",
                "complaint",
                id,
                Map.of("status", c.loadedStatus().name()),
                Map.of("status", c.status().name()));
        events.publishEvent(event);
    }
}

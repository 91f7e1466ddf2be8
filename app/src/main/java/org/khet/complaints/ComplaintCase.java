package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.shared.RequiredText;

/**
 * A complaint case and the rules of its steps: each method is something a person does to the case, checks that this
 * person may do it from the status the case is at, changes the case, notes the step for its journal and answers the
 * event to publish. The centre (the area director and the legal officers) takes every step; the officer in charge looks
 * into the case and answers it; the centre sends a rapid mobile unit, and the centre or the officer in charge writes
 * its report. {@link ComplaintCases} loads and saves it.
 */
final class ComplaintCase {

    /** What a step says: one note for the complainant's status page, one for the office only; blanks are none. */
    record Notes(String forComplainant, String forOffice) {

        static final Notes NONE = new Notes(null, null);

        Notes {
            forComplainant = blankToNull(forComplainant);
            forOffice = blankToNull(forOffice);
        }
    }

    /** The agency a case was forwarded to (by Service Link), their reference and the day it went. */
    record Agency(String name, String reference, LocalDate on) {

        Agency {
            name = blankToNull(name);
            reference = blankToNull(reference);
        }
    }

    /** Refuses, in Thai and English, a unit or officer the case may not be given to ({@link Assignees#check}). */
    @FunctionalInterface
    interface AssigneeRule {
        void check(Cases.Case c, Long unitId, Long officerId);
    }

    /** The working day {@code days} after {@code from} in an area's calendar ({@link Deadlines#after}). */
    @FunctionalInterface
    interface WorkingDays {
        LocalDate after(long areaId, LocalDate from, int days);
    }

    /** A rapid mobile unit sent to a place on a day: who goes, as typed. */
    record Team(String members, LocalDate onDay, String place) {}

    /** A step for the case's journal: its kind, its notes, who took it, the day it is about and when, if not now. */
    record Entry(StepKind step, String publicNote, String internalNote, Long userId, LocalDate onDay, Instant at) {}

    private final Cases.Case loaded;
    private CaseStatus status;
    private Long unitId;
    private Long officerId;
    private Agency forwarded;
    private String outcome;
    private LocalDate dueOn;
    private int escalation;
    private Entry taken;

    ComplaintCase(Cases.Case loaded) {
        this.loaded = loaded;
        this.status = loaded.status();
        this.unitId = loaded.unitId();
        this.officerId = loaded.officerId();
        this.forwarded = new Agency(loaded.forwardedTo(), loaded.forwardedRef(), loaded.forwardedOn());
        this.outcome = loaded.outcome();
        this.dueOn = loaded.dueOn();
        this.escalation = loaded.escalation();
    }

    /** The centre accepts a received case for handling. */
    CaseEvent.Accepted accept(KhetUser by, Notes notes) {
        moveTo(CaseStatus.ACCEPTED, by, notes.forComplainant(), notes);
        return new CaseEvent.Accepted(id());
    }

    /** The centre declines a received case as not the office's, telling the complainant why and where to go. */
    CaseEvent.Declined decline(KhetUser by, Notes notes) {
        check(CaseStatus.NOT_OURS, by);
        if (notes.forComplainant() == null) {
            throw RejectedException.of("publicNote", Texts.of("complaints.complaintCase.tellWhyNotOurs"));
        }
        moveTo(CaseStatus.NOT_OURS, by, notes.forComplainant(), notes);
        return new CaseEvent.Declined(id());
    }

    /** The centre gives the case to an officer of a unit, both of which {@code assignees} must allow. */
    CaseEvent.Assigned assignTo(Long unit, Long officer, AssigneeRule assignees, KhetUser by, Notes notes) {
        check(CaseStatus.ASSIGNED, by);
        assignees.check(loaded, unit, officer);
        unitId = unit;
        officerId = officer;
        moveTo(CaseStatus.ASSIGNED, by, notes.forComplainant(), notes);
        return new CaseEvent.Assigned(id(), unit, officer);
    }

    /** The centre forwards the case to the agency responsible; the complainant reads where it went. */
    CaseEvent.Forwarded forwardTo(Agency agency, KhetUser by, Notes notes) {
        check(CaseStatus.FORWARDED, by);
        if (agency.name() == null || agency.on() == null) {
            throw RejectedException.of("forwardedTo", Texts.of("complaints.complaintCase.giveAgencyDateWas"));
        }
        forwarded = agency;
        moveTo(
                CaseStatus.FORWARDED,
                by,
                notes.forComplainant() == null ? agency.name() : notes.forComplainant(),
                notes);
        return new CaseEvent.Forwarded(id());
    }

    /** The officer in charge (or the centre) starts looking into the case. */
    CaseEvent.InvestigationStarted investigate(KhetUser by, Notes notes) {
        moveTo(CaseStatus.INVESTIGATING, by, notes.forComplainant(), notes);
        return new CaseEvent.InvestigationStarted(id());
    }

    /** The officer in charge (or the centre) answers the case: the outcome is what the complainant reads. */
    CaseEvent.Answered answer(String theOutcome, KhetUser by, Notes notes) {
        check(CaseStatus.RESOLVED, by);
        String given = blankToNull(theOutcome);
        if (given == null) {
            throw RejectedException.of("outcome", Texts.of("complaints.complaintCase.giveOutcome"));
        }
        outcome = given;
        moveTo(CaseStatus.RESOLVED, by, given, notes);
        return new CaseEvent.Answered(id());
    }

    /** The centre closes an answered, declined or forwarded case. */
    CaseEvent.Closed close(KhetUser by, Notes notes) {
        moveTo(CaseStatus.CLOSED, by, notes.forComplainant(), notes);
        return new CaseEvent.Closed(id());
    }

    /** The centre reopens a closed case, to assign or forward it again. */
    CaseEvent.Reopened reopen(KhetUser by, Notes notes) {
        moveTo(CaseStatus.REOPENED, by, notes.forComplainant(), notes);
        return new CaseEvent.Reopened(id());
    }

    /**
     * Raises an open case that overran its step on {@code today}: to the legal group, then, {@code toDirectorAfter}
     * working days after the due day, to the director; nothing when it is not overdue or already raised as far as it
     * goes for now. The journal keeps the day it was due.
     */
    Optional<CaseEvent.Escalated> escalate(LocalDate today, WorkingDays calendar, int toDirectorAfter, Instant now) {
        if (status == CaseStatus.CLOSED || dueOn == null || !dueOn.isBefore(today) || escalation >= 2) {
            return Optional.empty();
        }
        if (escalation == 1 && !calendar.after(areaId(), dueOn, toDirectorAfter).isBefore(today)) {
            return Optional.empty();
        }
        escalation++;
        CaseEvent.Escalated event = new CaseEvent.Escalated(id(), escalation);
        taken = new Entry(event.step(), null, null, null, dueOn, now);
        return Optional.of(event);
    }

    /**
     * The centre sends a team on a day to a place; a closed case takes none. The journal notes the day, which the
     * complainant reads; the team and the place are the office's ({@link Dispatches} keeps them).
     */
    CaseEvent.Dispatched dispatch(Team team, KhetUser by) {
        if (!Cases.runsCentre(by, areaId())) {
            throw new ForbiddenException("dispatch a mobile unit");
        }
        List<FieldError> errors = new ArrayList<>();
        if (status == CaseStatus.CLOSED) {
            errors.add(FieldError.of("team", Texts.of("complaints.complaintCase.caseClosed")));
        }
        RequiredText.of(team.members(), "team", 500, Texts.of("complaints.label.team"), errors);
        RequiredText.of(team.place(), "place", 300, Texts.of("complaints.label.place"), errors);
        if (team.onDay() == null) {
            errors.add(FieldError.of("onDay", Texts.of("complaints.complaintCase.giveDayTeamGoes")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("complaints.complaintCase.teamNotSent"), errors);
        }
        taken = new Entry(StepKind.DISPATCHED, null, null, by.id(), team.onDay(), null);
        return new CaseEvent.Dispatched(id(), team.onDay());
    }

    /** The report of the team {@code dispatchId} sent out, by the centre or the officer in charge. */
    CaseEvent.DispatchReported reportDispatch(long dispatchId, String report, KhetUser by) {
        if (!mayReportDispatch(by)) {
            throw new ForbiddenException("report a dispatch");
        }
        List<FieldError> errors = new ArrayList<>();
        RequiredText.of(report, "report", 10_000, Texts.of("complaints.label.report"), errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("complaints.complaintCase.reportNotSaved"), errors);
        }
        taken = new Entry(StepKind.DISPATCH_REPORTED, null, null, by.id(), null, null);
        return new CaseEvent.DispatchReported(id(), dispatchId);
    }

    /** Whether {@code user} may send a team now: the centre, while the case is open. */
    boolean mayDispatch(KhetUser user) {
        return Cases.runsCentre(user, areaId()) && status != CaseStatus.CLOSED;
    }

    /** Whether {@code user} may write a team's report: the centre or the officer in charge. */
    boolean mayReportDispatch(KhetUser user) {
        return Cases.runsCentre(user, areaId()) || inCharge(user);
    }

    /** The day the status just entered must be left by (none when the procedure sets no deadline for it). */
    void dueBy(LocalDate day) {
        dueOn = day;
    }

    /** Whether {@code user} may take the case to {@code to} now: a step that follows its status, and theirs to take. */
    boolean mayTake(KhetUser user, CaseStatus to) {
        return status.next().contains(to) && mayTakeAnyTime(user, to);
    }

    /** The refusal of a step the case cannot take from {@code from}, named by their labels in Thai and English. */
    static RejectedException cannotGo(CaseStatus from, CaseStatus to) {
        Bilingual at = Texts.of("complaints.step." + from.name());
        Bilingual goingTo = Texts.of("complaints.step." + to.name());
        return RejectedException.of(
                "to",
                Bilingual.of(
                        Texts.of("complaints.case.cannotGo", at.th(), goingTo.th())
                                .th(),
                        Texts.of("complaints.case.cannotGo", at.en(), goingTo.en())
                                .en()));
    }

    private boolean mayTakeAnyTime(KhetUser user, CaseStatus to) {
        return Cases.runsCentre(user, areaId()) || (to.officersStep() && inCharge(user));
    }

    private boolean inCharge(KhetUser user) {
        return officerId != null && officerId == user.id();
    }

    private void check(CaseStatus to, KhetUser by) {
        if (!status.next().contains(to)) {
            throw cannotGo(status, to);
        }
        if (!mayTakeAnyTime(by, to)) {
            throw new ForbiddenException("move the complaint to " + to);
        }
    }

    private void moveTo(CaseStatus to, KhetUser by, String publicNote, Notes notes) {
        check(to, by);
        status = to;
        escalation = 0;
        taken = new Entry(to.step(), publicNote, notes.forOffice(), by.id(), null, null);
    }

    long id() {
        return loaded.id();
    }

    long areaId() {
        return loaded.areaId();
    }

    String category() {
        return loaded.category();
    }

    CaseStatus status() {
        return status;
    }

    /** The status the case had when it was loaded. */
    CaseStatus loadedStatus() {
        return loaded.status();
    }

    /** The version of the case as loaded; saving checks nobody changed it meanwhile. */
    int version() {
        return loaded.version();
    }

    Long unitId() {
        return unitId;
    }

    Long officerId() {
        return officerId;
    }

    /** Where the case was forwarded; an agency of nulls when it never was. */
    Agency forwarded() {
        return forwarded;
    }

    String outcome() {
        return outcome;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    int escalation() {
        return escalation;
    }

    /** The step taken since the case was loaded, for its journal; empty when none was. */
    Optional<Entry> taken() {
        return Optional.ofNullable(taken);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

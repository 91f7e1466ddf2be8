package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khet.complaints.CaseStatus.ACCEPTED;
import static org.khet.complaints.CaseStatus.ASSIGNED;
import static org.khet.complaints.CaseStatus.CLOSED;
import static org.khet.complaints.CaseStatus.FORWARDED;
import static org.khet.complaints.CaseStatus.INVESTIGATING;
import static org.khet.complaints.CaseStatus.NOT_OURS;
import static org.khet.complaints.CaseStatus.RECEIVED;
import static org.khet.complaints.CaseStatus.REOPENED;
import static org.khet.complaints.CaseStatus.RESOLVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;

/** The rules of a case's steps, without a database: each step from each status, by the centre and by an officer. */
class ComplaintCaseTest {

    private static final long AREA = 7;
    private static final long UNIT = 70;
    private static final KhetUser LEGAL = user(10, new RoleGrant(Role.LEGAL_OFFICER, AREA, null, null));
    private static final KhetUser OFFICER = user(20, new RoleGrant(Role.AREA_STAFF, AREA, UNIT, null));
    private static final KhetUser OTHER_AREA_LEGAL = user(30, new RoleGrant(Role.LEGAL_OFFICER, AREA + 1, null, null));
    private static final ComplaintCase.AssigneeRule ANYONE = (c, unit, officer) -> {};
    private static final ComplaintCase.Notes NOTES = new ComplaintCase.Notes(" for them ", " for us ");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** Each step as a person takes it, with what it needs, by its status. */
    private static BiFunction<ComplaintCase, KhetUser, CaseEvent> step(CaseStatus to) {
        return switch (to) {
            case ACCEPTED -> (c, by) -> c.accept(by, NOTES);
            case NOT_OURS -> (c, by) -> c.decline(by, NOTES);
            case ASSIGNED -> (c, by) -> c.assignTo(UNIT, 20L, ANYONE, by, NOTES);
            case FORWARDED -> (c, by) -> c.forwardTo(new ComplaintCase.Agency("สพฐ.", "ที่ 1", TODAY), by, NOTES);
            case INVESTIGATING -> (c, by) -> c.investigate(by, NOTES);
            case RESOLVED -> (c, by) -> c.answer("ชี้แจงแล้ว", by, NOTES);
            case CLOSED -> (c, by) -> c.close(by, NOTES);
            case REOPENED -> (c, by) -> c.reopen(by, NOTES);
            case RECEIVED -> throw new IllegalArgumentException("nobody takes a case back to received");
        };
    }

    private static final Set<CaseStatus> TAKEN_BY_PEOPLE = EnumSet.complementOf(EnumSet.of(RECEIVED));

    /** The procedure, written out: each status and the statuses a case at it may go to. */
    private static final Map<CaseStatus, Set<CaseStatus>> PROCEDURE = Map.of(
            RECEIVED, EnumSet.of(ACCEPTED, NOT_OURS),
            ACCEPTED, EnumSet.of(ASSIGNED, FORWARDED),
            NOT_OURS, EnumSet.of(CLOSED),
            ASSIGNED, EnumSet.of(INVESTIGATING),
            FORWARDED, EnumSet.of(CLOSED),
            INVESTIGATING, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(ASSIGNED, FORWARDED));

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void theCaseOffersTheStepsOfTheProcedure(CaseStatus from) {
        assertThat(from.next()).containsExactlyElementsOf(PROCEDURE.get(from));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void theCentreTakesEveryStepThatFollowsAndNoOther(CaseStatus from) {
        for (CaseStatus to : TAKEN_BY_PEOPLE) {
            ComplaintCase c = at(from, 20L);
            if (PROCEDURE.get(from).contains(to)) {
                CaseEvent event = step(to).apply(c, LEGAL);
                assertThat(event).isInstanceOf(CaseEvent.Moved.class);
                assertThat(((CaseEvent.Moved) event).status()).isEqualTo(to);
                assertThat(event.complaintId()).isEqualTo(1);
                assertThat(c.status()).isEqualTo(to);
                assertThat(c.taken()).get().satisfies(e -> {
                    assertThat(e.step().name()).isEqualTo(to.name());
                    assertThat(e.internalNote()).isEqualTo("for us");
                    assertThat(e.userId()).isEqualTo(LEGAL.id());
                });
            } else {
                assertThatThrownBy(() -> step(to).apply(c, LEGAL))
                        .as("%s → %s", from, to)
                        .isInstanceOf(RejectedException.class)
                        .hasMessageContaining("A case at “%s” cannot go to “%s”", label(from, "en"), label(to, "en"))
                        .hasMessageContaining(
                                "เรื่องนี้อยู่ในขั้น “%s” จึงไปขั้น “%s” ไม่ได้", label(from, "th"), label(to, "th"));
                assertThat(c.status()).isEqualTo(from);
                assertThat(c.taken()).isEmpty();
            }
        }
    }

    @Test
    void theOfficerInChargeLooksIntoTheCaseAndAnswersItButTakesNoOtherStep() {
        ComplaintCase assigned = at(CaseStatus.ASSIGNED, OFFICER.id());
        assertThat(assigned.investigate(OFFICER, NOTES)).isEqualTo(new CaseEvent.InvestigationStarted(1));
        assertThat(assigned.answer("ตรวจสอบแล้ว", OFFICER, NOTES)).isEqualTo(new CaseEvent.Answered(1));
        assertThat(assigned.outcome()).isEqualTo("ตรวจสอบแล้ว");
        assertThat(assigned.taken())
                .get()
                .extracting(ComplaintCase.Entry::publicNote)
                .isEqualTo("ตรวจสอบแล้ว");
        assertThatThrownBy(() -> assigned.close(OFFICER, NOTES)).isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> at(CaseStatus.RECEIVED, OFFICER.id()).accept(OFFICER, NOTES))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> at(CaseStatus.ASSIGNED, 99L).investigate(OFFICER, NOTES))
                .as("an officer of the unit who is not in charge of the case")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theCentreOfAnotherAreaTakesNoStep() {
        assertThatThrownBy(() -> at(CaseStatus.RECEIVED, null).accept(OTHER_AREA_LEGAL, NOTES))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aStepRefusedForWhatItLacksChangesNothing() {
        ComplaintCase received = at(CaseStatus.RECEIVED, null);
        assertThatThrownBy(() -> received.decline(LEGAL, new ComplaintCase.Notes(" ", "internal only")))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("where to go");
        ComplaintCase accepted = at(CaseStatus.ACCEPTED, null);
        assertThatThrownBy(() -> accepted.forwardTo(new ComplaintCase.Agency(" ", null, TODAY), LEGAL, NOTES))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> accepted.forwardTo(new ComplaintCase.Agency("สพฐ.", null, null), LEGAL, NOTES))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> accepted.assignTo(
                        UNIT,
                        99L,
                        (c, u, o) -> {
                            throw RejectedException.of("officerId", "ไม่ได้", "Not this officer");
                        },
                        LEGAL,
                        NOTES))
                .isInstanceOf(RejectedException.class);
        ComplaintCase investigating = at(CaseStatus.INVESTIGATING, 20L);
        assertThatThrownBy(() -> investigating.answer("  ", LEGAL, NOTES)).isInstanceOf(RejectedException.class);
        for (ComplaintCase c : List.of(received, accepted, investigating)) {
            assertThat(c.taken()).isEmpty();
            assertThat(c.status()).isEqualTo(c.loadedStatus());
        }
        assertThat(accepted.unitId()).isNull();
        assertThat(accepted.forwarded().name()).isNull();
    }

    @Test
    void aForwardedCaseTellsTheComplainantTheAgencyUnlessTheyWereToldMore() {
        ComplaintCase quiet = at(CaseStatus.ACCEPTED, null);
        quiet.forwardTo(new ComplaintCase.Agency(" สพฐ. ", " ที่ 9 ", TODAY), LEGAL, ComplaintCase.Notes.NONE);
        assertThat(quiet.taken())
                .get()
                .extracting(ComplaintCase.Entry::publicNote)
                .isEqualTo("สพฐ.");
        assertThat(quiet.forwarded()).isEqualTo(new ComplaintCase.Agency("สพฐ.", "ที่ 9", TODAY));
        ComplaintCase told = at(CaseStatus.REOPENED, null);
        told.forwardTo(new ComplaintCase.Agency("สพฐ.", null, TODAY), LEGAL, NOTES);
        assertThat(told.taken())
                .get()
                .extracting(ComplaintCase.Entry::publicNote)
                .isEqualTo("for them");
    }

    @Test
    void anAssignedCaseNamesItsUnitAndOfficer() {
        ComplaintCase c = at(CaseStatus.ACCEPTED, null);
        assertThat(c.assignTo(UNIT, OFFICER.id(), ANYONE, LEGAL, NOTES))
                .isEqualTo(new CaseEvent.Assigned(1, UNIT, OFFICER.id()));
        assertThat(c.unitId()).isEqualTo(UNIT);
        assertThat(c.officerId()).isEqualTo(OFFICER.id());
    }

    @Test
    void anOverdueCaseIsRaisedToTheLegalGroupThenAfterThreeWorkingDaysToTheDirector() {
        LocalDate due = TODAY.minusDays(1);
        ComplaintCase.WorkingDays plainDays = (area, from, days) -> from.plusDays(days);
        Instant now = Instant.parse("2026-12-07T03:00:00Z");

        ComplaintCase late = at(CaseStatus.ACCEPTED, null, due, 0);
        assertThat(late.escalate(TODAY, plainDays, 3, now)).contains(new CaseEvent.Escalated(1, 1));
        assertThat(late.escalation()).isEqualTo(1);
        assertThat(late.taken()).get().satisfies(e -> {
            assertThat(e.step()).isEqualTo(StepKind.ESCALATED);
            assertThat(e.onDay()).isEqualTo(due);
            assertThat(e.at()).isEqualTo(now);
        });

        assertThat(at(CaseStatus.ACCEPTED, null, due, 1).escalate(TODAY, plainDays, 3, now))
                .as("raised already, the director's turn not yet come")
                .isEmpty();
        ComplaintCase later = at(CaseStatus.ACCEPTED, null, TODAY.minusDays(4), 1);
        assertThat(later.escalate(TODAY, plainDays, 3, now)).contains(new CaseEvent.Escalated(1, 2));
        assertThat(later.taken()).get().extracting(ComplaintCase.Entry::step).isEqualTo(StepKind.ESCALATED_TO_DIRECTOR);

        assertThat(at(CaseStatus.ACCEPTED, null, TODAY.minusDays(30), 2).escalate(TODAY, plainDays, 3, now))
                .isEmpty();
        assertThat(at(CaseStatus.CLOSED, null, due, 0).escalate(TODAY, plainDays, 3, now))
                .isEmpty();
        assertThat(at(CaseStatus.ACCEPTED, null, TODAY, 0).escalate(TODAY, plainDays, 3, now))
                .as("due today is not overdue")
                .isEmpty();
    }

    @Test
    void aStepLowersTheRaiseAndItsNewDeadlineIsSet() {
        ComplaintCase c = at(CaseStatus.ACCEPTED, null, TODAY.minusDays(5), 2);
        c.assignTo(UNIT, OFFICER.id(), ANYONE, LEGAL, NOTES);
        c.dueBy(TODAY.plusDays(10));
        assertThat(c.escalation()).isZero();
        assertThat(c.dueOn()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void onlyTheCentreSendsATeamAndAClosedCaseTakesNone() {
        ComplaintCase.Team team = new ComplaintCase.Team(" ทีม ก ", TODAY, " โรงเรียนบ้านเล็ก ");
        ComplaintCase assigned = at(ASSIGNED, OFFICER.id());
        assertThat(assigned.dispatch(team, LEGAL)).isEqualTo(new CaseEvent.Dispatched(1, TODAY));
        assertThat(assigned.taken()).get().satisfies(e -> {
            assertThat(e.step()).isEqualTo(StepKind.DISPATCHED);
            assertThat(e.onDay()).isEqualTo(TODAY);
            assertThat(e.userId()).isEqualTo(LEGAL.id());
        });
        assertThat(assigned.status()).as("a team sent moves no status").isEqualTo(ASSIGNED);

        assertThatThrownBy(() -> at(ASSIGNED, OFFICER.id()).dispatch(team, OFFICER))
                .as("the officer in charge")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> at(ASSIGNED, OFFICER.id()).dispatch(team, OTHER_AREA_LEGAL))
                .isInstanceOf(ForbiddenException.class);
        ComplaintCase closed = at(CLOSED, null);
        assertThatThrownBy(() -> closed.dispatch(team, LEGAL))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.message().en())
                        .containsExactly("The case is closed"));
        assertThat(closed.mayDispatch(LEGAL)).isFalse();
        assertThat(at(ACCEPTED, null).mayDispatch(LEGAL)).isTrue();
        ComplaintCase accepted = at(ACCEPTED, null);
        assertThatThrownBy(() -> accepted.dispatch(new ComplaintCase.Team(" ", null, ""), LEGAL))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("team", "place", "onDay"));
        for (ComplaintCase c : List.of(closed, accepted)) {
            assertThat(c.taken()).isEmpty();
        }
    }

    @Test
    void theCentreOrTheOfficerInChargeReportsWhatTheTeamFound() {
        ComplaintCase byOfficer = at(ASSIGNED, OFFICER.id());
        assertThat(byOfficer.reportDispatch(5, "พบตามที่ร้อง", OFFICER))
                .isEqualTo(new CaseEvent.DispatchReported(1, 5));
        assertThat(byOfficer.taken())
                .get()
                .extracting(ComplaintCase.Entry::step)
                .isEqualTo(StepKind.DISPATCH_REPORTED);
        assertThat(at(CLOSED, OFFICER.id()).reportDispatch(5, "รายงานหลังยุติเรื่อง", LEGAL))
                .as("a team sent before the case closed still reports")
                .isEqualTo(new CaseEvent.DispatchReported(1, 5));

        assertThatThrownBy(() -> at(ASSIGNED, 99L).reportDispatch(5, "รายงาน", OFFICER))
                .as("an officer of the unit who is not in charge of the case")
                .isInstanceOf(ForbiddenException.class);
        assertThat(at(ASSIGNED, 99L).mayReportDispatch(OFFICER)).isFalse();
        ComplaintCase blank = at(ASSIGNED, OFFICER.id());
        assertThatThrownBy(() -> blank.reportDispatch(5, "  ", OFFICER)).isInstanceOf(RejectedException.class);
        assertThat(blank.taken()).isEmpty();
    }

    @Test
    void everyKindOfStepHasALabelInThaiAndEnglish() {
        for (StepKind kind : StepKind.values()) {
            assertThat(Texts.of("complaints.step." + kind.name()).en()).isNotBlank();
        }
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.step().name()).isEqualTo(status.name());
        }
    }

    private static ComplaintCase at(CaseStatus status, Long officerId) {
        return at(status, officerId, null, 0);
    }

    private static ComplaintCase at(CaseStatus status, Long officerId, LocalDate due, int escalation) {
        return new ComplaintCase(new Cases.Case(
                1,
                AREA,
                "KT-TEST",
                "HELP",
                "WEB",
                "เรื่อง",
                "รายละเอียด",
                null,
                true,
                status,
                Instant.parse("2026-12-01T03:00:00Z"),
                officerId == null ? null : UNIT,
                null,
                officerId,
                null,
                null,
                null,
                null,
                null,
                due,
                escalation,
                null,
                null,
                null,
                null,
                null,
                0));
    }

    /** A step's label as users read it ({@code complaints.step.*}). */
    private static String label(CaseStatus status, String language) {
        return Texts.of("complaints.step." + status.name()).in(language);
    }

    private static KhetUser user(long id, RoleGrant grant) {
        return new KhetUser(id, "u" + id, "User " + id, "th", List.of(grant));
    }
}

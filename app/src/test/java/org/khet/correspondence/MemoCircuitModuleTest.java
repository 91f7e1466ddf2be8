package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestClock;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Memos for approval in an area office of its own (area codes 6680–6689): written by an officer, submitted to the
 * director, an opinion asked and given, approved into a numbered letter of the dispatch register; returned, edited and
 * resubmitted; rejected with a reason; every step only by the memo's holder on the memo as it is now; every state
 * against every action of the transition table; and a refused step changes nothing.
 */
@ModuleTest
class MemoCircuitModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Memos memos;

    @Autowired
    MemoViews views;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Registers registers;

    @Autowired
    LetterSeal seal;

    @Autowired
    LetterSearch search;

    @Autowired
    LetterFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Accounts accounts;

    @Test
    void theWholeCircuitEndsInALetterNumberedInTheDispatchRegisterSealedAndFound() {
        Office o = new Office("6680");
        long id = memos.create(o.code, text("ขออนุมัติจัดซื้อวัสดุสำนักงาน"), o.writer);
        MemoViews.View draft = views.get(id, o.writer);
        assertThat(draft.state()).isEqualTo(MemoState.DRAFT);
        assertThat(draft.actions()).containsExactlyInAnyOrder(MemoAction.EDIT, MemoAction.SUBMIT);

        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        assertThat(views.waitingFor(o.director))
                .extracting(MemoViews.Waiting::id)
                .containsExactly(id);
        act(id, MemoAction.ASK_OPINION, o.director, step(1).to(o.officer).saying("โปรดให้ความเห็นด้านงบประมาณ"));
        act(id, MemoAction.GIVE_OPINION, o.officer, step(2).saying("งบประมาณเพียงพอ"));
        Memo.Step approved = act(id, MemoAction.APPROVE, o.director, step(3).saying("อนุมัติ"));

        MemoViews.View v = views.get(id, o.writer);
        assertThat(v.state()).isEqualTo(MemoState.APPROVED);
        assertThat(v.holder()).isNull();
        assertThat(v.version()).isEqualTo(4);
        assertThat(v.number()).isEqualTo("ศธ 06680/1");
        assertThat(v.steps())
                .extracting(MemoViews.Step::action, MemoViews.Step::byName, MemoViews.Step::toState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MemoAction.SUBMIT, "เขียน 6680", MemoState.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(
                                MemoAction.ASK_OPINION, "ผอ. 6680", MemoState.OPINION_REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(
                                MemoAction.GIVE_OPINION, "ให้ความเห็น 6680", MemoState.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(MemoAction.APPROVE, "ผอ. 6680", MemoState.APPROVED));
        assertThat(v.steps().get(3).signedAs()).isEqualTo(SignedAs.SELF);
        assertThat(approved.comment()).isEqualTo("อนุมัติ");

        Letter letter = letters.byId(v.letterId()).orElseThrow();
        assertThat(letter.kind()).isEqualTo(LetterKind.MEMO);
        assertThat(letter.register()).isEqualTo(Register.DISPATCH);
        assertThat(letter.draft()).isFalse();
        assertThat(registers.rows(o.org, Register.DISPATCH, thisYear()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.letterId()).isEqualTo(letter.id());
                    assertThat(e.fromName()).isEqualTo("เขียน 6680");
                    assertThat(e.toName()).isEqualTo("ผอ. 6680");
                    assertThat(e.subject()).isEqualTo("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
                });
        assertThat(seal.check(letter).intact()).isTrue();
        assertThat(search.find(o.org, new LetterSearch.Query("วัสดุสำนักงาน", "SENT", null, null, null, 1), false))
                .extracting(LetterSearch.Found::letterId)
                .containsExactly(letter.id());
        assertThat(views.waitingFor(o.director)).isEmpty();
        assertThat(List.of(mails(o.director), mails(o.officer), mails(o.writer)))
                .as("the director told twice (submitted, opinion given), the officer once, the writer of approval")
                .containsExactly(2L, 1L, 1L);
        assertThat(audits(id)).as("created and four steps").isEqualTo(5);
    }

    @Test
    void aReturnedMemoIsCorrectedByItsWriterAndResubmittedToTheSameApprover() {
        Office o = new Office("6681");
        long id = memos.create(o.code, text("ขอไปราชการ"), o.writer);
        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        assertThatThrownBy(() -> act(id, MemoAction.RETURN, o.director, step(1)))
                .as("a return says what to correct")
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("comment"));
        act(id, MemoAction.RETURN, o.director, step(1).saying("ระบุวันเดินทางให้ชัดเจน"));
        assertThat(views.waitingFor(o.writer))
                .extracting(MemoViews.Waiting::state)
                .containsExactly(MemoState.RETURNED);

        act(id, MemoAction.EDIT, o.writer, step(2).with(text("ขอไปราชการ 10–12 ธันวาคม")));
        assertThat(views.get(id, o.writer).state()).isEqualTo(MemoState.RETURNED);
        act(id, MemoAction.SUBMIT, o.writer, step(3));

        MemoViews.View v = views.get(id, o.director);
        assertThat(v.state()).isEqualTo(MemoState.SUBMITTED);
        assertThat(v.holder()).as("resubmitted to whoever returned it").isEqualTo(o.director.id());
        assertThat(v.subject()).isEqualTo("ขอไปราชการ 10–12 ธันวาคม");
        act(id, MemoAction.APPROVE, o.director, step(4));
        assertThat(views.get(id, o.writer).number()).isEqualTo("ศธ 06681/1");
        assertThat(registers.rows(o.org, Register.DISPATCH, thisYear()))
                .extracting(Registers.Entry::subject)
                .containsExactly("ขอไปราชการ 10–12 ธันวาคม");
    }

    @Test
    void theWritersLastTextIsSavedAndSubmittedAsOneStepOrNotAtAll() {
        Office o = new Office("6689");
        long id = memos.create(o.code, text("ขอซ่อมหลังคาอาคาร"), o.writer);
        String before = snapshot(o, id);
        Memos.Text changed = new Memos.Text("ขอซ่อมหลังคาอาคารเรียน 2", "รายละเอียดตามแนบ", null, null);

        assertThatThrownBy(() -> memos.editAndSubmit(
                        id, new Memos.Request(0, o.outsider.id(), null, null, null, changed), o.writer))
                .as("the submission is refused: the text is not kept either")
                .isInstanceOf(RejectedException.class);
        assertThat(snapshot(o, id)).isEqualTo(before);

        memos.editAndSubmit(id, new Memos.Request(0, o.director.id(), null, null, null, changed), o.writer);
        MemoViews.View submitted = views.get(id, o.writer);
        assertThat(submitted.state()).isEqualTo(MemoState.SUBMITTED);
        assertThat(submitted.subject()).isEqualTo("ขอซ่อมหลังคาอาคารเรียน 2");
        assertThat(views.waitingFor(o.director))
                .extracting(MemoViews.Waiting::id)
                .containsExactly(id);
    }

    @Test
    void aRejectionNeedsItsReasonEndsTheCircuitAndNumbersNothing() {
        Office o = new Office("6682");
        long id = memos.create(o.code, text("ขอจัดงานเลี้ยง"), o.writer);
        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        String before = snapshot(o, id);
        assertThatThrownBy(() -> act(id, MemoAction.REJECT, o.director, step(1).saying("  ")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("comment"));
        assertThat(snapshot(o, id)).isEqualTo(before);

        act(id, MemoAction.REJECT, o.director, step(1).saying("ไม่มีงบประมาณ"));
        MemoViews.View v = views.get(id, o.writer);
        assertThat(v.state()).isEqualTo(MemoState.REJECTED);
        assertThat(v.holder()).isNull();
        assertThat(v.number()).isNull();
        assertThat(v.steps()).last().extracting(MemoViews.Step::comment).isEqualTo("ไม่มีงบประมาณ");
        assertThat(registers.rows(o.org, Register.DISPATCH, thisYear())).isEmpty();
        assertThat(mails(o.writer)).as("the writer hears of the rejection").isEqualTo(1);
        assertThatThrownBy(() -> act(id, MemoAction.SUBMIT, o.writer, step(2).to(o.director)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheHolderTakesAStepAndOnlyToSomeoneOfTheOrganisation() {
        Office o = new Office("6683");
        assertThatThrownBy(() -> memos.create(o.code, text("จากคนนอก"), o.outsider))
                .isInstanceOf(ForbiddenException.class);
        long id = memos.create(o.code, text("ขอใช้ห้องประชุม"), o.writer);
        String before = snapshot(o, id);
        assertThatThrownBy(() -> act(id, MemoAction.SUBMIT, o.officer, step(0).to(o.director)))
                .as("the writer holds the draft; an officer who took no part is told there is no such memo")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.outsider)))
                .as("a school's clerk is not of the office")
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("to_user"));
        assertThatThrownBy(() -> act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.writer)))
                .isInstanceOf(RejectedException.class);
        assertThat(snapshot(o, id)).isEqualTo(before);

        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        before = snapshot(o, id);
        assertThatThrownBy(() -> act(id, MemoAction.APPROVE, o.writer, step(1)))
                .as("the writer sees the memo but does not hold it")
                .isInstanceOf(ForbiddenException.class);
        for (KhetUser stranger : List.of(o.officer, o.outsider)) {
            assertThatThrownBy(() -> act(id, MemoAction.APPROVE, stranger, step(1)))
                    .as("%s took no part: not even its state is told", stranger.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(snapshot(o, id)).isEqualTo(before);
        assertThatThrownBy(() -> views.get(id, o.outsider)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.get(id, o.officer))
                .as("an officer of the office who took no part")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStepOnAMemoChangedSinceItWasReadIsRefusedAndOfTwoAtOnceOnlyOneIsTaken() throws Exception {
        Office o = new Office("6684");
        long id = memos.create(o.code, text("ขออนุมัติโครงการ"), o.writer);
        act(id, MemoAction.EDIT, o.writer, step(0).with(text("ขออนุมัติโครงการอบรมครู")));
        String before = snapshot(o, id);
        assertThatThrownBy(() -> act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("version"));
        assertThat(snapshot(o, id)).isEqualTo(before);
        act(id, MemoAction.SUBMIT, o.writer, step(1).to(o.director));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Memo.Step>> both = new ArrayList<>();
        for (MemoAction a : List.of(MemoAction.APPROVE, MemoAction.RETURN)) {
            Callable<Memo.Step> take = () -> {
                start.await();
                return act(id, a, o.director, step(2).saying("พิจารณาแล้ว"));
            };
            both.add(pool.submit(take));
        }
        start.countDown();
        int taken = 0;
        int refused = 0;
        for (Future<Memo.Step> f : both) {
            try {
                f.get();
                taken++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(List.of(taken, refused)).containsExactly(1, 1);
        assertThat(views.get(id, o.writer).steps()).hasSize(3);
        assertThat(views.get(id, o.writer).version()).isEqualTo(3);
    }

    @Test
    void everyStateTakesExactlyTheStepsOfTheTransitionTableAndARefusalChangesNothing() {
        Office o = new Office("6685");
        for (MemoState state : MemoState.values()) {
            for (MemoAction action : MemoAction.values()) {
                long id = memoAt(o, state);
                MemoViews.View v = views.get(id, o.writer);
                KhetUser holder = v.holder() == null ? o.director : o.byId(v.holder());
                Step request = valid(o, action, v.version());
                var expected = state.after(action);
                if (expected.isPresent()) {
                    act(id, action, holder, request);
                    assertThat(views.get(id, o.writer).state())
                            .as("%s after %s", state, action)
                            .isEqualTo(expected.get());
                } else {
                    String before = snapshot(o, id);
                    assertThatThrownBy(() -> act(id, action, holder, request))
                            .as("%s refuses %s", state, action)
                            .isInstanceOf(ConflictException.class);
                    assertThat(snapshot(o, id))
                            .as("%s refused %s", state, action)
                            .isEqualTo(before);
                }
            }
        }
    }

    @Test
    void anApprovalThatCannotBeNumberedChangesNothing() {
        Office o = new Office("6686");
        long id = memos.create(o.schoolCode, text("ขอซ่อมหลังคาอาคารเรียน"), o.outsider);
        act(id, MemoAction.SUBMIT, o.outsider, step(0).to(o.schoolDirector));
        String before = snapshot(o, id);
        assertThatThrownBy(() -> act(id, MemoAction.APPROVE, o.schoolDirector, step(1)))
                .as("the school has no letter prefix yet")
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("รหัสหนังสือ");
        assertThat(snapshot(o, id)).isEqualTo(before);
        assertThat(views.waitingFor(o.schoolDirector))
                .extracting(MemoViews.Waiting::id)
                .containsExactly(id);
    }

    @Test
    void aMemosFilesAreAttachedByItsWriterWhileItIsWithThemAndSealedAsApproved() {
        Office o = new Office("6688");
        long id = memos.create(o.code, text("ขออนุมัติแผนงาน"), o.writer);
        long letter = views.get(id, o.writer).letterId();
        byte[] plan = "แผนงานปี 2570\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        files.attach(letter, "แผนงาน.txt", plan, o.writer);
        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        assertThatThrownBy(() -> files.attach(letter, "เพิ่มเติม.txt", plan, o.writer))
                .as("the writer no longer holds it")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> files.attach(letter, "เพิ่มเติม.txt", plan, o.director))
                .as("acting for the office does not open a memo in its circuit")
                .isInstanceOf(ForbiddenException.class);
        act(id, MemoAction.APPROVE, o.director, step(1));

        assertThat(files.of(letter)).extracting(LetterFiles.Attachment::name).containsExactly("แผนงาน.txt");
        assertThat(seal.check(letters.byId(letter).orElseThrow()).intact()).isTrue();
    }

    // --- an office with a writer, a director, an officer, a school with its clerk and director

    private final class Office {
        final String code;
        final Organisation org;
        final KhetUser writer;
        final KhetUser director;
        final KhetUser officer;
        final KhetUser outsider;
        final KhetUser schoolDirector;
        final String schoolCode;

        Office(String code) {
            TestArea area = TestArea.open(context, code);
            this.code = code;
            this.org = organisations.byCode(code).orElseThrow();
            writer = person(area, "writer", "เขียน", Role.AREA_STAFF, area.unit());
            director = person(area, "director", "ผอ.", Role.AREA_DIRECTOR, null);
            officer = person(area, "officer", "ให้ความเห็น", Role.AREA_STAFF, area.unit());
            long school = area.school("0001", "โรงเรียนทดสอบ " + code);
            schoolCode = code + "0001";
            outsider = person(area, "clerk", "ธุรการ", Role.SCHOOL_CLERK, school);
            schoolDirector = person(area, "head", "ผอ.โรงเรียน", Role.SCHOOL_DIRECTOR, school);
        }

        KhetUser byId(long id) {
            return List.of(writer, director, officer, outsider, schoolDirector).stream()
                    .filter(u -> u.id() == id)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private KhetUser person(TestArea area, String username, String name, Role role, Long place) {
        Long unit = role.reach() == Role.Reach.UNIT ? place : null;
        Long school = role.reach() == Role.Reach.SCHOOL ? place : null;
        String login = username + "." + area.code();
        long id = accounts.create(
                login,
                name + " " + area.code(),
                login + "@office.test",
                TestArea.PASSWORD,
                List.of(new RoleGrant(role, area.id(), unit, school)));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    /** A memo of {@code o} brought to {@code state} by the steps that lead there. */
    private long memoAt(Office o, MemoState state) {
        long id = memos.create(o.code, text("บันทึก " + state), o.writer);
        if (state == MemoState.DRAFT) {
            return id;
        }
        act(id, MemoAction.SUBMIT, o.writer, step(0).to(o.director));
        switch (state) {
            case OPINION_REQUESTED -> act(id, MemoAction.ASK_OPINION, o.director, valid(o, MemoAction.ASK_OPINION, 1));
            case RETURNED -> act(id, MemoAction.RETURN, o.director, step(1).saying("แก้ไข"));
            case APPROVED -> act(id, MemoAction.APPROVE, o.director, step(1));
            case REJECTED -> act(id, MemoAction.REJECT, o.director, step(1).saying("ไม่อนุมัติ"));
            default -> {}
        }
        return id;
    }

    /** A request {@code action} would take if the state allowed it. */
    private Step valid(Office o, MemoAction action, int version) {
        Step s = step(version).saying("พิจารณาแล้ว").with(text("แก้ไขแล้ว"));
        return switch (action) {
            case SUBMIT -> s.to(o.director);
            case ASK_OPINION -> s.to(o.officer);
            default -> s;
        };
    }

    // --- requests

    private record Step(int version, Long toUser, String comment, Memos.Text text) {
        Step to(KhetUser u) {
            return new Step(version, u.id(), comment, text);
        }

        Step saying(String c) {
            return new Step(version, toUser, c, text);
        }

        Step with(Memos.Text t) {
            return new Step(version, toUser, comment, t);
        }
    }

    private static Step step(int version) {
        return new Step(version, null, null, null);
    }

    private Memo.Step act(long id, MemoAction action, KhetUser by, Step s) {
        return memos.act(id, action, new Memos.Request(s.version(), s.toUser(), s.comment(), null, null, s.text()), by);
    }

    private static Memos.Text text(String subject) {
        return new Memos.Text(subject, "เรียน ผู้อำนวยการ\nเพื่อโปรดพิจารณา", null, null);
    }

    // --- what a refusal must leave as it was

    private String snapshot(Office o, long memo) {
        return jdbc.sql("""
                        select concat_ws('|', m.state, m.holder, m.approver, m.version, l.status, l.subject, l.number,
                            (select count(*) from correspondence.memo_step where memo_id = m.id),
                            (select count(*) from correspondence.register_entry where area_id = m.area_id),
                            (select count(*) from platform.audit_event
                             where entity_type = 'memo' and entity_id = cast(m.id as text)))
                        from correspondence.memo m join correspondence.letter l on l.id = m.letter_id
                        where m.id = :id""").param("id", memo).query(String.class).single()
                + "|" + mails(o.writer) + "|" + mails(o.director) + "|" + mails(o.officer) + "|"
                + mails(o.schoolDirector);
    }

    private long mails(KhetUser user) {
        return jdbc.sql("select count(*) from notifications.delivery where account_id = :a")
                .param("a", user.id())
                .query(Long.class)
                .single();
    }

    private long audits(long memo) {
        return jdbc.sql("""
                        select count(*) from platform.audit_event
                        where entity_type = 'memo' and entity_id = :id""").param("id", String.valueOf(memo)).query(Long.class).single();
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear() + 543;
    }
}

package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A received letter's way inside a school (area codes 6630–6639): the clerk passes it to a teacher, the director
 * endorses it with their typed-name signature and passes it on, the officer closes it; who holds it at each moment;
 * signatures "ปฏิบัติราชการแทน" with the post recorded; reply deadlines reminded once.
 */
@ModuleTest
class HandlingModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Receipts receipts;

    @Autowired
    Handling handling;

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    SchoolPrefixes prefixes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLetterGoesFromTheClerkToTheDirectorToAnOfficerAndIsClosed() {
        School s = school("6630");
        long delivery = received(s);
        assertThatThrownBy(() -> handling.take(delivery, pass(s.teacher.id(), null), s.other))
                .as("someone of another school")
                .isInstanceOf(ForbiddenException.class);

        handling.take(delivery, pass(s.director.id(), null), s.clerk);
        assertThat(handling.holding(delivery).orElseThrow().toUser()).isEqualTo(s.director.id());
        assertThatThrownBy(() -> handling.take(delivery, pass(s.teacher.id(), null), s.clerk))
                .as("the clerk no longer holds it")
                .isInstanceOf(ForbiddenException.class);

        Handling.Step endorsed = handling.take(
                delivery,
                new Handling.Action(
                        "ENDORSE",
                        s.teacher.id(),
                        "ทราบ มอบครูวิชาการดำเนินการ",
                        null,
                        null,
                        LocalDate.now().plusDays(7)),
                s.director);
        assertThat(endorsed.byName()).isEqualTo("ผอ.โรงเรียน 6630");
        assertThat(endorsed.signedAs()).isEqualTo(SignedAs.SELF);
        assertThat(endorsed.toName()).isEqualTo("ครูวิชาการ 6630");

        handling.take(delivery, new Handling.Action("DONE", null, "ส่งข้อมูลแล้ว", null, null, null), s.teacher);
        assertThat(handling.holding(delivery)).isEmpty();
        assertThat(handling.steps(delivery)).extracting(Handling.Step::kind).containsExactly("PASS", "ENDORSE", "DONE");
        assertThat(handling.heldBy(s.teacher)).isEmpty();
    }

    @Test
    void onlyTheDirectorSignsInTheirOwnRightAndAnotherSignerNamesThePostTheySignFor() {
        School s = school("6631");
        long delivery = received(s);
        handling.take(delivery, pass(s.teacher.id(), null), s.clerk);

        assertThatThrownBy(() -> handling.take(
                        delivery, new Handling.Action("ENDORSE", null, "ทราบ", SignedAs.SELF, null, null), s.teacher))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("signed_as"));
        assertThatThrownBy(() -> handling.take(
                        delivery, new Handling.Action("ENDORSE", null, "", SignedAs.ON_BEHALF, " ", null), s.teacher))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("instruction", "on_behalf_of"));
        Handling.Step signed = handling.take(
                delivery,
                new Handling.Action(
                        "ENDORSE", s.teacher.id(), "ทราบ ดำเนินการ", SignedAs.ON_BEHALF, "ผู้อำนวยการโรงเรียน", null),
                s.teacher);
        assertThat(signed.signedAs()).isEqualTo(SignedAs.ON_BEHALF);
        assertThat(signed.onBehalfOf()).isEqualTo("ผู้อำนวยการโรงเรียน");
        assertThat(signed.byName()).isEqualTo("ครูวิชาการ 6631");

        assertThatThrownBy(() -> handling.take(delivery, pass(s.other.id(), null), s.teacher))
                .as("passed to someone of another school")
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void aLetterNotYetAcceptedCannotBePassedOn() {
        School s = school("6632");
        long id = circular(s);
        Delivery d = receipts.of(id, s.org, null);
        assertThatThrownBy(() -> handling.take(d.id(), pass(s.director.id(), null), s.clerk))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theHolderIsRemindedOnceWhenTheReplyIsDueTomorrow() {
        School s = school("6633");
        long delivery = received(s);
        handling.take(delivery, pass(s.teacher.id(), LocalDate.now().plusDays(1)), s.clerk);
        long before = mails(s.teacher);

        assertThat(deadlines.runNow()).isEqualTo(1);
        assertThat(deadlines.runNow()).isZero();
        assertThat(mails(s.teacher)).isEqualTo(before + 1);
        assertThat(handling.heldBy(s.teacher)).singleElement().satisfies(row -> assertThat(row.get("reply_by"))
                .isEqualTo(LocalDate.now().plusDays(1)));
    }

    private record School(
            Organisation office,
            Organisation org,
            KhetUser staff,
            KhetUser clerk,
            KhetUser director,
            KhetUser teacher,
            KhetUser other) {}

    private School school(String code) {
        TestArea area = TestArea.open(context, code);
        long id = area.school("0001", "โรงเรียนเส้นทาง " + code);
        long otherId = area.school("0002", "โรงเรียนอื่น " + code);
        Organisation office = organisations.byCode(code).orElseThrow();
        KhetUser staff = account(
                "staff." + code, "เจ้าหน้าที่ " + code, new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null));
        Organisation org = organisations.byId(area.id(), id);
        prefixes.set(org, "ศธ 0" + code + ".1", staff);
        return new School(
                office,
                organisations.byId(area.id(), id),
                staff,
                account("clerk." + code, "ธุรการ " + code, new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, id)),
                account(
                        "director." + code,
                        "ผอ.โรงเรียน " + code,
                        new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, id)),
                account("teacher." + code, "ครูวิชาการ " + code, new RoleGrant(Role.TEACHER, area.id(), null, id)),
                account(
                        "other." + code,
                        "ธุรการอื่น " + code,
                        new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, otherId)));
    }

    private long circular(School s) {
        long id = letters.draft(
                s.office,
                new LetterDraft(
                        "EXTERNAL", null, "ขอให้รายงานผล", "", null, null, null, true, false, true, null, null, null),
                s.staff);
        letters.send(id, s.staff);
        return id;
    }

    private long received(School s) {
        long id = circular(s);
        Delivery d = receipts.of(id, s.org, null);
        receipts.accept(d.id(), s.clerk);
        return d.id();
    }

    private static Handling.Action pass(long to, LocalDate replyBy) {
        return new Handling.Action("PASS", to, "เสนอ", null, null, replyBy);
    }

    private KhetUser account(String username, String name, RoleGrant grant) {
        long id = accounts.create(username, name, username + "@school.test", "module-test-" + username, List.of(grant));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    private long mails(KhetUser user) {
        return jdbc.sql("select count(*) from notifications.delivery where account_id = :a")
                .param("a", user.id())
                .query(Long.class)
                .single();
    }
}

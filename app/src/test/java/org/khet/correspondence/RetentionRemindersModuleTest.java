package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work after a year end on an area of its own (6692): who is reminded of the destruction list and the
 * twenty-year handover, once per stage and never once the list is done or empty; the handover recorded with its
 * rows, refused when wrong, and its rows gone from later lists; the deadlines as dated data.
 */
@ModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionRemindersModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Inbox inbox;

    @Autowired
    Receipts receipts;

    @Autowired
    Retention retention;

    @Autowired
    DestructionLists lists;

    @Autowired
    ArchiveTransfers transfers;

    @Autowired
    RetentionReminders reminders;

    @Autowired
    RetentionDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    long areaId;
    Organisation office;
    Organisation school;
    Organisation otherSchool;
    KhetUser director;
    KhetUser staff;
    KhetUser schoolDirector;
    KhetUser clerk;
    KhetUser otherClerk;
    long letter;

    @BeforeAll
    void anOfficeAndTwoSchoolsWithOldLetters() {
        TestArea area = TestArea.open(context, "6692");
        areaId = area.id();
        long first = area.school("0001", "โรงเรียนเตือนสิ้นปี");
        long second = area.school("0002", "โรงเรียนส่งมอบหอจดหมายเหตุ");
        office = organisations.byCode("6692").orElseThrow();
        school = organisations.byId(areaId, first);
        otherSchool = organisations.byId(areaId, second);
        director = area.account("director.6692", "director.6692@area.test", Role.AREA_DIRECTOR, null);
        staff = area.account("staff.6692", "staff.6692@area.test", Role.AREA_STAFF, area.unit());
        schoolDirector = area.account("head.6692", "head.6692@area.test", Role.SCHOOL_DIRECTOR, first);
        clerk = area.account("clerk.6692", "clerk.6692@area.test", Role.SCHOOL_CLERK, first);
        otherClerk = area.account("clerk2.6692", "clerk2.6692@area.test", Role.SCHOOL_CLERK, second);
        letter = letters.draft(
                office,
                new LetterDraft(
                        "EXTERNAL",
                        null,
                        "หนังสือต้นแบบ",
                        "ข้อความ",
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        List.of(school.code()),
                        null,
                        null),
                staff);
        letters.send(letter, staff);
        receipts.accept(inbox.page(school, 1, false).items().get(0).deliveryId(), clerk);

        BackDatedRegister officeRows = new BackDatedRegister(jdbc, office, letter);
        officeRows.enteredOn(LocalDate.of(2015, 3, 2), "ขอเชิญประชุม ปี 2558");
        retention.set(
                office, officeRows.enteredOn(LocalDate.of(2005, 5, 10), "ประกาศจัดตั้ง ปี 2548"), "PERMANENT", staff);
        new BackDatedRegister(jdbc, school, letter).enteredOn(LocalDate.of(2015, 6, 1), "แจ้งโรงเรียน ปี 2558");
    }

    @Test
    void theOfficeDirectorIsToldOncePerStageUntilEachListIsDone() {
        long before = mails(director);

        reminders.remind(office, LocalDate.of(2026, 1, 2));
        assertThat(mails(director)).as("destruction and transfer lists open").isEqualTo(before + 2);
        assertThat(mails(staff)).as("the director is told, not all staff").isZero();

        reminders.remind(office, LocalDate.of(2026, 1, 2));
        reminders.remind(office, LocalDate.of(2026, 1, 10));
        assertThat(mails(director)).as("same stages: told once").isEqualTo(before + 2);

        reminders.remind(office, LocalDate.of(2026, 1, 20));
        assertThat(mails(director)).as("the handover is due on 31 January").isEqualTo(before + 3);
        assertThat(lastText(director)).contains("31 มกราคม 2569", "ใกล้ครบกำหนด", "/correspondence/retention?org=6692");

        transfers.record(office, 2568, LocalDate.of(2026, 1, 25), "ศธ 06692/123", "นางสาวรับมอบ หอจดหมายเหตุ", staff);
        reminders.remind(office, LocalDate.of(2026, 2, 20));
        assertThat(mails(director))
                .as("the destruction list is due on 1 March; the handover is done")
                .isEqualTo(before + 4);
        assertThat(lastText(director)).contains("บัญชีหนังสือขอทำลาย", "1 มีนาคม 2569");

        lists.decide(
                office,
                2568,
                new DestructionLists.Committee("ประธาน", List.of("กรรมการ ก", "กรรมการ ข")),
                List.of(),
                staff);
        reminders.remind(office, LocalDate.of(2026, 3, 5));
        assertThat(mails(director)).as("both done: no overdue reminder").isEqualTo(before + 4);
        assertThat(stages(office))
                .containsExactlyInAnyOrder(
                        "DESTRUCTION OPEN 1", "TRANSFER OPEN 1", "TRANSFER SOON 1", "DESTRUCTION SOON 1");
    }

    @Test
    void aSchoolsDirectorAndClerksAreToldAndAnEmptyListTellsNobody() {
        long head = mails(schoolDirector);
        long clerks = mails(clerk);

        reminders.remind(school, LocalDate.of(2026, 1, 3));

        assertThat(mails(schoolDirector)).isEqualTo(head + 1);
        assertThat(mails(clerk)).isEqualTo(clerks + 1);
        assertThat(lastText(clerk)).contains("โรงเรียนเตือนสิ้นปี", "บัญชีหนังสือขอทำลาย");
        assertThat(stages(school)).contains("DESTRUCTION OPEN 1", "TRANSFER OPEN 0");

        reminders.remind(school, LocalDate.of(2026, 3, 2));
        assertThat(mails(clerk)).as("not done by 1 March: told it is late").isEqualTo(clerks + 2);
        assertThat(lastText(clerk)).contains("เลยกำหนดแล้ว");
    }

    @Test
    void aHandoverTakesTheListAsItStandsOnceAndItsRowsLeaveLaterLists() {
        BackDatedRegister rows = new BackDatedRegister(jdbc, otherSchool, letter);
        long old = rows.enteredOn(LocalDate.of(2004, 7, 1), "ทะเบียนนักเรียน ปี 2547");
        retention.set(otherSchool, old, "PERMANENT", otherClerk);
        assertThat(ids(lists.transfer(otherSchool, 2567))).containsExactly(old);

        assertThatThrownBy(
                        () -> transfers.record(otherSchool, 2567, LocalDate.of(2024, 12, 31), "", "ผู้รับ", otherClerk))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("1 มกราคม 2568");
        assertThatThrownBy(() ->
                        transfers.record(otherSchool, 2567, LocalDate.now().plusDays(2), "", "ผู้รับ", otherClerk))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> transfers.record(otherSchool, 2567, LocalDate.of(2025, 1, 20), "", " ", otherClerk))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(
                        () -> transfers.record(otherSchool, 2550, LocalDate.of(2008, 1, 20), "", "ผู้รับ", otherClerk))
                .as("nothing twenty years old then")
                .isInstanceOf(RejectedException.class);
        assertThat(transfers.of(otherSchool, 2567))
                .as("refusals change nothing")
                .isEmpty();

        var handover =
                transfers.record(otherSchool, 2567, LocalDate.of(2025, 1, 20), "ศธ 0/5", "นายรับ มอบ", otherClerk);

        assertThat(handover.rows()).isEqualTo(1);
        assertThat(handover.receivedBy()).isEqualTo("นายรับ มอบ");
        assertThat(ids(lists.transfer(otherSchool, 2567)))
                .as("the list handed over")
                .containsExactly(old);
        assertThat(ids(lists.transfer(otherSchool, 2568)))
                .as("gone from later lists")
                .doesNotContain(old);
        assertThat(ids(lists.destruction(otherSchool, 2600))).doesNotContain(old);
        assertThatThrownBy(
                        () -> transfers.record(otherSchool, 2567, LocalDate.of(2025, 1, 21), "", "อีกคน", otherClerk))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_event where action = 'ARCHIVE_TRANSFER_RECORDED' and entity_id = :id")
                        .param("id", String.valueOf(handover.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDeadlinesAreTheRuleInForceWhenTheYearEnds() {
        var due = deadlines.after(2569);
        assertThat(due.destructionBy()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(due.transferBy()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(deadlines.after(2570).destructionBy())
                .as("2028 is a leap year")
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(due.stage(due.destructionBy(), LocalDate.of(2026, 12, 31))).isEmpty();

        assertThatThrownBy(() ->
                        deadlines.define(new RetentionDeadlines.Rule(LocalDate.of(2020, 1, 1), 60, 31, 14, "ว 1")))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(
                        () -> deadlines.define(new RetentionDeadlines.Rule(LocalDate.of(2099, 1, 1), 0, 31, 14, "ว 1")))
                .isInstanceOf(RejectedException.class);
        deadlines.define(new RetentionDeadlines.Rule(LocalDate.of(2099, 1, 1), 90, 45, 7, "หนังสือสั่งการทดสอบ"));

        assertThat(deadlines.after(2641).destructionBy())
                .as("year end 2098 → the new rule from 1 Jan 2099")
                .isEqualTo(LocalDate.of(2098, 12, 31).plusDays(90));
        assertThat(deadlines.after(2640).destructionBy())
                .isEqualTo(LocalDate.of(2097, 12, 31).plusDays(60));
        jdbc.sql("delete from correspondence.retention_deadline where valid_from = date '2099-01-01'")
                .update();
    }

    @Test
    void theHourlyRunRemindsEveryOrganisationOfTheAreaThatKeepsARegister() {
        TestArea area = TestArea.open(context, "6693");
        long id = area.school("0001", "โรงเรียนรอบชั่วโมง");
        Organisation office = organisations.byCode("6693").orElseThrow();
        Organisation school = organisations.byId(area.id(), id);
        KhetUser head = area.account("director.6693", "director.6693@area.test", Role.AREA_DIRECTOR, null);
        KhetUser writer = area.account("staff.6693", "staff.6693@area.test", Role.AREA_STAFF, area.unit());
        KhetUser schoolClerk = area.account("clerk.6693", "clerk.6693@area.test", Role.SCHOOL_CLERK, id);
        long sent = letters.draft(
                office,
                new LetterDraft("EXTERNAL", null, "แจ้ง", "", null, null, null, false, false, true, null, null, null),
                writer);
        letters.send(sent, writer);
        receipts.accept(inbox.page(school, 1, false).items().get(0).deliveryId(), schoolClerk);
        new BackDatedRegister(jdbc, office, sent).enteredOn(LocalDate.of(2015, 1, 5), "ของสำนักงาน ปี 2558");
        new BackDatedRegister(jdbc, school, sent).enteredOn(LocalDate.of(2015, 1, 6), "ของโรงเรียน ปี 2558");

        assertThat(reminders.remind(area.id(), LocalDate.of(2026, 1, 5))).isEqualTo(2);
        assertThat(mails(head)).isEqualTo(1);
        assertThat(mails(schoolClerk)).isEqualTo(1);
        assertThat(reminders.remind(area.id(), LocalDate.of(2026, 1, 6))).isZero();
    }

    private long mails(KhetUser user) {
        return jdbc.sql("select count(*) from notifications.delivery where account_id = :a")
                .param("a", user.id())
                .query(Long.class)
                .single();
    }

    private String lastText(KhetUser user) {
        return jdbc.sql("select body from notifications.delivery where account_id = :a order by id desc limit 1")
                .param("a", user.id())
                .query(String.class)
                .single();
    }

    private List<String> stages(Organisation org) {
        return jdbc.sql("""
                        select list || ' ' || stage || ' ' || sign(rows_due) from correspondence.retention_reminder
                        where area_id = :area and school_id is not distinct from :school and year_end = 2568""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(String.class)
                .list();
    }

    private static List<Long> ids(List<DestructionLists.Row> rows) {
        return rows.stream().map(DestructionLists.Row::entryId).toList();
    }
}

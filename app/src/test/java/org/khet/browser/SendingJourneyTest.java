package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sending options on a phone, on areas of their own (6770, 6771): the office saves a group of the small schools from
 * the writing form and sends a letter to it and to a teacher found by name; a school clerk sees it is for her, accepts it and replies, the reply prefilled to the office
 * with the subject and the reference, and the office's letter links to the reply. A draft to an addressee outside
 * Khet is changed and deleted.
 */
class SendingJourneyTest extends BrowserTest {

    private static final int PHONE = 390;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeSendsToASavedGroupAndASchoolClerkRepliesOnAPhone() {
        TestArea area = TestArea.open(application, "6770");
        long small = area.school("0001", "โรงเรียนบ้านนาเล็ก", 80);
        area.school("0002", "โรงเรียนบ้านดอนเล็ก", 100);
        area.school("0003", "โรงเรียนบ้านใหญ่กลาง", 400);
        KhetUser staff = area.account("staff.6770", Role.AREA_STAFF, area.unit());
        area.account("clerk.6770.1", Role.SCHOOL_CLERK, small);
        prefix(area, small, "ศธ 06770.1", staff);
        area.person("677000000011", "สมศรี", "ใจงาม", "TEACHER", small);

        // The office, on a phone, saves a group of the small schools from the writing form.
        signIn("staff.6770", TestArea.PASSWORD);
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/correspondence/new"));
        page.locator("#to-groups summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("จัดการกลุ่มผู้รับ"))
                .click();
        assertThat(page.locator("#no-groups")).isVisible();
        page.getByLabel("ชื่อกลุ่ม").fill("โรงเรียนขนาดเล็ก");
        page.locator("#to-sizes summary").click();
        page.getByLabel("ขนาดเล็ก (2 แห่ง)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกกลุ่ม"))
                .click();
        assertThat(page.locator("#group-list")).containsText("โรงเรียนขนาดเล็ก");
        assertThat(page.locator("#group-list")).containsText("ผู้รับในกลุ่ม: ขนาดเล็ก");
        look("sending-groups");

        // It writes a letter to the group and sends it.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("กลับไปเขียนหนังสือ"))
                .click();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill("ขอรายงานจำนวนนักเรียนรายชั้น");
        page.getByLabel("ข้อความ").fill("ขอให้โรงเรียนรายงานจำนวนนักเรียนรายชั้น ภายในวันที่ 20 ธันวาคม 2569");
        page.locator("#to-groups summary").click();
        page.getByLabel("โรงเรียนขนาดเล็ก", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.locator("#to-people summary").click();
        page.getByLabel("พิมพ์ชื่อบุคคลเพื่อค้นหา").fill("สมศรี");
        page.locator("#people-found").getByText("นางสมศรี ใจงาม").click();
        assertThat(page.locator("#people-chosen")).containsText("นางสมศรี ใจงาม");
        page.getByLabel("พิมพ์ชื่อบุคคลเพื่อค้นหา").fill("ไม่มีชื่อนี้");
        assertThat(page.locator("#people-found")).containsText("ไม่พบบุคคลชื่อนี้ในเขต");
        page.getByLabel("พิมพ์ชื่อบุคคลเพื่อค้นหา").press("Enter");
        assertThat(page.locator("#people-chosen")).containsText("นางสมศรี ใจงาม"); // Enter sent nothing
        page.locator("#to-external summary").click();
        look("sending-write");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#sent-number")).containsText("ศธ 06770/");
        assertThat(page.locator("#recipient-list li")).hasCount(2);

        // A clerk of a small school accepts it and replies; the reply is addressed to the office, subject kept.
        as("clerk.6770.1");
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/correspondence"));
        assertThat(page.locator("#inbox a").first().locator(".for-people")).hasText("ถึง นางสมศรี ใจงาม");
        look("sending-inbox");
        page.locator("#inbox a").first().click();
        assertThat(page.locator("#for-people")).hasText("ถึง นางสมศรี ใจงาม");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ลงรับหนังสือ"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ตอบหนังสือนี้"))
                .click();
        assertThat(page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("ขอรายงานจำนวนนักเรียนรายชั้น");
        // The original goes on the official form's อ้างถึง line, not into the text.
        assertThat(page.locator("#reference"))
                .hasValue(java.util.regex.Pattern.compile("^หนังสือภายนอก ที่ ศธ 06770/\\d+ ลงวันที่ "));
        assertThat(page.getByLabel("ข้อความ")).hasValue("");
        assertThat(page.getByLabel("สำนักงานเขตพื้นที่การศึกษา")).isChecked();
        page.getByLabel("ข้อความ").press("Control+End");
        page.getByLabel("ข้อความ").pressSequentially("โรงเรียนขอรายงานจำนวนนักเรียนตามแนบ");
        look("sending-reply");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#sent-number")).containsText("ศธ 06770.1/");
        assertThat(page.locator("#reply-of")).isVisible();
        page.locator("#reply-of a").click();
        assertThat(page.locator("#replies")).containsText("ศธ 06770.1/");
        assertThat(page.locator("#handling")).containsText("ตอบแล้วด้วยหนังสือที่ ศธ 06770.1/");

        // The office sees the reply on its letter.
        as("staff.6770");
        page.navigate(url("/correspondence/sent"));
        page.locator("#sent a").first().click();
        assertThat(page.locator("#replies a")).hasText(java.util.regex.Pattern.compile("ศธ 06770\\.1/"));
        assertThat(page.locator("[data-recipient='67700001']")).containsText("ถึง นางสมศรี ใจงาม");
        look("sending-original");
    }

    @Test
    void aDraftToAnAddresseeOutsideIsChangedAndDeleted() {
        TestArea area = TestArea.open(application, "6771");
        area.school("0001", "โรงเรียนบ้านทดลอง", 120);
        area.account("staff.6771", Role.AREA_STAFF, area.unit());

        signIn("staff.6771", TestArea.PASSWORD);
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/correspondence/new"));
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true))
                .fill("ขอความอนุเคราะห์ตรวจสุขภาพนักเรียน");
        page.locator("#to-external summary").click();
        page.getByLabel("ชื่อผู้รับภายนอก 1").fill("ผู้อำนวยการโรงพยาบาลประจำจังหวัด");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกร่าง"))
                .click();
        assertThat(page.locator("#letter-to")).containsText("ผู้อำนวยการโรงพยาบาลประจำจังหวัด");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("แก้ไขร่าง"))
                .click();
        assertThat(page.getByLabel("ชื่อผู้รับภายนอก 1")).hasValue("ผู้อำนวยการโรงพยาบาลประจำจังหวัด");
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true))
                .fill("ขอความอนุเคราะห์ตรวจสุขภาพนักเรียนประจำปี");
        page.locator("#external-via-1").selectOption("EMAIL");
        page.getByLabel("เลขไปรษณีย์ / อีเมล / ผู้รับ").first().fill("director@hospital.example");
        look("sending-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกการแก้ไข"))
                .click();
        assertThat(page.locator("#letter-subject")).hasText("ขอความอนุเคราะห์ตรวจสุขภาพนักเรียนประจำปี");
        assertThat(page.locator("#external")).containsText("director@hospital.example");
        look("sending-draft");

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ลบร่างนี้"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("ลบร่างแล้ว");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select count(*) from correspondence.letter where subject like 'ขอความอนุเคราะห์ตรวจสุขภาพ%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void prefix(TestArea area, long school, String prefix, KhetUser by) {
        jdbc.sql("""
                        insert into correspondence.school_prefix (school_id, area_id, prefix, updated_by)
                        values (:school, :area, :prefix, :by)""")
                .param("school", school)
                .param("area", area.id())
                .param("prefix", prefix)
                .param("by", by.id())
                .update();
    }
}

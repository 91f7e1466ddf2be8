package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.SchoolImport;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Official letters in the browser, on areas of their own (6700, 6701): the office sends a circular to a network on a
 * laptop; a school clerk of that network accepts it on a phone and sees the receipt number; the sender sees who
 * accepted and who has not opened it, reminds them, and reads the reason of the school that rejected it. A letter
 * written wrong comes back with the reason in Thai next to its field and nothing kept.
 */
class CorrespondenceJourneyTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1280;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeSendsACircularToANetworkAndItsSchoolsAcceptOrRejectItOnAPhone() {
        TestArea area = TestArea.open(application, "6700");
        long nongBua = area.school("0001", "โรงเรียนบ้านหนองบัว");
        long khokSung = area.school("0002", "โรงเรียนบ้านโคกสูง");
        otherNetworkSchool(area, "67000003", "โรงเรียนริมน้ำ");
        area.account("staff.6700", Role.AREA_STAFF, area.unit());
        area.account("clerk.6700.1", Role.SCHOOL_CLERK, nongBua);
        area.account("clerk.6700.2", Role.SCHOOL_CLERK, khokSung);

        // The office writes a circular to the network on a laptop.
        signIn("staff.6700", TestArea.PASSWORD);
        page.navigate(url("/correspondence"));
        look("correspondence-office-inbox");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("เขียนหนังสือ"))
                .click();
        page.getByLabel("เรื่อง", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ขอเชิญประชุมผู้บริหารสถานศึกษา");
        page.getByLabel("ข้อความ").fill("ขอเชิญผู้บริหารสถานศึกษาประชุมในวันจันทร์ที่ 14 ธันวาคม 2569 เวลา 09.00 น.");
        // A directive asks for its form; "urgent within" for its date and time; schools are found by name.
        page.getByLabel("ประเภทหนังสือ").selectOption("DIRECTIVE");
        assertThat(page.getByLabel("ชนิด", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
                .containsText("คำสั่ง");
        page.getByLabel("ประเภทหนังสือ").selectOption("EXTERNAL");
        assertThat(page.locator("#form")).hasCount(0);
        page.getByLabel("ชั้นความเร็ว").selectOption("WITHIN");
        assertThat(page.getByLabel("ด่วนภายใน (วันและเวลา)")).isVisible();
        page.getByLabel("ชั้นความเร็ว").selectOption("URGENT");
        assertThat(page.getByLabel("ด่วนภายใน (วันและเวลา)")).isHidden();
        page.getByText("เลือกโรงเรียน (เลือกแล้ว 0 แห่ง)").click();
        page.getByLabel("พิมพ์ชื่อหรือรหัสโรงเรียนเพื่อค้นหา").fill("ริมน้ำ");
        assertThat(page.locator("#school-choices .form-check:visible")).hasCount(1);
        page.getByLabel("พิมพ์ชื่อหรือรหัสโรงเรียนเพื่อค้นหา").fill("");
        assertThat(page.locator("#school-choices .form-check:visible")).hasCount(3);
        page.getByLabel("หนังสือเวียน (เลขชุด ว)").check();
        page.getByLabel("เครือข่ายทดสอบ 6700 (2 แห่ง)").check();
        look("correspondence-write");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#sent-number")).containsText("ศธ 06700/ว 1");
        assertThat(recipient("67000001")).containsText("ยังไม่เปิด");
        assertThat(page.locator("#recipient-list li")).hasCount(2);
        String letterPath = page.url().substring(url("").length()).replaceAll("\\?.*", "");

        // A clerk of the network, on a phone: the letter is new and urgent in the inbox; she accepts it.
        as("clerk.6700.1");
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/correspondence"));
        Locator item = page.locator("#inbox a").first();
        assertThat(item).containsText("ใหม่");
        assertThat(item.locator(".letter-urgency")).hasText("ด่วน");
        assertThat(item).containsText("ขอเชิญประชุมผู้บริหารสถานศึกษา");
        assertThat(page.locator("#letter-tabs .badge")).hasText("1");
        look("correspondence-school-inbox");
        item.click();
        assertThat(page.locator("#letter-number")).hasText("ศธ 06700/ว 1");
        assertThat(page.locator("#delivery-state")).hasText("เปิดอ่านแล้ว");
        look("correspondence-letter");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ลงรับหนังสือ"))
                .click();
        assertThat(page.locator("#receipt-given")).hasText("ลงรับแล้ว เลขรับ 1");
        assertThat(page.locator("#receipt-number")).hasText("1");
        look("correspondence-accepted");

        // The sender sees who accepted and who has not opened it, and reminds the rest.
        as("staff.6700");
        page.setViewportSize(LAPTOP, 900);
        page.navigate(url("/correspondence/sent"));
        assertThat(page.locator("#sent a").first()).containsText("ลงรับ 1");
        assertThat(page.locator("#sent a").first()).containsText("รอ 1");
        page.locator("#prefix summary").click();
        page.getByLabel("โรงเรียน", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .selectOption("67000001");
        page.getByLabel("รหัสหนังสือ", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ศธ 06700.1");
        look("correspondence-office-sent");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#prefix summary")).hasText("รหัสหนังสือของโรงเรียน (ยังไม่กำหนด 2 แห่ง)");
        page.locator("#sent a").first().click();
        assertThat(recipient("67000001")).containsText("ลงรับแล้ว");
        assertThat(recipient("67000002")).containsText("ยังไม่เปิด");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("เตือนผู้ที่ยังไม่ลงรับ"))
                .click();
        assertThat(page.locator("#reminded")).hasText("เตือนผู้รับที่ยังไม่ลงรับแล้ว 1 แห่ง");
        assertThat(recipient("67000002")).containsText("เตือนเมื่อ");
        look("correspondence-office-letter");

        // The other school's clerk rejects it, on a phone; a reason is required.
        as("clerk.6700.2");
        page.setViewportSize(PHONE, 844);
        page.navigate(url(letterPath));
        page.locator("#reject summary").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("ปฏิเสธและแจ้งผู้ส่ง"))
                .click();
        assertThat(page.locator("#reason-error")).containsText("กรุณาระบุเหตุผลที่ปฏิเสธ");
        page.getByLabel("เหตุผลที่ปฏิเสธ").fill("โรงเรียนนี้ไม่ได้อยู่ในเครือข่ายที่ประชุม");
        look("correspondence-reject");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("ปฏิเสธและแจ้งผู้ส่ง"))
                .click();
        assertThat(page.locator("#delivery-state")).hasText("ปฏิเสธ");

        // The sender reads the reason, rejected recipients first, and may send it to that school again.
        as("staff.6700");
        page.setViewportSize(LAPTOP, 900);
        page.navigate(url(letterPath));
        assertThat(page.locator("#recipient-list li").first()).containsText("โรงเรียนบ้านโคกสูง");
        assertThat(recipient("67000002")).containsText("เหตุผล: โรงเรียนนี้ไม่ได้อยู่ในเครือข่ายที่ประชุม");
        look("correspondence-office-rejected");
        recipient("67000002")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ส่งอีกครั้ง"))
                .click();
        assertThat(recipient("67000002")).containsText("ยังไม่เปิด");

        // The same letter in English, dates in the Gregorian calendar.
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("#recipients h2")).hasText("2 recipients");
        assertThat(recipient("67000001")).containsText("Accepted");
        assertThat(page.locator("#letter")).containsText("Dated");
        look("correspondence-office-letter-en");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("""
                        select count(*) from correspondence.delivery d join registry.school s on s.id = d.school_id
                        where s.code = '67000003'""").query(Long.class).single())
                .as("the school of another network got nothing")
                .isZero();
    }

    @Test
    void aLetterWrittenWrongComesBackInThaiAndNothingIsKeptUntilTheSchoolHasAPrefix() {
        TestArea area = TestArea.open(application, "6701");
        long school = area.school("0001", "โรงเรียนบ้านนาดี");
        area.account("director.6701", Role.SCHOOL_DIRECTOR, school);
        signIn("director.6701", TestArea.PASSWORD);
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/correspondence/new"));

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#subject-error")).hasText("กรุณากรอกเรื่อง");
        assertThat(page.locator("#to-error")).containsText("ไม่มีผู้รับ");
        assertThat(page.locator("#letter-errors")).containsText("ยังบันทึกหนังสือไม่ได้ กรุณาแก้ไขตามที่แจ้ง");
        look("correspondence-write-errors");
        org.assertj.core.api.Assertions.assertThat(letters(area)).isZero();

        // Written right but the school has no letter prefix yet: refused, nothing kept, and the way to set it.
        page.getByLabel("เรื่อง", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ขอส่งรายงานผลการดำเนินงาน");
        page.getByLabel("สำนักงานเขตพื้นที่การศึกษา").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#letter-errors")).containsText("ยังไม่ได้กำหนดรหัสหนังสือ");
        org.assertj.core.api.Assertions.assertThat(letters(area)).isZero();
        page.locator("#letter-errors a").click();
        page.getByLabel("รหัสหนังสือ", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ศธ 06701.1/");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#prefix-error")).containsText("ไม่ลงท้ายด้วย /");
        look("correspondence-prefix");
        page.getByLabel("รหัสหนังสือ", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ศธ 06701.1");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#prefix")).containsText("ศธ 06701.1");

        // Kept as a draft first, then sent from the letter's page.
        page.navigate(url("/correspondence/new"));
        page.getByLabel("เรื่อง", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("ขอส่งรายงานผลการดำเนินงาน");
        page.getByLabel("สำนักงานเขตพื้นที่การศึกษา").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บันทึกร่าง"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกร่างหนังสือแล้ว");
        assertThat(page.locator("#letter-number")).hasText("ร่าง (ยังไม่ได้ออกเลข)");
        assertThat(page.locator("#letter-to")).hasText("สำนักงานเขตพื้นที่การศึกษา");
        look("correspondence-draft");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#sent-number")).containsText("ศธ 06701.1/1");
        assertThat(page.locator("#recipient-list li")).containsText("สพป.ทดสอบ 6701");
        org.assertj.core.api.Assertions.assertThat(letters(area)).isEqualTo(1);
    }

    private Locator recipient(String code) {
        return page.locator("#recipient-list li[data-recipient='" + code + "']");
    }

    private long letters(TestArea area) {
        return jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }

    /** A school of {@code area} in a network of its own, by the same import users run. */
    private void otherNetworkSchool(TestArea area, String code, String name) {
        String csv = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                %s,%s,%s,เครือข่ายริมน้ำ %s,เมือง,ในเมือง,80
                """.formatted(area.code(), code, name, area.code());
        application.getBean(SchoolImport.class).run(csv.getBytes(StandardCharsets.UTF_8), area.admin());
    }
}

package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A school director on a phone (390 px) sees their leave balance, asks for two days of personal business leave, and
 * the rules send it to the area director, who approves it from the queue; the director sees it approved and the
 * days taken. The administrator's leave rules page shows the shipped starting figures (area 6962).
 */
class LeaveJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aSchoolDirectorFilesLeaveOnAPhoneAndTheAreaDirectorApprovesIt() {
        TestArea area = TestArea.open(spring, "6962");
        long school = area.school("0001", "โรงเรียนวันลาบนมือถือ");
        long person = area.person("696200000001", "สมศรี", "ใจดีลา", "SCHOOL_DIRECTOR", school);
        area.account("director.6962", Role.SCHOOL_DIRECTOR, school);
        area.link(person, "director.6962");
        area.account("ad.6962", Role.AREA_DIRECTOR, null);

        signIn("director.6962", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/leave"));
        assertThat(page.locator("#balance-PERSONAL")).containsText("เหลือ 45 วัน");
        assertThat(page.locator("#no-service")).isVisible();
        assertThat(page.locator("#balance-VACATION")).hasCount(0);
        look("leave-mine");
        page.getByLabel("ประเภทการลา").selectOption("PERSONAL");
        page.getByLabel("ตั้งแต่วันที่").fill("2027-01-04");
        page.getByLabel("ถึงวันที่").fill("2027-03-12");
        page.getByLabel("เหตุผล").fill("ไปราชการส่วนตัวที่ต่างจังหวัด");
        page.getByLabel("ติดต่อได้ที่ระหว่างลา").fill("081 234 5678");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งใบลา"))
                .click();
        // Fifty working days asked of forty-five: refused, nothing saved, the form as it was.
        assertThat(page.locator(".alert-danger")).containsText("วันลาไม่พอ: ขอลา 50 วัน แต่เหลือ 45 วัน");
        assertThat(page.getByLabel("เหตุผล")).hasValue("ไปราชการส่วนตัวที่ต่างจังหวัด");
        assertThat(page.getByLabel("ประเภทการลา")).hasValue("PERSONAL");
        assertThat(page.locator("#requests li")).hasCount(0);
        look("leave-refused");
        page.getByLabel("ตั้งแต่วันที่").fill("2027-03-08");
        page.getByLabel("ถึงวันที่").fill("2027-03-09");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ส่งใบลา"))
                .click();
        // The request's own page, once the filing (the calendar read day by day, the approver told) is done.
        page.waitForURL(u -> u.matches(".*/personnel/leave/\\d+$"));
        assertThat(page.locator(".alert-success")).hasText("ส่งใบลาถึงผู้อนุมัติแล้ว");
        assertThat(page.locator("#days")).hasText("2 วัน");
        assertThat(page.locator("#status")).hasText("รออนุมัติ");
        assertThat(page.locator("#request")).containsText("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        // A letter of invitation to go with it, sent from the phone.
        page.getByLabel("ไฟล์ (PDF, PNG หรือ JPEG ไม่เกิน 5 MB)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "หนังสือเชิญ.pdf", "application/pdf", org.khet.TestFiles.pdfBy("Somsri Jaidee")));
        page.locator("#attach-form button").click();
        assertThat(page.locator(".alert-success")).hasText("แนบไฟล์แล้ว");
        assertThat(page.locator("#attachment-list")).containsText("หนังสือเชิญ.pdf");
        look("leave-request-filed");

        as("ad.6962");
        phone();
        page.navigate(url("/personnel/leave/queue"));
        assertThat(page.locator("#queue")).containsText("นางสมศรี ใจดีลา");
        assertThat(page.locator("#area-requests")).containsText("นางสมศรี ใจดีลา");
        look("leave-queue");
        page.locator("#queue a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("ใจดีลา"))
                .click();
        assertThat(page.locator("#applicant-balance"))
                .containsText("ใช้ประเภทนี้ไปแล้ว 0 จาก 45 วัน และรออนุมัติ 2 วัน");
        assertThat(page.locator("#attachment-list")).containsText("หนังสือเชิญ.pdf");
        look("leave-decide");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("อนุมัติ")
                                .setExact(true))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการอนุมัติแล้ว");
        assertThat(page.locator("#status")).hasText("อนุมัติแล้ว");

        as("director.6962");
        phone();
        page.navigate(url("/personnel/leave"));
        assertThat(page.locator("#balance-PERSONAL")).containsText("เหลือ 43 วัน");
        assertThat(page.locator("#requests")).containsText("อนุมัติแล้ว");
        look("leave-mine-approved");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/leave"));
        assertThat(page.locator("#leave-rules")).containsText("ตัวเลขตั้งต้น");
        look("leave-admin");
    }
}

package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.TestFiles;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A teacher on a phone sends a scan whose picture declares 40,000 × 40,000 pixels, as a training certificate and as a
 * leave request's file: each page says in Thai which file was not saved and why, and keeps nothing (area 7231).
 */
class CertificateRefusalJourneyTest extends BrowserTest {

    private static final String REFUSED = "ไม่ได้บันทึกไฟล์ scan.png: ภาพใหญ่เกินไป (40000 × 40000 จุด)";

    @Autowired
    ApplicationContext spring;

    @Test
    void aPictureTooLargeIsRefusedOnTheDevelopmentAndLeavePages() {
        TestArea area = TestArea.open(spring, "7231");
        long school = area.school("0001", "โรงเรียนบ้านภาพใหญ่");
        long teacher = area.person("723100000001", "สมหญิง", "ส่งภาพ", "TEACHER", school);
        area.account("teacher.7231", Role.TEACHER, school);
        area.link(teacher, "teacher.7231");
        long request = Api.asUser(port, "teacher.7231", TestArea.PASSWORD)
                .post("/api/v1/personnel/leave/requests", """
                        {"type": "PERSONAL", "first_day": "2027-02-02", "last_day": "2027-02-02",
                         "reason": "พบแพทย์", "contact": "0812345678"}""")
                .json()
                .get("id")
                .asLong();
        FilePayload scan = new FilePayload("scan.png", "image/png", TestFiles.pngBomb(40_000, 40_000));

        signIn("teacher.7231", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/development"));
        page.getByLabel("หลักสูตร/เรื่อง").fill("อบรมการสอนอ่าน 7231");
        page.getByLabel("หน่วยงานที่จัด").fill("สพป.ทดสอบ 7231");
        page.getByLabel("ประเภท").selectOption("TRAINING");
        page.getByLabel("ตั้งแต่วันที่").fill("2026-11-24");
        page.getByLabel("ถึงวันที่").fill("2026-11-24");
        page.getByLabel("จำนวนชั่วโมง").fill("6");
        page.getByLabel("เกียรติบัตร/หลักฐาน (ถ้ามี)").setInputFiles(scan);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
        assertThat(page.getByText(REFUSED)).isVisible();
        assertThat(page.locator("#records")).hasCount(0);
        look("development-certificate-refused");

        page.navigate(url("/personnel/leave/" + request));
        page.getByLabel("ไฟล์ (PDF, PNG หรือ JPEG ไม่เกิน 5 MB)").setInputFiles(scan);
        page.locator("#attach-form button").click();
        assertThat(page.getByText(REFUSED)).isVisible();
        assertThat(page.locator("#attachment-list")).hasCount(0);
        look("leave-attachment-refused");
    }
}

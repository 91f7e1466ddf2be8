package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.TestFiles;

/**
 * A parent on a phone asks for official information; the legal officer accepts it and sends the rapid mobile unit,
 * which reports back; the parent follows it with the codes and sends a photo, which the officer opens.
 */
class CentreServicesJourneyTest extends CaseJourneyTest {

    @Test
    void anInformationRequestGetsAMobileUnitAndThePhotoTheParentSends() throws Exception {
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.71"));
        phone();
        page.navigate(url("/public/complaints"));
        page.getByLabel("ขอข้อมูลข่าวสารของราชการ").check();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill("ขอสำเนาแผนการใช้เงินอุดหนุน");
        page.getByLabel("รายละเอียด").fill("ขอสำเนาแผนการใช้เงินอุดหนุนรายหัวของโรงเรียนบ้านแม่ขรี ปีงบประมาณ 2569");
        page.locator("#identity-anonymous").check();
        chooseDemoArea();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งเรื่อง"))
                .click();
        assertThat(page.locator("h1")).hasText("ได้รับเรื่องแล้ว");
        String code = page.locator("#tracking-code").textContent();
        String secret = page.locator("#secret").textContent();

        signIn("legal", DEMO_PASSWORD);
        page.setViewportSize(1280, 900);
        page.navigate(url("/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.locator("main")).containsText("ขอข้อมูลข่าวสารของราชการ");
        // A service request names no one, so the case page offers no "person complained about".
        assertThat(page.locator("#case-subject-person")).hasCount(0);
        act("#step-ACCEPTED", "รับไว้พิจารณา");

        Locator dispatch = page.locator("#dispatches");
        dispatch.getByLabel("ทีมที่ลงพื้นที่").fill("นายทีมงาน หนึ่ง, นางทีมงาน สอง");
        dispatch.getByLabel("วันที่ลงพื้นที่").fill(LocalDate.now().plusDays(1).toString());
        dispatch.getByLabel("สถานที่").fill("โรงเรียนบ้านแม่ขรี");
        act("#dispatches", "ส่งหน่วยลงพื้นที่");
        assertThat(dispatch.locator(".dispatch")).hasCount(1);
        dispatch.getByLabel("รายงานผลการลงพื้นที่").fill("ตรวจเอกสารแล้ว โรงเรียนจะส่งสำเนาให้ผู้ขอภายใน 7 วัน");
        act("#dispatches", "บันทึกรายงานผล");
        assertThat(dispatch).containsText("โรงเรียนจะส่งสำเนาให้ผู้ขอภายใน 7 วัน");
        assertThat(page.locator("#case-steps")).containsText("หน่วยปฏิบัติการเคลื่อนที่เร็วรายงานผลแล้ว");
        assertThat(page.locator("#case-steps")).containsText("วันที่ลงพื้นที่ ");
        assertAccessible();
        screenshot("complaint-dispatch");

        // The parent sees that a team went out, not who went or what it found, and sends a photo.
        page.context().clearCookies();
        phone();
        page.navigate(url("/public/complaints/track"));
        page.getByLabel("รหัสติดตามเรื่อง").fill(code);
        page.getByLabel("รหัสลับ").fill(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูความคืบหน้า"))
                .click();
        assertThat(page.locator("#steps")).containsText("หน่วยปฏิบัติการเคลื่อนที่เร็วลงพื้นที่");
        // The day the team goes, worded in the page's language.
        assertThat(page.locator("#steps .step-day")).containsText("วันที่ลงพื้นที่ ");
        assertThat(page.locator("main")).not().containsText("นายทีมงาน");
        assertThat(page.locator("main")).not().containsText("ตรวจเอกสารแล้ว");
        page.getByLabel("ภาพถ่ายหรือเอกสารประกอบ (ถ้ามี)")
                .setInputFiles(new FilePayload("plan.png", "image/png", TestFiles.png()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งข้อมูล"))
                .click();
        assertThat(page.locator("#complaint-files")).hasText("แนบไว้ 1 ไฟล์");
        assertThat(page.locator("#steps")).containsText("ผู้แจ้งส่งไฟล์เพิ่มเติม");
        assertAccessible();
        screenshot("complaint-status-dispatched-phone");

        signIn("legal", DEMO_PASSWORD);
        page.navigate(url("/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        long opened = opened();
        Download download = page.waitForDownload(() -> page.locator("#case-files")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("attachment-1.png"))
                .click());
        assertThat(download.suggestedFilename()).isEqualTo("attachment-1.png");
        assertThat(javax.imageio.ImageIO.read(Files.newInputStream(download.path()))
                        .getWidth())
                .isEqualTo(20);
        assertThat(opened()).isEqualTo(opened + 1);
    }

    private long opened() {
        return jdbc.sql("select count(*) from platform.audit_event where action = 'VIEW'"
                        + " and entity_type = 'complaint_attachment'")
                .query(Long.class)
                .single();
    }
}

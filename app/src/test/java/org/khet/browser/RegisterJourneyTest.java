package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The office's staff member opens the dispatch register from the letters page's tabs, cancels a number on a phone with its reason,
 * and prints the register as a PDF (area 6753).
 */
class RegisterJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void theStaffCancelANumberOnAPhoneAndPrintTheRegister() throws Exception {
        TestArea area = TestArea.open(spring, "6753");
        area.school("0001", "โรงเรียนบ้านทดสอบทะเบียน");
        area.account("staff.6753", Role.AREA_STAFF, area.unit());
        Api staff = Api.asUser(port, "staff.6753", TestArea.PASSWORD);
        send(staff, "ขอเชิญประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน");
        send(staff, "ส่งซ้ำโดยผิดพลาด");
        send(staff, "ขอความอนุเคราะห์ข้อมูลนักเรียนพิการเรียนร่วม");

        signIn("staff.6753", TestArea.PASSWORD);
        page.navigate(url("/correspondence"));
        page.locator("#letter-tabs a[href^='/correspondence/registers']").click();
        page.waitForURL(u -> u.contains("/correspondence/registers"));
        page.locator("#r-register").selectOption("DISPATCH");
        page.waitForURL(u -> u.contains("register=DISPATCH"));
        assertThat(page.locator("h1")).hasText("ทะเบียนหนังสือส่ง");
        assertThat(page.locator("#register-rows tbody tr")).hasCount(3);
        assertAccessible();
        screenshot("correspondence-register");

        phone();
        page.locator("#row-2 summary").click();
        page.locator("#row-2 input[name=reason]").fill("ออกเลขซ้ำกับหนังสือฉบับกระดาษ");
        page.locator("#row-2 form button").click();
        assertThat(page.locator(".alert-success")).containsText("ยกเลิกเลขแล้ว");
        assertThat(page.locator("#row-2 .cancelled-reason")).hasText("ยกเลิกเลข: ออกเลขซ้ำกับหนังสือฉบับกระดาษ");
        assertThat(page.locator("#row-2 summary")).hasCount(0);
        assertAccessible();
        assertNothingBelowTheFooter();
        screenshot("correspondence-register-phone");

        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดาวน์โหลด PDF"))
                        .click());
        Path pdf = Path.of("target", "screenshots", "correspondence-register.pdf");
        download.saveAs(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    private static void send(Api staff, String subject) {
        Api.Response written = staff.post("/api/v1/correspondence/letters", """
                {"from": "6753", "kind": "EXTERNAL", "subject": "%s", "to": {"schools": ["67530001"]}}""".formatted(subject));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        assertThat(staff.post("/api/v1/correspondence/letters/" + id + "/send", "")
                        .status())
                .isEqualTo(200);
    }
}

package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A parent on a phone tips off the office anonymously, then follows the case with the codes it received. */
class ComplaintJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnonymousTipOffFiledOnAPhoneIsFollowedWithItsCodes() {
        phone();
        AtomicBoolean dialog = new AtomicBoolean();
        page.onDialog(d -> {
            dialog.set(true);
            d.dismiss();
        });
        page.navigate(url("/login"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("ร้องเรียน แจ้งเบาะแส ขอรับบริการ (ไม่ต้องเข้าสู่ระบบ)"))
                .click();
        assertThat(page.locator("h1")).hasText("ร้องเรียน แจ้งเบาะแส ขอรับบริการ");
        assertAccessible();
        screenshot("complaint-form-phone");

        String subject = "<b>เรียกเก็บเงิน</b> ค่าสมัครเรียน";
        page.getByLabel("แจ้งเบาะแสการทุจริต").check();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill(subject);
        page.getByLabel("รายละเอียด").fill("โรงเรียนเรียกเก็บเงิน 2,000 บาทต่อคน <script>alert('x')</script>");
        chooseDemoSchool();
        // Named but without a name or a way to be reached: refused, and what was typed stays.
        page.locator("#identity-named").check();
        long before = complaints();
        expectAnswer(422, "/public/complaints");
        send();
        assertThat(page.locator("#complaint-errors")).containsText("กรุณากรอกชื่อ หรือเลือกไม่ระบุตัวตน");
        assertThat(page.locator("#complaint-errors")).containsText("กรุณาให้เบอร์โทรศัพท์หรืออีเมลเพื่อติดต่อกลับ");
        assertThat(page.locator("#subject")).hasValue(subject);
        assertThat(complaints()).isEqualTo(before);
        assertAccessible();

        page.locator("#identity-anonymous").check();
        page.getByLabel("ภาพถ่ายหรือเอกสารประกอบ (ถ้ามี)")
                .setInputFiles(new FilePayload("receipt.png", "image/png", org.khet.TestFiles.png()));
        send();
        assertThat(page.locator("h1")).hasText("ได้รับเรื่องแล้ว");
        String code = page.locator("#tracking-code").textContent();
        String secret = page.locator("#secret").textContent();
        assertThat(complaints()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select anonymous from complaints.complaint where tracking_code = :c")
                        .param("c", code)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertAccessible();
        screenshot("complaint-receipt-phone");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ติดตามเรื่องที่แจ้งไว้"))
                .click();
        assertAccessible();
        page.getByLabel("รหัสติดตามเรื่อง").fill(code);
        page.getByLabel("รหัสลับ").fill("WRONGWRONGWRONGWRONGWRONG2");
        expectAnswer(404, "/public/complaints/track");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูความคืบหน้า"))
                .click();
        assertThat(page.locator("#track-error")).containsText("ไม่พบเรื่อง หรือรหัสลับไม่ถูกต้อง");

        page.getByLabel("รหัสลับ").fill(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูความคืบหน้า"))
                .click();
        assertThat(page.locator("h1")).hasText("ความคืบหน้าของเรื่อง");
        assertThat(page.locator("#complaint-status")).hasText("รับเรื่องแล้ว");
        assertThat(page.locator("#steps li")).hasCount(1);
        assertThat(page.locator("#complaint-files")).hasText("แนบไว้ 1 ไฟล์");
        // The complainant's text is shown as text, never as markup.
        assertThat(page.locator("#complaint-subject")).hasText(subject);
        assertThat(page.locator("#complaint-subject b")).hasCount(0);
        assertAccessible();
        screenshot("complaint-status-phone");

        // The parent remembers one more thing; it is shown as text too.
        String more = "<img src=x onerror=alert(1)> เกิดขึ้นทุกภาคเรียน";
        page.getByLabel("ข้อมูลเพิ่มเติม").fill(more);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งข้อมูล"))
                .click();
        assertThat(page.locator("#add-information")).containsText("ได้รับข้อมูลเพิ่มเติมแล้ว");
        assertThat(page.locator("#steps li")).hasCount(2);
        assertThat(page.locator("#steps li").nth(1)).containsText("ผู้แจ้งส่งข้อมูลเพิ่มเติม");
        assertThat(page.locator("#steps li").nth(1).locator(".step-note")).hasText(more);
        assertThat(page.locator("#steps img")).hasCount(0);
        assertThat(dialog.get()).isFalse();
        assertAccessible();
    }

    @Test
    void theLegalOfficerWritesDownAComplaintThatCameByPhone() {
        signIn("legal", DEMO_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("เรื่องร้องเรียน").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกรับเรื่องร้องเรียน"))
                .click();
        assertThat(page.locator("h1")).hasText("บันทึกรับเรื่องร้องเรียน");
        page.getByLabel("ร้องเรียนครูหรือบุคลากรทางการศึกษา").check();
        page.locator("#subject").fill("ครูตีนักเรียน");
        page.getByLabel("รายละเอียด").fill("ผู้ปกครองโทรมาแจ้งว่าครูตีนักเรียนชั้น ป.4");
        page.locator("#identity-named").check();
        page.locator("#name").fill("นายผู้ปกครอง ทดสอบ");
        page.getByLabel("รับเรื่องทาง").selectOption("PHONE");
        // A phone number written wrongly: refused, nothing stored, what was typed stays.
        page.locator("#phone").fill("1234");
        long before = complaints();
        send();
        assertThat(page.locator("#complaint-errors")).containsText("เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก");
        assertThat(page.locator("#name")).hasValue("นายผู้ปกครอง ทดสอบ");
        assertThat(page.getByLabel("รับเรื่องทาง")).hasValue("PHONE");
        assertThat(complaints()).isEqualTo(before);

        page.locator("#phone").fill("081-234-5678");
        send();
        assertThat(page.locator("h1")).hasText("ได้รับเรื่องแล้ว");
        assertThat(page.locator("main")).containsText("ให้รหัสทั้งสองแก่ผู้แจ้ง");
        String code = page.locator("#tracking-code").textContent();
        var row = jdbc.sql("""
                        select c.channel, c.anonymous, p.name, p.phone from complaints.complaint c
                        join complaints.complainant p on p.complaint_id = c.id where c.tracking_code = :code""").param("code", code).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("PHONE");
        assertThat(row.get("anonymous")).isEqualTo(false);
        assertThat(row.get("name")).isEqualTo("นายผู้ปกครอง ทดสอบ");
        assertThat(row.get("phone")).isEqualTo("0812345678");
        assertAccessible();
    }

    @Test
    void aTeacherCannotTakeInComplaints() {
        signIn("teacher", DEMO_PASSWORD);
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("เรื่องร้องเรียน").setExact(true)))
                .hasCount(0);
        expectAnswer(403, "/complaints/new");
        var answer = page.navigate(url("/complaints/new"));
        assertThat(answer.status()).isEqualTo(403);
    }

    private void send() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งเรื่อง"))
                .click();
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaints.complaint")
                .query(Long.class)
                .single();
    }
}

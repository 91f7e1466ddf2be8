package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A school clerk keeps the area's suppliers on a phone (a wrong tax ID told in Thai and kept as typed, then the
 * supplier added and found), and the administrator imports the government's debarred list, after which the clerk
 * sees the supplier marked; the administrator's settings show the shipped method bands (area 6812).
 */
class SupplierJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aClerkAddsASupplierOnAPhoneAndSeesItMarkedOnceTheDebarredListIsImported() {
        TestArea area = TestArea.open(spring, "6812");
        area.account("clerk.6812", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนพัสดุ"));
        String taxId = ThaiNationalId.withCheckDigit("010555006812");

        signIn("clerk.6812", TestArea.PASSWORD);
        phone();
        page.navigate(url("/procurement/suppliers"));
        assertThat(page.locator("h1")).hasText("ผู้ขายและผู้รับจ้าง");
        page.getByLabel("เลขประจำตัวผู้เสียภาษี", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("0105550068120");
        page.getByLabel(
                        "ชื่อผู้ขายหรือผู้รับจ้าง",
                        new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("บริษัท ครุภัณฑ์การศึกษา จำกัด");
        page.getByLabel("กรรมการหรือผู้มีอำนาจลงนาม").fill("นายเอก ใจดี\nนางโท ใจงาม");
        page.locator("#add button").click();
        assertThat(page.locator("#taxId-error"))
                .hasText("เลขประจำตัวผู้เสียภาษีต้องเป็นตัวเลข 13 หลักที่ตรวจสอบหลักสุดท้ายผ่าน");
        assertThat(page.getByLabel(
                        "ชื่อผู้ขายหรือผู้รับจ้าง",
                        new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
                .hasValue("บริษัท ครุภัณฑ์การศึกษา จำกัด");
        look("suppliers-refused");

        page.getByLabel("เลขประจำตัวผู้เสียภาษี", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(taxId);
        page.locator("#add button").click();
        assertThat(page.locator(".alert-success")).containsText("เพิ่มผู้ขายในรายชื่อของเขตแล้ว");
        assertThat(page.locator("#suppliers li")).hasCount(1);
        assertThat(page.locator("#suppliers")).containsText(taxId);
        assertThat(page.locator("#suppliers")).containsText("นายเอก ใจดี, นางโท ใจงาม");
        assertThat(page.locator("#suppliers .debarred")).hasCount(0);

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/procurement"));
        assertThat(page.locator("#method-rules")).containsText("วิธีเฉพาะเจาะจง");
        assertThat(page.locator("#method-rules")).containsText("500,000");
        String list =
                "tax_id,name,listed_on,reference\n" + taxId + ",บริษัท ครุภัณฑ์การศึกษา จำกัด,1/3/2569,กวจ 0405/ว 12\n";
        page.getByLabel("ไฟล์รายชื่อผู้ทิ้งงาน")
                .setInputFiles(new FilePayload("debarred.csv", "text/csv", list.getBytes(StandardCharsets.UTF_8)));
        page.locator("#debarred button").click();
        assertThat(page.locator(".alert-success")).containsText("นำเข้ารายชื่อผู้ทิ้งงานแล้ว");
        assertThat(page.locator("#debarred-latest")).containsText("debarred.csv: 1 ราย");
        look("procurement-admin");

        signInAgain("clerk.6812");
        phone();
        page.navigate(url("/procurement/suppliers?q=ครุภัณฑ์"));
        assertThat(page.locator("#suppliers .debarred")).hasText("อยู่ในบัญชีรายชื่อผู้ทิ้งงาน กวจ 0405/ว 12");
        look("suppliers-debarred");
    }
}

package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.procurement.ProcurementDraft;
import org.khet.procurement.Procurements;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A school clerk on a phone (390 px) records three market quotes for an entry the office put in the catalogue (a
 * wrong price refused first), sees its reference and quartiles, and takes the sum at the reference as the
 * procurement's reference price; the public reads the entry with its evidence (area 6884).
 */
class ReferencePriceJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aClerkOnAPhoneAddsQuotesSeesTheReferenceAndUsesItAndThePublicReadsIt() {
        TestArea area = TestArea.open(spring, "6884");
        KhetUser clerk = area.account("clerk.6884", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนสืบราคากลาง"));
        area.account("staff.6884", Role.AREA_STAFF, area.unit());
        String ocid = spring.getBean(Procurements.class)
                .create(
                        "68840001",
                        new ProcurementDraft(
                                null,
                                "จัดซื้อกระดาษถ่ายเอกสาร",
                                "goods",
                                "SPECIFIC",
                                false,
                                new BigDecimal("20000"),
                                null,
                                "",
                                null,
                                null,
                                null,
                                List.of(new ProcurementDraft.ItemDraft(
                                        "กระดาษ A4 80 แกรม",
                                        "UNSPSC",
                                        "14111507",
                                        new BigDecimal("100"),
                                        "รีม",
                                        new BigDecimal("130")))),
                        clerk)
                .ocid();

        signIn("staff.6884", TestArea.PASSWORD);
        page.navigate(url("/procurement/reference-prices"));
        page.locator("#add-entry summary").click();
        page.getByLabel("ชื่อรายการ", new Page.GetByLabelOptions().setExact(true))
                .fill("กระดาษถ่ายเอกสาร A4 80 แกรม");
        page.getByLabel("หน่วยนับ").fill("รีม");
        page.getByLabel("ระบบรหัสจำแนก (ถ้ามี)").fill("UNSPSC");
        page.getByLabel("รหัสจำแนก (ถ้ามี)", new Page.GetByLabelOptions().setExact(true))
                .fill("14111507");
        page.locator("#save-entry").click();
        assertThat(page.locator(".alert-success")).hasText("เพิ่มรายการในบัญชีราคากลางแล้ว");
        look("reference-prices-office");

        as("clerk.6884");
        phone();
        page.navigate(url("/procurement/reference-prices"));
        assertThat(page.locator(".reference-not-enough")).hasText("หลักฐานยังไม่พอ (0 จาก 3 รายการ)");
        page.getByLabel("ชื่อร้าน เว็บไซต์ หรือบัญชีราคา").fill("ร้านพัทลุงเครื่องเขียน");
        page.getByLabel("ราคาต่อหน่วย (บาท)").fill("0");
        expectAnswer(422, "/procurement/reference-prices/quotes?area=6884");
        page.locator("#save-quote").click();
        assertThat(page.locator("#unitPrice-error"))
                .hasText("ราคาต่อหน่วยต้องเป็นจำนวนบาทที่มากกว่า 0 และมีทศนิยมไม่เกิน 2 ตำแหน่ง");
        assertThat(page.getByLabel("ชื่อร้าน เว็บไซต์ หรือบัญชีราคา")).hasValue("ร้านพัทลุงเครื่องเขียน");
        look("reference-prices-refused");

        String[][] quotes = {
            {"SHOP", "ร้านพัทลุงเครื่องเขียน", "118"},
            {"WEBSITE", "www.officemate.example", "125.50"},
            {"PRICE_LIST", "บัญชีราคามาตรฐานครุภัณฑ์ 2569", "121"}
        };
        for (String[] q : quotes) {
            page.getByLabel("ประเภทแหล่งที่มา").selectOption(q[0]);
            page.getByLabel("ชื่อร้าน เว็บไซต์ หรือบัญชีราคา").fill(q[1]);
            page.getByLabel("ราคาต่อหน่วย (บาท)").fill(q[2]);
            page.locator("#save-quote").click();
            assertThat(page.locator(".alert-success")).hasText("บันทึกราคาที่สืบได้แล้ว");
        }
        assertThat(page.locator(".reference-median")).hasText("121.00 บาทต่อรีม");
        assertThat(page.locator(".reference-quartiles"))
                .hasText("ควอร์ไทล์ที่ 1–3: 119.50 – 123.25 บาท · เกณฑ์บน 128.88 บาท");
        page.locator(".reference-entry summary").click();
        assertThat(page.locator(".reference-evidence tbody tr")).hasCount(3);
        look("reference-prices-clerk");
        page.getByText("เพิ่มราคาที่สืบได้ของรายการนี้").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*entry=[0-9]+#add-quote$"));
        assertThat(page.locator("#quote-entry option[selected]")).hasText("กระดาษถ่ายเอกสาร A4 80 แกรม (ต่อรีม)");

        page.navigate(url("/procurement/procurements/" + URLEncoder.encode(ocid, StandardCharsets.UTF_8)));
        assertThat(page.locator(".item-reference"))
                .hasText("ราคากลางจากหลักฐาน 121.00 บาท (ควอร์ไทล์ 119.50 – 123.25 บาท, หลักฐาน 3 รายการ)");
        assertThat(page.locator("#reference-offer")).containsText("12,100.00 บาท");
        assertThat(page.locator("#offerBasis")).containsText("กระดาษถ่ายเอกสาร A4 80 แกรม ต่อรีม มัธยฐาน 121.00 บาท");
        look("reference-offer");
        page.locator("#use-reference").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกราคากลางและที่มาแล้ว");
        assertThat(page.locator("#summary")).containsText("12,100.00");

        page.navigate(url("/public/procurement/6884/reference-prices"));
        assertThat(page.locator("h1")).hasText("ราคากลางของ สพป.ทดสอบ 6884");
        assertThat(page.locator(".reference-median")).hasText("121.00 บาทต่อรีม");
        page.locator(".reference-entry summary").click();
        assertThat(page.locator(".reference-evidence")).containsText("www.officemate.example");
        assertAccessible();
        look("reference-prices-public");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/procurement"));
        assertThat(page.locator("#reference-rules")).containsText("ค่าเริ่มต้นของระบบ โปรดตรวจสอบ");
        look("procurement-admin-reference-rules");
    }
}

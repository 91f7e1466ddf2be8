package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.procurement.Suppliers;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A school clerk on a phone (390 px) creates a procurement: the form offers only the methods the typed budget
 * allows; then adds an item, records a bid, disqualifies it (refused without a reason) and qualifies it again, and
 * awards it, each on the procurement's page (area 6840).
 */
class ProcurementJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aClerkCreatesAProcurementOnAPhoneAddsABidAndAwardsIt() {
        TestArea area = TestArea.open(spring, "6840");
        KhetUser clerk = area.account("clerk.6840", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนจัดซื้อบนมือถือ"));
        spring.getBean(Suppliers.class)
                .add(
                        area.id(),
                        new Suppliers.Draft(
                                ThaiNationalId.withCheckDigit("010555006840"),
                                "ร้านเครื่องเขียนพัทลุง",
                                "ถนนราเมศวร์ พัทลุง",
                                List.of()),
                        clerk);

        signIn("clerk.6840", TestArea.PASSWORD);
        phone();
        page.navigate(url("/procurement/procurements"));
        assertThat(page.locator("h1")).hasText("การจัดซื้อจัดจ้างของ โรงเรียนจัดซื้อบนมือถือ");
        assertThat(page.locator("#procurements-none")).isVisible();
        page.locator("#new-procurement").click();

        page.getByLabel("ชื่อรายการ").fill("จัดซื้อวัสดุการเรียนการสอน");
        page.getByLabel("วงเงินงบประมาณ (บาท)").fill("45,000");
        page.locator("#show-methods").click();
        assertThat(page.locator("fieldset legend")).hasText("วิธีที่ใช้ได้กับวงเงิน 45,000.00 บาท");
        assertThat(page.locator("input[name=method]")).hasCount(2);
        assertThat(page.getByLabel("วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)")).hasCount(0);
        assertThat(page.getByLabel("ชื่อรายการ")).hasValue("จัดซื้อวัสดุการเรียนการสอน");
        page.getByLabel("วิธีเฉพาะเจาะจง").check();
        page.getByLabel("ราคากลาง (บาท)").fill("สี่หมื่น");
        page.getByLabel("ที่มาของราคากลาง").fill("สืบราคาจากท้องตลาด 3 ร้าน");
        page.locator("#create").click();
        assertThat(page.locator("#referencePrice-error"))
                .hasText("ราคากลางต้องเป็นจำนวนบาทที่มากกว่า 0 และมีทศนิยมไม่เกิน 2 ตำแหน่ง");
        assertThat(page.getByLabel("ที่มาของราคากลาง")).hasValue("สืบราคาจากท้องตลาด 3 ร้าน");
        assertThat(page.getByLabel("วิธีเฉพาะเจาะจง")).isChecked();
        page.getByLabel("ราคากลาง (บาท)").fill("44,500");
        look("procurement-new");
        page.locator("#create").click();

        assertThat(page.locator(".alert-success")).hasText("สร้างรายการจัดซื้อจัดจ้างแล้ว");
        assertThat(page.locator("h1")).hasText("จัดซื้อวัสดุการเรียนการสอน");
        assertThat(page.locator("#status")).hasText("จัดทำแผน");

        page.locator("#items summary").click();
        page.getByLabel("รายละเอียดพัสดุ").fill("กระดาษ A4 80 แกรม");
        page.getByLabel("จำนวน", new Page.GetByLabelOptions().setExact(true)).fill("100");
        page.getByLabel("หน่วยนับ").fill("รีม");
        page.getByLabel("ราคาต่อหน่วย (บาท)").fill("135");
        page.locator("#items button").click();
        assertThat(page.locator("#items-total")).hasText("รวม 13,500.00 บาท");

        page.getByLabel("ราคาที่เสนอ (บาท)").fill("-5");
        page.locator("#bids button").click();
        assertThat(page.locator("#amount-error")).containsText("ราคาที่เสนอต้องเป็นจำนวนบาทที่มากกว่า 0");
        look("procurement-bid-refused");
        page.getByLabel("ราคาที่เสนอ (บาท)").fill("44,000");
        page.locator("#bids button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการเสนอราคาแล้ว");
        assertThat(page.locator("#bid-list")).containsText("ร้านเครื่องเขียนพัทลุง");

        page.locator("#bid-list .disqualify summary").click();
        page.locator("#bid-list .disqualify button").click();
        assertThat(page.locator("#problem")).hasText("ยังบันทึกผลการพิจารณาไม่ได้ กรุณาแก้ไขตามที่แจ้ง");
        page.locator("#bid-list .disqualify summary").click();
        page.locator("#bid-list .disqualify input[name=disqualifiedReason]").fill("ไม่ได้แนบหนังสือรับรองผลงาน");
        page.locator("#bid-list .disqualify button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกผลการพิจารณาการเสนอราคาแล้ว");
        assertThat(page.locator("#bid-list")).containsText("ไม่ผ่าน: ไม่ได้แนบหนังสือรับรองผลงาน");
        look("procurement-bid-disqualified");
        page.locator("#bid-list .requalify button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกผลการพิจารณาการเสนอราคาแล้ว");
        assertThat(page.locator("#bid-list")).not().containsText("ไม่ผ่าน:");

        page.getByLabel("ราคาที่ตกลง (บาท)").fill("43,800");
        page.locator("#award-button").click();
        assertThat(page.locator(".alert-success")).hasText("ประกาศผู้ได้รับการคัดเลือกแล้ว");
        assertThat(page.locator("#awarded")).containsText("ร้านเครื่องเขียนพัทลุง ราคา 43,800.00 บาท");
        assertThat(page.locator("#status")).hasText("ได้ผู้ชนะแล้ว");
        look("procurement-awarded");

        page.navigate(url("/procurement/procurements"));
        assertThat(page.locator("#procurements li")).hasCount(1);
        look("procurement-list");
    }
}

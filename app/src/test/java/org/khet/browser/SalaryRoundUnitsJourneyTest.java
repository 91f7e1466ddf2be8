package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khet.personnel.SalaryRoundSchools;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The personnel group allocates a round to the schools and the office's own units on a phone (area 7192): the pool
 * counts the units' salaries, the personnel unit's share is explained (its staff, the weight for no results, its
 * remainder held centrally), and after approval its per-person results over the unit's share are refused, then saved;
 * the orders' PDF is kept to be looked at.
 */
class SalaryRoundUnitsJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void thePersonnelGroupAllocatesToTheOfficesUnitsAndEntersAUnitsResults() {
        TestArea area = TestArea.open(spring, "7192");
        SalaryRoundSchools.salaried(spring, area, 2569);
        SalaryRoundSchools.unitStaff(spring, area, "PERSONNEL", 11, "30000", "40000");
        SalaryRoundSchools.unitStaff(spring, area, "PLAN", 21, "20000");
        area.account("personnel.7192", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("personnel.7192", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/salary-rounds?area=7192"));
        page.getByLabel("วันที่ของรอบ (1 เม.ย. หรือ 1 ต.ค.)").fill("2027-04-01");
        page.locator("#new-round button").click();
        page.locator("#allocate").click();
        assertThat(page.locator("#pool"))
                .containsText("ฐานเงินเดือนข้าราชการในโรงเรียนและกลุ่มงานของสำนักงาน 186,000.00 บาท × ร้อยละ 3.00"
                        + " = วงเงิน 5,580.00 บาท");
        assertThat(page.locator("#unit-staff-counted")).containsText("ข้าราชการของกลุ่มงานในสำนักงาน 3 คน");
        assertThat(page.locator("#unit-share-PERSONNEL .share-received")).hasText("697");
        page.locator("#unit-share-PERSONNEL .explanation summary").click();
        assertThat(page.locator("#unit-share-PERSONNEL .explanation"))
                .containsText("ส่วนพื้นฐาน: 4,464.00 × ข้าราชการของกลุ่มงาน 2 ÷ 16 คน = 558.00");
        assertThat(page.locator("#unit-share-PERSONNEL .explanation")).containsText("ไม่มีผลสอบ");
        assertThat(page.locator("#unit-share-PERSONNEL .explanation")).containsText("เศษเก็บไว้ที่ส่วนกลาง");
        look("salary-round-units");

        page.locator("#approve").click();
        page.locator("#unit-share-PERSONNEL .results-link").click();
        assertThat(page.locator("h1")).hasText("ผลการเลื่อนเงินเดือน กลุ่มบริหารงานบุคคล");
        assertThat(page.locator("#budget")).hasText("วงเงินที่ใช้ได้ 697.00 บาท");
        page.getByLabel("ร้อยละที่เลื่อน").nth(0).fill("1");
        page.getByLabel("ร้อยละที่เลื่อน").nth(1).fill("1");
        page.locator("#save-results").click();
        assertThat(page.locator(".alert-danger")).containsText("เกินส่วนที่กลุ่มงานได้รับ (697)");
        page.getByLabel("ร้อยละที่เลื่อน").nth(0).fill("1");
        page.getByLabel("ร้อยละที่เลื่อน").nth(1).fill("0.9");
        page.locator("#save-results").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกผลแล้ว");
        assertThat(page.locator("#used")).hasText("ใช้ไปแล้ว 660.00 จาก 697.00");
        look("salary-results-unit");

        page.navigate(url("/personnel/salary-rounds?area=7192"));
        page.locator("#salary-rounds a").first().click();
        Download pdf = page.waitForDownload(() -> page.locator("#orders-pdf").click());
        pdf.saveAs(Path.of("target", "screenshots", "salary-orders-units.pdf"));
        org.assertj.core.api.Assertions.assertThat(Path.of("target", "screenshots", "salary-orders-units.pdf"))
                .isNotEmptyFile();
    }
}

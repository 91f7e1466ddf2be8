package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khet.personnel.Enrolled;
import org.khet.personnel.SalaryRoundSchools;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The personnel group runs a salary-raise round on a phone (area 6992): creates the 1 April round, allocates the
 * pool, reads why the big school got its share and that a school no staffing rule covers got none, approves, enters the school's per-person results (a total over the
 * school's share refused, then saved) and downloads the orders as Excel and PDF; the administrator reads the rule and the ceilings with their starting figures.
 */
class SalaryRoundJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void thePersonnelGroupRunsARoundEndToEnd() {
        TestArea area = TestArea.open(spring, "6992");
        SalaryRoundSchools.salaried(spring, area, 2569);
        // 180 pupils: above the small-school bands, and no larger schools' formula is shipped
        Enrolled.schools(spring, area, 2569, "0005,โรงเรียนขยายโอกาสเงินเดือน,30,30,30,30,30,30");
        area.account("personnel.6992", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("personnel.6992", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/salary-rounds?area=6992"));
        page.getByLabel("วันที่ของรอบ (1 เม.ย. หรือ 1 ต.ค.)").fill("2027-04-02");
        page.locator("#new-round button").click();
        assertThat(page.locator(".alert-danger")).containsText("1 เมษายน หรือ 1 ตุลาคม");
        page.getByLabel("วันที่ของรอบ (1 เม.ย. หรือ 1 ต.ค.)").fill("2027-04-01");
        page.locator("#new-round button").click();
        assertThat(page.locator("#round-state")).hasText("ร่าง");

        page.locator("#allocate").click();
        assertThat(page.locator("#round-state")).hasText("จัดสรรแล้ว รออนุมัติ");
        assertThat(page.locator("#pool")).containsText("96,000.00 บาท × ร้อยละ 3.00 = วงเงิน 2,880.00 บาท");
        assertThat(page.locator("#share-69920001 .share-received")).hasText("1,329");
        assertThat(page.locator("#share-69920005 .share-received")).hasText("0");
        assertThat(page.locator("#without-criterion"))
                .containsText("1 โรงเรียนไม่มีครูตามเกณฑ์ (ไม่มีเกณฑ์อัตรากำลังที่ใช้อยู่ครอบคลุม");
        page.locator("#share-69920001 .explanation summary").click();
        assertThat(page.locator("#share-69920001 .explanation"))
                .containsText("ส่วนพื้นฐาน: 2,304.00 × ครูตามเกณฑ์ 6 ÷ 13 คน = 1,063.38");
        look("salary-round-allocated");

        page.locator("#approve").click();
        assertThat(page.locator("#round-state")).hasText("อนุมัติแล้ว");
        page.locator("#share-69920001 .results-link").click();
        assertThat(page.locator("#budget")).hasText("วงเงินที่ใช้ได้ 1,329.00 บาท");
        page.getByLabel("ร้อยละที่เลื่อน").nth(0).fill("4");
        page.getByLabel("ร้อยละที่เลื่อน").nth(1).fill("1");
        page.locator("#save-results").click();
        assertThat(page.locator(".alert-danger")).containsText("เกินส่วนที่โรงเรียนได้รับ");
        page.getByLabel("ร้อยละที่เลื่อน").nth(0).fill("3");
        page.getByLabel("ร้อยละที่เลื่อน").nth(1).fill("1");
        page.locator("#save-results").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกผลแล้ว");
        assertThat(page.locator("#results-form")).containsText("เลื่อนแล้ว 900.00 บาท");
        assertThat(page.locator("#used")).hasText("ใช้ไปแล้ว 1,310.00 จาก 1,329.00");
        look("salary-results");

        page.navigate(url("/personnel/salary-rounds"));
        page.locator("#salary-rounds a").first().click();
        Download excel =
                page.waitForDownload(() -> page.locator("#orders-excel").click());
        org.assertj.core.api.Assertions.assertThat(excel.suggestedFilename())
                .isEqualTo("salary-orders-6992-2027-04-01.xlsx");
        Download pdf = page.waitForDownload(() -> page.locator("#orders-pdf").click());
        pdf.saveAs(Path.of("target", "screenshots", "salary-orders.pdf"));
        org.assertj.core.api.Assertions.assertThat(Path.of("target", "screenshots", "salary-orders.pdf"))
                .isNotEmptyFile();

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/salary"));
        assertThat(page.locator("#salary-rules")).containsText("ตัวเลขตั้งต้น");
        assertThat(page.locator("#salary-ceilings")).containsText("คศ.1");
        look("salary-rules");
    }
}

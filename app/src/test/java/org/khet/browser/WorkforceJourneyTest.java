package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.personnel.Enrolled;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The area director, on a phone, looks at the area's workforce plan: the schools short of staff come first (the
 * shortest first), then the one over, ครูไม่ครบชั้น; filtering by network leaves that network's schools; the Excel
 * file downloads. The administrator reads the staffing criterion with its starting figures and the warning that no
 * formula is entered (area 6935).
 */
class WorkforceJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void theAreaDirectorLooksAtTheShortageListOnAPhone() {
        TestArea area = TestArea.open(spring, "6935");
        int year = AcademicYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")))
                .buddhistYear();
        Enrolled.schools(
                spring,
                area,
                year,
                "เครือข่ายภูเขา|0001,โรงเรียนบ้านเขาขาดครู,17,17,17,17,16,16",
                "เครือข่ายภูเขา|0002,โรงเรียนบ้านห้วยขาดหนึ่ง,7,7,7,0,0,0",
                "เครือข่ายทะเล|0003,โรงเรียนบ้านทะเลครูเกิน,8,8,7,7,0,0");
        long mountain = Enrolled.school(spring, area, "0001");
        area.person("693500000011", "สมชาย", "เขาขาด", "SCHOOL_DIRECTOR", mountain);
        area.person("693500000012", "สมหญิง", "เขาขาด", "TEACHER", mountain);
        area.person("693500000013", "สมศรี", "เขาขาด", "CONTRACT_TEACHER", mountain);
        long stream = Enrolled.school(spring, area, "0002");
        area.person("693500000021", "สมปอง", "ห้วย", "SCHOOL_DIRECTOR", stream);
        area.person("693500000022", "สมใจ", "ห้วย", "TEACHER", stream);
        long sea = Enrolled.school(spring, area, "0003");
        area.person("693500000031", "สมพร", "ทะเล", "SCHOOL_DIRECTOR", sea);
        for (int n = 0; n < 3; n++) {
            area.person("69350000004" + n, "ครู" + n, "ทะเล", "TEACHER", sea);
        }
        area.account("director.6935", Role.AREA_DIRECTOR, null);

        signIn("director.6935", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/workforce?area=6935"));
        assertThat(page.locator("#shortages > li")).hasCount(2);
        assertThat(page.locator("#shortages > li").first()).hasId("school-69350001");
        assertThat(page.locator("#school-69350001 .school-difference")).hasText("ขาด 4 คน (-66.7%)");
        assertThat(page.locator("#school-69350001 .contract-teachers"))
                .hasText("ครูอัตราจ้าง/ชั่วคราว 1 คน (ไม่นับเทียบเกณฑ์)");
        assertThat(page.locator("#surpluses > li")).hasCount(1);
        assertThat(page.locator("#school-69350003 .school-difference")).hasText("เกิน 1 คน (+33.3%)");
        assertThat(page.locator("#short-of-classes > li")).hasCount(3);
        look("workforce-area");

        page.getByLabel("เครือข่าย")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("เครือข่ายทะเล"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("แสดง"))
                .click();
        assertThat(page.locator("#shortages")).hasCount(0);
        assertThat(page.locator("#surpluses > li")).hasCount(1);
        assertThat(page.locator("#workforce-summary")).containsText("1 โรงเรียน");
        page.locator("#all-schools summary").click();
        assertThat(page.locator("#all-69350003")).containsText("1 + 2");
        assertThat(page.locator("#all-69350001")).hasCount(0);
        look("workforce-network");

        Download excel =
                page.waitForDownload(() -> page.locator("#workforce-excel").click());
        org.assertj.core.api.Assertions.assertThat(excel.suggestedFilename())
                .isEqualTo("workforce-6935-" + year + ".xlsx");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/staffing"));
        assertThat(page.locator("#bands tbody tr")).not().hasCount(0);
        assertThat(page.locator("#no-formula")).isVisible();
        look("staffing-rules");

        page.locator("#b-from").fill("50");
        page.locator("#b-to").fill("40");
        page.locator("#b-admins").fill("1");
        page.locator("#b-teachers").fill("3");
        page.locator("#b-circular").fill("ว 6935/2569");
        page.locator("#add-band button").click();
        assertThat(page.locator(".alert-danger"))
                .hasText("ช่วงนักเรียนไม่ถูกต้อง: เริ่มตั้งแต่ 1 คน และค่าสิ้นสุดต้องไม่น้อยกว่าค่าเริ่ม");
        page.locator("#f-from").fill("121");
        page.locator("#f-spt").fill("25");
        page.locator("#f-admins").fill("2");
        page.locator("#f-circular").fill("ก.ค.ศ. ว 23/2563 (ทดสอบ 6935)");
        page.locator("#add-formula button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกสูตรของเกณฑ์แล้ว");
        assertThat(page.locator("#formulas tbody tr")).hasCount(1);
        assertThat(page.locator("#formulas tbody tr")).containsText("121–");
        look("staffing-rules-formula");
    }
}

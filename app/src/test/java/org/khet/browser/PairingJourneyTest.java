package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.personnel.Enrolled;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The personnel group, on a phone, drafts a pairing of a host and a small school of its network, has P4–P6 taught
 * at the host, reads the budget explained and approves it; the administrator reads the pairing rule with its
 * starting figures (area 7173).
 */
class PairingJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void thePersonnelGroupPairsTwoSmallSchoolsOnAPhone() {
        TestArea area = TestArea.open(spring, "7173");
        int year = AcademicYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")))
                .buddhistYear();
        Enrolled.schools(
                spring,
                area,
                year,
                "เครือข่ายดอย|0001,โรงเรียนบ้านดอยหลวง,12,11,10,12,11,10",
                "เครือข่ายดอย|0002,โรงเรียนบ้านห้วยเล็ก,3,4,2,5,3,4");
        area.account("personnel.7173", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("personnel.7173", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/pairings?area=7173"));
        look("pairings-empty");
        page.locator("#host")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("โรงเรียนบ้านดอยหลวง (66 คน, เครือข่ายดอย)"));
        page.locator("#partner-71730002").check();
        page.locator("#new-pairing button").click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกร่างการเรียนรวมแล้ว");

        String host = page.locator("#grade-P4 option").nth(1).getAttribute("value");
        for (String grade : new String[] {"P4", "P5", "P6"}) {
            page.locator("#grade-" + grade).selectOption(host);
        }
        page.locator("[id^=km-]").fill("4.5");
        page.locator("#arrange button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการจัดชั้นเรียนแล้ว");
        assertThat(page.locator("#budget-explained"))
                .hasText("นักเรียนเดินทาง 12 คน × 20.00 บาทต่อวัน × 200 วันเรียน = 48,000.00 บาทต่อปี");
        look("pairing-arranged");

        page.locator("#approve button").click();
        assertThat(page.locator("#pairing-state")).hasText("อนุมัติแล้ว");
        assertThat(page.locator("#approve")).hasCount(0);
        page.navigate(url("/personnel/pairings?area=7173"));
        assertThat(page.locator("#pairings > li")).hasCount(1);
        assertThat(page.locator("#pairings-total")).containsText("48,000.00");
        look("pairings");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/pairing"));
        assertThat(page.locator("#pairing-rules > li").first()).containsText("ตัวเลขเริ่มต้น");
        look("pairing-rules");
    }
}

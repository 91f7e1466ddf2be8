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
 * A school director, on a phone, finds the pairing their school is in under the menu and reads it without forms;
 * the personnel group deletes a draft pairing from its page (area 7202).
 */
class PairingDirectorJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aDirectorReadsTheirPairingOnAPhoneAndTheGroupDeletesADraft() {
        TestArea area = TestArea.open(spring, "7202");
        int year = AcademicYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")))
                .buddhistYear();
        Enrolled.schools(
                spring,
                area,
                year,
                "เครือข่ายลุ่มน้ำ|0001,โรงเรียนบ้านท่าน้ำ,12,11,10,12,11,10",
                "เครือข่ายลุ่มน้ำ|0002,โรงเรียนบ้านหนองบัว,3,4,2,5,3,4",
                "เครือข่ายลุ่มน้ำ|0003,โรงเรียนบ้านโคกงาม,4,4,4,4,4,4");
        long small = Enrolled.school(spring, area, "0002");
        area.account("personnel.7202", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("d2.7202", Role.SCHOOL_DIRECTOR, small);

        signIn("personnel.7202", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/pairings?area=7202"));
        page.locator("#host")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("โรงเรียนบ้านท่าน้ำ (66 คน, เครือข่ายลุ่มน้ำ)"));
        page.locator("#partner-72020002").check();
        page.locator("#new-pairing button").click();
        String host = page.locator("#grade-P5 option").nth(1).getAttribute("value");
        page.locator("#grade-P5").selectOption(host);
        page.locator("#grade-P6").selectOption(host);
        page.locator("#arrange button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการจัดชั้นเรียนแล้ว");
        String pairingPage = page.url();

        context.clearCookies();
        signIn("d2.7202", TestArea.PASSWORD);
        page.navigate(url("/personnel/pairings"));
        assertThat(page.locator("#pairings > li")).hasCount(1);
        assertThat(page.locator("#read-only")).isVisible();
        assertThat(page.locator("#new-pairing")).hasCount(0);
        look("pairings-director");
        page.locator("#pairings a").first().click();
        assertThat(page.locator("#budget-explained")).containsText("นักเรียนเดินทาง 7 คน");
        assertThat(page.locator("#arrange button")).hasCount(0);
        assertThat(page.locator("#delete-draft")).hasCount(0);
        look("pairing-director");

        as("personnel.7202");
        page.navigate(pairingPage);
        look("pairing-draft-group");
        page.locator("#delete-draft button").click();
        assertThat(page.locator(".alert-success")).hasText("ลบร่างการจัดคู่แล้ว");
        assertThat(page.locator("#pairings > li")).hasCount(0);
    }
}

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
 * The area director, on a phone, opens the five-year forecast from the menu, reads the area's years and drills down
 * to a school's staff and projected students per grade (area 7024).
 */
class ForecastJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void theAreaDirectorReadsTheForecastAndASchoolOnAPhone() {
        TestArea area = TestArea.open(spring, "7024");
        int year = AcademicYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")))
                .buddhistYear();
        Enrolled.schools(
                spring,
                area,
                year,
                "0001,โรงเรียนบ้านนาคาดการณ์,12,10,8,6,4,2",
                "0002,โรงเรียนบ้านไร่คาดการณ์,3,3,3,3,3,3");
        long farm = Enrolled.school(spring, area, "0001");
        area.person("702400000011", "สมชาย", "นาคาด", "SCHOOL_DIRECTOR", farm);
        area.person("702400000012", "สมหญิง", "นาคาด", "TEACHER", farm);
        area.account("director.7024", Role.AREA_DIRECTOR, null);

        signIn("director.7024", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/forecast?area=7024"));
        assertThat(page.locator("#forecast-totals tbody tr")).hasCount(6);
        assertThat(page.locator("#total-" + year + " td").first()).hasText("60");
        assertThat(page.locator("#total-" + (year + 5) + " td").first()).hasText("90");
        assertThat(page.locator("#forecast-schools > li")).hasCount(2);
        look("forecast-area");

        page.locator("#forecast-70240001 a").click();
        assertThat(page.locator("h1")).hasText("คาดการณ์อัตรากำลัง โรงเรียนบ้านนาคาดการณ์");
        assertThat(page.locator("#grade-P2 td").nth(1)).hasText("12");
        assertThat(page.locator("#year-" + (year + 5) + " .remaining")).hasText("1 + 1");
        look("forecast-school");
    }
}

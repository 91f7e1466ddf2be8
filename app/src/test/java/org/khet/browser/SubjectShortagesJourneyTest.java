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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The area director, on a phone, opens the subject shortages: the largest shortage first (Thai at the school whose
 * Thai teacher's major is written in a way no learning area is mapped to), that major no learning area is mapped to, which the director maps to Thai so that the
 * teacher counts at once; every school's areas; the shortages of mathematics alone. The administrator reads the curriculum's hours with their starting
 * figures (area 7164).
 */
class SubjectShortagesJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDirectorOpensTheSubjectShortagesOnAPhone() {
        TestArea area = TestArea.open(spring, "7164");
        int year = AcademicYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")))
                .buddhistYear();
        Enrolled.schools(
                spring,
                area,
                year,
                "0001,โรงเรียนบ้านดอยสาระ,12,11,10,12,11,10",
                "0002,โรงเรียนบ้านนาสาระ,20,20,20,20,20,20");
        long hill = Enrolled.school(spring, area, "0001");
        teacher(area, "716400000011", hill, "คณิตศาสตร์");
        teacher(area, "716400000012", hill, "ภาษาไทยเพื่อการสื่อสาร");
        long field = Enrolled.school(spring, area, "0002");
        teacher(area, "716400000021", field, "วิทยาศาสตร์ทั่วไป");
        teacher(area, "716400000022", field, "ภาษาอังกฤษ");
        area.account("director.7164", Role.AREA_DIRECTOR, null);

        signIn("director.7164", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/subjects?area=7164"));
        assertThat(page.locator("#subject-shortages > li").first()).hasId("short-71640001-THAI");
        assertThat(page.locator("#short-71640001-THAI .badge")).hasText("ขาด 1.5 คน");
        assertThat(page.locator("#short-71640001-SCIENCE .badge")).hasText("ขาด 1.0 คน");
        assertThat(page.locator("#unmapped-majors .unmapped-major").first()).hasText("ภาษาไทยเพื่อการสื่อสาร");
        assertThat(page.locator("#short-71640001-THAI")).containsText("มี 0 คน");
        look("subject-shortages");

        page.locator("#unmapped-0 select").selectOption("THAI");
        page.locator("#unmapped-0 button").click();
        assertThat(page.locator(".alert-success")).hasText("จับคู่วิชาเอกกับกลุ่มสาระแล้ว");
        assertThat(page.locator("#short-71640001-THAI")).containsText("มี 1 คน");
        assertThat(page.locator("#unmapped-majors")).hasCount(0);
        page.locator("#all-schools summary").click();
        assertThat(page.locator("#school-71640002 tbody tr")).hasCount(8);
        look("subject-shortages-all");

        page.locator("#s-subject").selectOption("MATHEMATICS");
        page.locator("#subjects-filter button").click();
        assertThat(page.locator("#subject-shortages > li")).hasCount(2);
        assertThat(page.locator("#subject-shortages > li").first()).hasId("short-71640002-MATHEMATICS");
        look("subject-shortages-mathematics");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/subjects"));
        assertThat(page.locator("#hours-THAI")).containsText("200");
        assertThat(page.locator("#hours-starting")).isVisible();
        look("subject-rules");
    }

    private void teacher(TestArea area, String idSeed, long school, String major) {
        long person = area.person(idSeed, "ครู" + idSeed.substring(9), "สาระ", "TEACHER", school);
        jdbc.sql("insert into personnel.employment (person_id) values (:p)")
                .param("p", person)
                .update();
        jdbc.sql("insert into personnel.qualification (person_id, degree, major) values (:p, 'ค.บ.', :m)")
                .param("p", person)
                .param("m", major)
                .update();
    }
}

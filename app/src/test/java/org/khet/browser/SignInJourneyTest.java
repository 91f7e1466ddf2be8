package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignInJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageIsThaiAccessibleAndWorksOnAPhone() {
        phone();
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("เข้าสู่ระบบเขต");
        assertAccessible();
        screenshot("login-phone");
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void aWrongPasswordIsRefusedInThai() {
        page.navigate(url("/login"));
        page.getByLabel("ชื่อผู้ใช้").fill("director");
        page.getByLabel("รหัสผ่าน").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("เข้าสู่ระบบ"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        assertAccessible();
    }

    @Test
    void theDirectorsHomeShowsTheAreasRealCounts() {
        signIn("director", DEMO_PASSWORD);
        long open = jdbc.sql(
                        "select count(*) from registry.school s join registry.area a on a.id = s.area_id where a.code = '9302' and s.status = 'OPEN'")
                .query(Long.class)
                .single();
        assertThat(page.locator(
                                ".card",
                                new com.microsoft.playwright.Page.LocatorOptions().setHasText("โรงเรียนในเขตพื้นที่"))
                        .locator(".card-count"))
                .hasText(String.valueOf(open));
        var sizes =
                page.locator(".card", new com.microsoft.playwright.Page.LocatorOptions().setHasText("โรงเรียนตามขนาด"));
        assertThat(sizes).containsText("ขนาดเล็ก");
        int sum = sizes.locator("li .text-secondary").allTextContents().stream()
                .mapToInt(t -> Integer.parseInt(t.strip()))
                .sum();
        assertThat(sum).as("the size classes add up to the open schools").isEqualTo((int) open);
        assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("โรงเรียน");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).not().containsText("ผู้ใช้งาน");
        assertAccessible();
        screenshot("home-director-desktop");
        phone();
        screenshot("home-director-phone");
    }

    @Test
    void aTeacherSeesTheirSchoolAndNoAdministration() {
        signIn("teacher", DEMO_PASSWORD);
        long students = jdbc.sql(
                        "select st.students from registry.school_students st join registry.school s on s.id = st.school_id "
                                + "where s.code = '93020001' order by st.academic_year desc limit 1")
                .query(Long.class)
                .single();
        assertThat(page.locator(
                                ".card",
                                new com.microsoft.playwright.Page.LocatorOptions()
                                        .setHasText("โรงเรียนของฉัน · นักเรียน"))
                        .locator(".card-count"))
                .hasText(String.valueOf(students));
        expectAnswer(403, "/admin/users");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("ไม่มีสิทธิ์เข้าถึง");
    }

    @Test
    void englishIsOneClickAwayAndStaysWithTheUser() {
        signIn("supervisor", DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Schools");
        page.navigate(url("/schools"));
        assertThat(page.locator("h1")).hasText("Schools");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ภาษาไทย"))
                .click();
        assertThat(page.locator("h1")).hasText("โรงเรียน");
    }
}

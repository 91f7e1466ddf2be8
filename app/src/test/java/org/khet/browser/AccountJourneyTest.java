package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.khet.Api;

class AccountJourneyTest extends BrowserTest {

    @Test
    void aUserMakesAnApiTokenOnTheProfilePageUsesItAndRevokesIt() {
        signIn("auditor", DEMO_PASSWORD);
        page.navigate(url("/profile"));
        assertAccessible();
        page.getByLabel("ชื่อโทเค็น").fill("ระบบรายงาน");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("สร้างโทเค็น"))
                .click();
        String token = page.locator("#new-token").textContent().strip();
        assertThat(token).startsWith("khet_");
        screenshot("profile-token");
        assertThat(Api.bearer(port, token)
                        .get("/api/v1/me")
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo("auditor");

        page.navigate(url("/profile"));
        assertThat(page.locator("body")).not().containsText(token);
        page.onDialog(d -> d.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เพิกถอน"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theAdministratorCreatesATeacherWhoThenSignsIn() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/users/new"));
        assertAccessible();
        page.getByLabel("ชื่อผู้ใช้").fill("kru.somsri");
        page.getByLabel("ชื่อที่แสดง").fill("ครูสมศรี ใจดี");
        page.getByLabel("รหัสผ่านเริ่มต้น").fill("short");
        page.getByLabel("บทบาท").selectOption("TEACHER");
        page.getByLabel("รหัสโรงเรียน (8 หลัก)").fill("93020005");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#password-error")).hasText("ต้องยาว 10 ถึง 200 ตัวอักษร");
        screenshot("user-new-error");

        page.getByLabel("รหัสผ่านเริ่มต้น").fill("kru-somsri-2569");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("h1")).containsText("ครูสมศรี ใจดี");
        assertThat(page.locator("main")).containsText("ครู");

        context.clearCookies();
        signIn("kru.somsri", "kru-somsri-2569");
        assertThat(page.locator("body")).containsText("โรงเรียนของฉัน");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.khet.platform.Accounts accounts;

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        long id = accounts.create(
                "leaving.clerk",
                "ธุรการที่ย้ายออก",
                null,
                "leaving-clerk-2569",
                java.util.List.of(new org.khet.platform.RoleGrant(
                        org.khet.platform.Role.SUPERVISOR,
                        accounts.grantsOf(accounts.byUsername("director")
                                        .orElseThrow()
                                        .id())
                                .get(0)
                                .areaId(),
                        null,
                        null)));
        signIn("leaving.clerk", "leaving-clerk-2569");
        page.navigate(url("/schools"));
        assertThat(page.locator("h1")).hasText("โรงเรียน");
        accounts.setEnabled(id, false);
        page.navigate(url("/schools"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}

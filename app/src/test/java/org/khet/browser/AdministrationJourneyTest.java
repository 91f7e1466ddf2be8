package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdministrationJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAdministrationPageIsAccessibleAndRenamingAPositionIsAudited() {
        signIn("admin", ADMIN_PASSWORD);
        long area = jdbc.sql("select id from registry.area where code = '9302'")
                .query(Long.class)
                .single();
        for (String path :
                new String[] {"/areas", "/areas/" + area, "/size-schemes", "/positions", "/admin/users", "/audit"}) {
            page.navigate(url(path));
            assertThat(page.locator("h1")).isVisible();
            assertAccessible();
            screenshot("admin" + path.replace('/', '-'));
        }
        page.navigate(url("/areas/" + area));
        assertThat(page.locator("main")).containsText("เครือข่ายตะโหมด");
        assertThat(page.locator("main")).containsText("กลุ่มบริหารงานบุคคล");

        page.navigate(url("/positions"));
        page.getByLabel("ชื่อตำแหน่ง (ไทย)").first().fill("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา (ผอ.สพท.)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("บันทึกเรียบร้อยแล้ว");
        assertThat(jdbc.sql("select name_th from registry.position where code = 'AREA_DIRECTOR'")
                        .query(String.class)
                        .single())
                .isEqualTo("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา (ผอ.สพท.)");
        page.navigate(url("/audit?what=position"));
        assertThat(page.locator("#results tbody tr").first()).containsText("admin");
    }

    @Test
    void aDirectorMayReadButNotEditPositions() {
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/positions"));
        assertThat(page.locator("h1")).hasText("ตำแหน่ง");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก")))
                .hasCount(0);
    }
}

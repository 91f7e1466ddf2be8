package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.Api;

/** An administrator asks what happened to a school, finds the import that changed it and pages its rows. */
class AuditImportJourneyTest extends BrowserTest {

    @Test
    void theImportThatChangedASchoolIsFoundAndItsRowsArePaged() {
        Api admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        admin.post(
                "/api/v1/areas",
                "{\"code\":\"8535\",\"name_th\":\"สพป.เส้นทางตรวจ 8535\",\"name_en\":\"Audit Journey 8535\","
                        + "\"letter_prefix\":\"ศธ 04535\"}");
        StringBuilder file = new StringBuilder("area_code,school_code,name_th,network,amphoe,tambon,students\n");
        for (int i = 1; i <= 40; i++) {
            file.append("8535,853501%02d,โรงเรียนเส้นทางตรวจ%d,เครือข่ายเส้นทาง,เมือง,ตำบล%d,%d\n"
                    .formatted(i, i, i, 60 + i));
        }
        admin.upload("/api/v1/schools/import", "schools.csv", file.toString().getBytes(StandardCharsets.UTF_8));

        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/audit?what=85350112"));
        assertThat(page.locator("#results tbody tr").first()).containsText("เปลี่ยน 80 รายการ");
        assertAccessible();
        screenshot("audit-import-found");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดูรายการของ 85350112"))
                .click();
        assertThat(page.locator("#changes tbody tr")).hasCount(1);
        assertThat(page.locator("#changes")).containsText("โรงเรียนเส้นทางตรวจ12");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดูทุกรายการของการนำเข้านี้"))
                .click();
        assertThat(page.locator("#changes tbody tr")).hasCount(50);
        assertThat(page.locator("#rows-total")).containsText("80");
        assertAccessible();
        screenshot("audit-import-rows");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ถัดไป"))
                .click();
        assertThat(page.locator("#changes tbody tr")).hasCount(30);
    }
}

package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator changes a step's working days from a date on; the director reads the year's holidays there and
 * adds the area's own on the calendar's page.
 */
class ProcedureJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deadlinesAndHolidaysAreDataTheOfficeEdits() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/complaints/procedure"));
        assertThat(page.locator("#deadlines")).containsText("อยู่ระหว่างตรวจสอบ");
        assertAccessible();
        long before = deadlines();
        addDeadline("0");
        assertThat(page.locator(".alert-danger")).containsText("จำนวนวันทำการ 1–365");
        assertThat(deadlines()).isEqualTo(before);

        addDeadline("20");
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(deadlines()).isEqualTo(before + 1);
        assertThat(page.locator("#deadlines tbody")).containsText("1 ม.ค. 2570");

        page.context().clearCookies();
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/complaints/procedure"));
        assertThat(page.locator("#holidays")).containsText("วันรัฐธรรมนูญ");
        assertThat(page.locator("#holidays form")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("วันหยุดกำหนดในหน้าปฏิทินวันหยุด"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2570"))
                .click();
        page.getByLabel("วันที่").fill("2027-02-15");
        page.getByLabel("ชื่อวันหยุด (ภาษาไทย)").fill("วันหยุดพิเศษของเขต");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เพิ่มวันหยุด"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        var row = page.locator("#holidays li", new Page.LocatorOptions().setHasText("วันหยุดพิเศษของเขต"));
        assertThat(row).containsText("เฉพาะเขต");
        assertThat(jdbc.sql("select area_id is not null from calendar.holiday where day = '2027-02-15'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertAccessible();
        screenshot("complaint-procedure");
        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#holidays")).not().containsText("วันหยุดพิเศษของเขต");
    }

    /** Investigating a complaint about staff may take {@code days} working days from 1 January 2027. */
    private void addDeadline(String days) {
        page.locator("#deadlines summary").click();
        page.getByLabel("ขั้นตอน").selectOption("INVESTIGATING");
        page.locator("#d-category").selectOption("STAFF_CONDUCT");
        page.getByLabel("วันทำการ").fill(days);
        page.getByLabel("ใช้ตั้งแต่").fill("2027-01-01");
        page.locator("#deadlines")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("บันทึก"))
                .click();
    }

    private long deadlines() {
        return jdbc.sql("select count(*) from complaints.complaint_deadline")
                .query(Long.class)
                .single();
    }
}

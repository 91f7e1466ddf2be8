package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.thai.BuddhistDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator loads next year's holidays of an area from a CSV file on the calendar page, sees them, and
 * removes one. The area is the journey's own, so no other test's deadlines move.
 */
class CalendarJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorLoadsNextYearFromAFileAndRemovesADay() {
        long area = jdbc.sql("""
                        insert into registry.area (code, name_th, name_en, letter_prefix)
                        values ('9383', 'สพป.ทดสอบปฏิทิน', 'Calendar journey area', 'ศธ 09383')
                        on conflict (code) do update set code = excluded.code returning id""").query(Long.class).single();
        int next = LocalDate.now().getYear() + 1;
        int be = BuddhistDates.toBuddhistYear(next);
        signIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("การจัดการ"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("วันหยุด").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(String.valueOf(be)))
                .click();
        page.getByLabel("เขตพื้นที่", new Page.GetByLabelOptions().setExact(true))
                .selectOption(String.valueOf(area));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("แสดง"))
                .click();
        assertThat(page.locator("h1")).containsText(String.valueOf(be));

        var load = page.locator("#load-year");
        load.getByLabel("เฉพาะเขต").check();
        load.getByLabel("เลือกไฟล์").setInputFiles(new FilePayload("holidays.csv", "text/csv", csv(be, next)));
        load.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("นำเข้า"))
                .click();
        assertThat(page.locator("#import-report")).containsText("เพิ่มใหม่ 3 วัน");
        var holidays = page.locator("#holidays");
        assertThat(holidays).containsText("วันก่อตั้งเขตพื้นที่");
        assertThat(holidays).containsText("วันหยุดชดเชยงานประจำปี");
        assertThat(holidays).containsText("20 ก.พ. " + be);
        assertThat(count(area, next)).isEqualTo(3);
        assertAccessible();
        screenshot("calendar-loaded");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ลบวันหยุด วันหยุดชดเชยงานประจำปี"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(holidays).not().containsText("วันหยุดชดเชยงานประจำปี");
        assertThat(holidays).containsText("วันก่อตั้งเขตพื้นที่");
        assertThat(count(area, next)).isEqualTo(2);
    }

    private long count(long area, int year) {
        return jdbc.sql("select count(*) from calendar.holiday where area_id = :a and extract(year from day) = :y")
                .param("a", area)
                .param("y", year)
                .query(Long.class)
                .single();
    }

    /** As an office types it: Buddhist years in Thai style, one date in ISO form. */
    private static byte[] csv(int be, int ce) {
        return ("date,name_th,name_en\n"
                        + "20/2/" + be + ",วันก่อตั้งเขตพื้นที่,Area foundation day\n"
                        + "๑๕/๕/" + be + ",วันหยุดชดเชยงานประจำปี,Annual fair substitute day\n"
                        + ce + "-11-02,วันหยุดกีฬาเขต,\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}

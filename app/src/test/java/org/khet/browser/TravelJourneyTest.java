package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.TestClock;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the morning of a working day (8 December 2026, 07:50 in Thailand) an office officer on a phone (390 px) asks to
 * travel on duty that day with a colleague; the group head approves it from the queue; the officer signs in; the
 * personnel group's sheet of the day shows the officer present, the colleague on official travel, a third person
 * on approved leave and a fourth absent (area 7041).
 */
class TravelJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anOfficerTravelsTheHeadApprovesAndTheSheetShowsEachStatus() {
        TestArea area = TestArea.open(spring, "7041");
        long plan = area.unit("PLAN");
        long head = area.unitPerson("704100000001", "สุดา", "หัวหน้ากลุ่ม", "GROUP_HEAD", plan);
        long officer = area.unitPerson("704100000002", "สมชาย", "เดินทางดี", "EDUCATION_OFFICER", plan);
        area.unitPerson("704100000003", "สมหญิง", "ร่วมทาง", "GENERAL_OFFICER", plan);
        long onLeave = area.unitPerson("704100000004", "มานี", "ลาพักผ่อน", "GENERAL_OFFICER", plan);
        area.unitPerson("704100000005", "ปิติ", "ยังไม่มา", "GENERAL_OFFICER", plan);
        area.account("head.7041", Role.AREA_STAFF, plan);
        area.link(head, "head.7041");
        area.account("officer.7041", Role.AREA_STAFF, plan);
        area.link(officer, "officer.7041");
        area.account("hr.7041", Role.AREA_STAFF, area.unit("PERSONNEL"));
        LocalDate day = LocalDate.of(2026, 12, 8);
        jdbc.sql("""
                        insert into personnel.leave_request (area_id, person_id, person_name, filed_by, leave_type,
                            first_day, last_day, days, fiscal_year, unit_id, approver, status)
                        select area_id, id, 'นายมานี ลาพักผ่อน', 0, 'PERSONAL', :d, :d, 1, 2570, unit_id,
                            'UNIT_HEAD', 'APPROVED' from registry.person where id = :p""").param("d", day).param("p", onLeave).update();
        ZonedDateTime morning = day.atTime(7, 50).atZone(ZoneId.of("Asia/Bangkok"));
        clock.advance(Duration.between(Instant.now(), morning.toInstant()));

        signIn("officer.7041", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/travel"));
        page.getByLabel("เรื่อง/วัตถุประสงค์").fill("ประชุมชี้แจงการจัดทำแผนปฏิบัติการ");
        page.getByLabel("สถานที่").fill("ศาลากลางจังหวัด");
        page.getByLabel("ผู้ร่วมเดินทาง").selectOption(new String[] {String.valueOf(area.personId("704100000003"))});
        page.getByLabel("พาหนะ").fill("รถราชการ กข 1234");
        page.getByLabel("ประมาณการค่าใช้จ่าย (บาท)").fill("1500");
        page.getByLabel("ตามหนังสือ/คำสั่งที่").fill("ศธ 04001/ว 123");
        look("travel-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งคำขอ"))
                .click();
        page.waitForURL(u -> u.matches(".*/personnel/travel/\\d+$"));
        assertThat(page.locator(".alert-success")).hasText("ส่งคำขออนุญาตไปราชการแล้ว");
        assertThat(page.locator("#status")).hasText("รอพิจารณา");
        assertThat(page.locator("#companions")).hasText("นายสมหญิง ร่วมทาง");
        look("travel-filed");

        as("head.7041");
        phone();
        page.navigate(url("/personnel/travel/queue"));
        assertThat(page.locator("#queue")).containsText("นายสมชาย เดินทางดี");
        look("travel-queue");
        page.locator("#queue a")
                .filter(new Locator.FilterOptions().setHasText("ศาลากลางจังหวัด"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("อนุญาต").setExact(true))
                .click();
        assertThat(page.locator("#status")).hasText("อนุญาต");

        as("officer.7041");
        phone();
        page.navigate(url("/personnel/attendance"));
        page.locator("#sign-in").click();
        assertThat(page.locator(".alert-success")).hasText("ลงเวลามาแล้ว");
        assertThat(page.locator("#my-times")).containsText("มา 07:5");
        assertThat(page.locator("#sign-out")).isVisible();
        look("attendance-signed-in");

        as("hr.7041");
        phone();
        page.navigate(url("/personnel/attendance?day=2026-12-08"));
        Locator sheet = page.locator("#sheet");
        assertThat(row(sheet, "เดินทางดี").locator(".status")).hasText("มาปฏิบัติราชการ");
        assertThat(row(sheet, "ร่วมทาง").locator(".status")).hasText("ไปราชการ");
        assertThat(row(sheet, "ลาพักผ่อน").locator(".status")).hasText("ลา");
        assertThat(row(sheet, "ยังไม่มา").locator(".status")).hasText("ไม่มาลงเวลา");
        look("attendance-sheet");
        page.navigate(url("/personnel/attendance?day=2026-12-10"));
        assertThat(page.locator("#no-sheet")).isVisible();
        page.navigate(url("/personnel/attendance/month?month=2026-12"));
        assertThat(page.locator("#month-table")).containsText("นายสมชาย เดินทางดี");
        look("attendance-month");

        // The administrator sees the shipped 08:30 marked as a starting figure and sets this area's own time.
        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/attendance"));
        assertThat(page.locator("#attendance-rules")).containsText("08:30");
        assertThat(page.locator("#attendance-rules")).containsText("ตัวเลขเริ่มต้น");
        page.getByLabel("สายเมื่อลงเวลาหลัง").fill("09:00");
        page.getByLabel("มีผลตั้งแต่").fill("2026-12-09");
        page.getByLabel("รหัสเขตพื้นที่ (เว้นว่าง = ทุกเขต)").fill("7041");
        page.getByLabel("ตามประกาศ/หนังสือ").fill("ประกาศ สพท. เรื่องเวลาปฏิบัติราชการ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเกณฑ์"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกเกณฑ์เวลาแล้ว");
        assertThat(page.locator("#attendance-rules")).containsText("09:00 · 7041");
        look("attendance-rules");
    }

    private static Locator row(Locator sheet, String name) {
        return sheet.locator("li").filter(new Locator.FilterOptions().setHasText(name));
    }
}

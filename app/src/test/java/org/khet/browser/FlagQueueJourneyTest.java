package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.procurement.ProcurementDraft;
import org.khet.procurement.Procurements;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The area's internal auditor on a phone (390 px) opens the red-flag queue, reads a flag's evidence and threshold,
 * marks it reviewed, is told a dismissal needs a reason, dismisses it with one, and the audit log holds the
 * dismissal with its reason (area 6893); the administrator sets a threshold's new value from tomorrow.
 */
class FlagQueueJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuditorReviewsAFlagAndDismissesItWithAReason() {
        TestArea area = TestArea.open(spring, "6893");
        area.school("0001", "โรงเรียนตรวจธง");
        KhetUser staff = area.account("staff.6893", Role.AREA_STAFF, area.unit());
        area.account("auditor.6893", Role.INTERNAL_AUDITOR, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
        long id = spring.getBean(Procurements.class)
                .create(
                        "68930001",
                        new ProcurementDraft(
                                null,
                                "จ้างปรับปรุงห้องสมุด",
                                "works",
                                "E_BIDDING",
                                false,
                                new BigDecimal("750000"),
                                new BigDecimal("750000"),
                                "ราคากลางงานก่อสร้าง",
                                today,
                                today.plusDays(2),
                                null,
                                List.of()),
                        staff)
                .id();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from procurement.flag where procurement_id = :id"
                                        + " and code = 'R003' and state = 'flagged' and closed_at is null")
                                .param("id", id)
                                .query(Integer.class)
                                .single()
                        == 1);

        signIn("auditor.6893", TestArea.PASSWORD);
        phone();
        page.navigate(url("/audit/procurement"));
        assertThat(page.locator("h1")).hasText("ธงเตือนการจัดซื้อจัดจ้าง");
        var card = page.locator("#flags > li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("จ้างปรับปรุงห้องสมุด"));
        assertThat(card).hasCount(1);
        assertThat(card.locator(".badge")).hasText("R003");
        assertThat(card.locator(".evidence")).containsText("จำนวนวัน");
        assertThat(card.locator(".threshold")).containsText("ระยะยื่นข้อเสนอขั้นต่ำ e-bidding (วัน)");
        assertThat(page.locator("#coverage-R003")).isVisible();
        look("flag-queue");

        card.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("ตรวจแล้ว")
                                .setExact(true))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกว่าตรวจแล้ว");
        assertThat(card.locator(".review-state")).containsText("ตรวจแล้วโดย");

        card.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ยกเลิกธง"))
                .click();
        assertThat(page.locator(".alert-danger")).hasText("การยกเลิกธงต้องระบุเหตุผล");
        card.getByLabel("เหตุผลหรือบันทึก (จำเป็นเมื่อยกเลิกธง)").fill("ประกาศตามระเบียบในระบบ e-GP แล้ว 5 วันทำการ");
        card.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ยกเลิกธง"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("ยกเลิกธงพร้อมเหตุผลแล้ว");
        assertThat(card).hasCount(0);
        look("flag-queue-dismissed");

        assertThat(jdbc.sql("""
                                select count(*) from platform.audit_event
                                where action = 'FLAG_DISMISSED' and area_id = :area
                                  and after ->> 'reason' = 'ประกาศตามระเบียบในระบบ e-GP แล้ว 5 วันทำการ'""").param("area", area.id()).query(Integer.class).single())
                .isEqualTo(1);

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.setViewportSize(1280, 900);
        page.navigate(url("/admin/procurement"));
        assertThat(page.locator("#thresholds")).containsText("ระยะยื่นข้อเสนอขั้นต่ำ e-bidding (วัน)");
        assertThat(page.locator("#thresholds")).containsText("ค่าเริ่มต้น");
        page.getByLabel("ตัวชี้วัดและเกณฑ์").selectOption("KHET_YEAR_END_SPECIFIC/last_days");
        page.locator("#t-value").fill("45");
        page.locator("#t-from").fill(today.plusDays(1).toString());
        page.locator("#t-note").fill("มติคณะกรรมการตรวจสอบ 6893");
        page.locator("#set-threshold button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกค่าเกณฑ์ใหม่แล้ว");
        assertThat(page.locator("#thresholds")).containsText("มติคณะกรรมการตรวจสอบ 6893");
        look("procurement-thresholds");
    }
}

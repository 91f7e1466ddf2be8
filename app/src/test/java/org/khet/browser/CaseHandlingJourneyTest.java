package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal officer screens a named complaint and assigns it; the officer in charge looks into it and answers;
 * the legal officer closes it. The complainant follows every public step, never the office's own notes.
 */
class CaseHandlingJourneyTest extends CaseJourneyTest {

    @Test
    void aComplaintIsScreenedAssignedAnsweredAndClosed() throws Exception {
        JsonNode filed = post("""
                {"area_code": "9302", "category": "STAFF_CONDUCT", "subject": "ครูไม่เข้าสอน",
                 "details": "ครูวิชาคณิตศาสตร์ไม่เข้าสอนสามสัปดาห์\\nนักเรียนถูกปล่อยในห้อง", "anonymous": false,
                 "name": "นางผู้ปกครอง ตัวอย่าง", "phone": "0899999999"}""");
        String code = filed.get("tracking_code").asString();
        String secret = filed.get("secret").asString();
        long id = caseId(code);

        signIn("legal", DEMO_PASSWORD);
        long open = jdbc.sql("select count(*) from complaints.complaint c join registry.area a on a.id = c.area_id"
                        + " where a.code = '9302' and c.status <> 'CLOSED'")
                .query(Long.class)
                .single();
        assertThat(page.locator(
                                "section.card",
                                new Page.LocatorOptions().setHasText("เรื่องร้องเรียนและคำขอที่ยังไม่ยุติ"))
                        .locator(".card-count"))
                .hasText(String.valueOf(open));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("เรื่องร้องเรียน").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.locator("#case-status")).hasText("รับเรื่องแล้ว");
        assertThat(page.locator("#case-details")).containsText("นักเรียนถูกปล่อยในห้อง");
        assertThat(page.locator("main")).containsText("ระบบอื่นผ่าน API");
        assertThat(page.locator("main")).not().containsText("??");
        assertThat(page.locator("#complainant")).not().containsText("นางผู้ปกครอง");
        long views = complainantViews(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูข้อมูลผู้แจ้ง (ระบบบันทึกการเข้าดู)"))
                .click();
        assertThat(page.locator("#complainant")).containsText("นางผู้ปกครอง ตัวอย่าง");
        assertThat(complainantViews(id)).isEqualTo(views + 1);
        assertAccessible();

        act("ACCEPTED", "รับไว้พิจารณา", () -> page.locator("#public-ACCEPTED").fill("เขตรับเรื่องไว้พิจารณาแล้ว"));
        assertThat(page.locator("#case-status")).hasText("รับไว้พิจารณา");
        act("ASSIGNED", "มอบหมาย", () -> {
            page.locator("#unit-ASSIGNED").selectOption(new SelectOption().setLabel("กลุ่มบริหารงานบุคคล"));
            page.locator("#officer-ASSIGNED")
                    .selectOption(new SelectOption().setLabel("เจ้าหน้าที่กลุ่มบริหารงานบุคคล (สาธิต)"));
            page.locator("#internal-ASSIGNED").fill("ตรวจตารางสอนและบันทึกการลา");
        });
        assertThat(page.locator("#case-status")).hasText("มอบหมายผู้รับผิดชอบแล้ว");
        screenshot("complaint-case");

        // Someone of another unit cannot even find it.
        switchTo("saraban");
        expectAnswer(404, "/complaints/" + id);
        page.navigate(url("/complaints/" + id));
        assertThat(page.locator("h1")).not().hasText(code);

        switchTo("personnel");
        page.navigate(url("/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.locator("#step-CLOSED")).hasCount(0);
        act("INVESTIGATING", "เริ่มตรวจสอบ", () -> {});
        act("RESOLVED", "แจ้งผลการดำเนินการ", () -> page.locator("#outcome-RESOLVED")
                .fill("ตักเตือนครูเป็นหนังสือ และจัดครูสอนแทนแล้ว"));
        assertThat(page.locator("#case-status")).hasText("ดำเนินการแล้ว");

        switchTo("legal");
        page.navigate(url("/complaints/" + id));
        act("CLOSED", "ยุติเรื่อง", () -> {});
        assertThat(page.locator("#case-status")).hasText("ยุติเรื่อง");
        assertThat(page.locator("#case-steps li")).hasCount(6);

        // The complainant sees each public step and the outcome, never the internal notes.
        String status = get("/api/v1/public/complaints/" + code, secret);
        assertThat(status).contains("CLOSED").contains("ตักเตือนครูเป็นหนังสือ").contains("เขตรับเรื่องไว้พิจารณาแล้ว");
        assertThat(status).doesNotContain("ตรวจตารางสอน");
    }

    @Test
    void aStepFormLeftOpenWhileTheCaseWentRoundAgainIsRefusedAndChangesNothing() {
        long id =
                caseId(fileAnonymously("192.0.2.217", "รถรับส่งนักเรียนบรรทุกเกิน", "รถรับส่งนักเรียนบรรทุกเกินจำนวน"));
        signIn("legal", DEMO_PASSWORD);
        page.navigate(url("/complaints/" + id));
        act("ACCEPTED", "รับไว้พิจารณา", () -> {});
        goRound();
        // This page stays on the reopened case; on another, the case is forwarded, closed and reopened once more.
        Page stale = page;
        page = context.newPage();
        page.navigate(url("/complaints/" + id));
        goRound();
        page = stale;

        page.locator("#agency-FORWARDED").fill("สำนักงานเขตอื่น");
        page.locator("#on-FORWARDED").fill(java.time.LocalDate.now().toString());
        page.locator("#step-FORWARDED")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ส่งต่อ"))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนคุณ");
        assertThat(page.locator("#case-status")).hasText("เปิดเรื่องใหม่");
        assertThat(page.locator("#case-steps li")).hasCount(8);
        assertThat(page.locator("#case-steps")).not().containsText("สำนักงานเขตอื่น");
        screenshot("complaint-case-stale-step");
        assertAccessible();
    }

    /**
     * On the case page: forwards the case to an agency, closes it and reopens it. The day it went is read in Thai
     * like the page's other days, never as the form's ISO value.
     */
    private void goRound() {
        java.time.LocalDate today = java.time.LocalDate.now();
        act("FORWARDED", "ส่งต่อ", () -> {
            page.locator("#agency-FORWARDED").fill("องค์การบริหารส่วนตำบลตัวอย่าง");
            page.locator("#on-FORWARDED").fill(today.toString());
        });
        assertThat(page.locator("#case-forwarded"))
                .containsText("องค์การบริหารส่วนตำบลตัวอย่าง (" + org.khet.thai.BuddhistDates.abbreviated(today) + ")");
        assertThat(page.locator("#case-forwarded")).not().containsText(today.toString());
        act("CLOSED", "ยุติเรื่อง", () -> {});
        act("REOPENED", "เปิดเรื่องใหม่", () -> {});
    }

    private void act(String to, String button, Runnable fill) {
        fill.run();
        page.locator("#step-" + to)
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(button))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
    }

    private void switchTo(String user) {
        page.context().clearCookies();
        signIn(user, DEMO_PASSWORD);
    }

    private long complainantViews(long id) {
        return jdbc.sql(
                        "select count(*) from platform.audit_event where action = 'VIEW' and entity_type = 'complainant'"
                                + " and entity_id = :id")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private JsonNode post(String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/public/complaints")))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "198.51.100.20")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(r.body());
    }

    private String get(String path, String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("X-Complaint-Secret", secret)
                                .header("X-Forwarded-For", "198.51.100.20")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}

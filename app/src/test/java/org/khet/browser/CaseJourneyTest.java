package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.khet.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journeys through the office's case pages: complaints filed for them, people to name in them, steps taken. */
abstract class CaseJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** Files an anonymous staff-conduct complaint in the demo area through the public API; answers its code. */
    String fileAnonymously(String clientAddress, String subject, String details) {
        Api.Response filed = Api.anonymous(port)
                .with("X-Forwarded-For", clientAddress)
                .post("/api/v1/public/complaints", """
                        {"area_code": "9302", "category": "STAFF_CONDUCT", "subject": "%s",
                         "details": "%s", "anonymous": true}""".formatted(subject, details));
        // Each journey files from an address of its own: the public limits count per client across the whole run.
        org.assertj.core.api.Assertions.assertThat(filed.status())
                .as("filing from %s: %s", clientAddress, filed.body())
                .isEqualTo(201);
        return filed.json().get("tracking_code").asString();
    }

    /** The demo area, 9302. */
    long demoArea() {
        return jdbc.sql("select id from registry.area where code = '9302'")
                .query(Long.class)
                .single();
    }

    /** The administration unit (กลุ่มอำนวยการ) of an area. */
    long adminUnit(long area) {
        return jdbc.sql("select id from registry.unit where area_id = :a and code = 'ADMIN'")
                .param("a", area)
                .query(Long.class)
                .single();
    }

    long caseId(String trackingCode) {
        return jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", trackingCode)
                .query(Long.class)
                .single();
    }

    /** A person in the registry, at a school or (null) at the area office, titled นาย. */
    long person(long area, Long school, String firstName, String lastName, String nationalId) {
        return jdbc.sql("""
                        insert into registry.person (area_id, school_id, title, first_name_th, last_name_th, national_id)
                        values (:a, :s, 'นาย', :f, :l, :n) returning id""")
                .param("a", area)
                .param("s", school)
                .param("f", firstName)
                .param("l", lastName)
                .param("n", nationalId)
                .query(Long.class)
                .single();
    }

    /** On a case page: finds {@code search} among the area's staff and names the candidate {@code fullName}. */
    void nameSubject(String search, String fullName) {
        Locator subject = page.locator("#case-subject-person");
        subject.locator("summary").click();
        subject.getByLabel("ค้นหาชื่อบุคลากรในเขต").fill(search);
        subject.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ค้นหา"))
                .click();
        page.locator("#subject-candidates")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("เลือก " + fullName))
                .first()
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
    }

    /** On a case page: presses {@code button} in {@code section} and sees it saved. */
    void act(String section, String button) {
        page.locator(section)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
    }
}

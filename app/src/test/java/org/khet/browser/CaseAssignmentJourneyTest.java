package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal officer assigns a case. A unit of another area office, a director of another area and a teacher are
 * refused with a reason in Thai, and nothing changes; one of the office's own staff is given the case. Every
 * showing of the case page to the office is logged.
 */
class CaseAssignmentJourneyTest extends CaseJourneyTest {

    @Autowired
    Accounts accounts;

    @Test
    void aCaseGoesOnlyToAUnitAndAnOfficerOfItsOwnAreaOffice() {
        long otherArea = jdbc.sql("""
                        insert into registry.area (code, name_th, name_en, letter_prefix)
                        values ('9397', 'สพป.ทดสอบมอบหมาย', 'Assignment test area', 'ศธ 09397')
                        on conflict (code) do update set code = excluded.code returning id""").query(Long.class).single();
        long otherUnit = jdbc.sql("""
                        insert into registry.unit (area_id, code, name_th, name_en) values (:a, 'LEGAL', 'กลุ่มกฎหมาย', 'Legal')
                        on conflict (area_id, code) do update set code = excluded.code returning id""").param("a", otherArea).query(Long.class).single();
        String otherName = "other.director." + System.nanoTime();
        long otherDirector = accounts.create(
                otherName,
                "ผอ.เขตอื่น",
                null,
                DEMO_PASSWORD,
                List.of(new RoleGrant(Role.AREA_DIRECTOR, otherArea, null, null)));
        long teacher = id("select id from platform.app_user where username = 'teacher'");
        long personnel = id("select id from platform.app_user where username = 'personnel'");
        long ownUnit = id("""
                select g.unit_id from platform.role_grant g join platform.app_user u on u.id = g.user_id
                where u.username = 'personnel' and g.unit_id is not null""");

        String code = fileAnonymously("198.51.100.151", "ครูขาดสอนบ่อย", "ครูขาดสอนเกือบทุกวันศุกร์");
        long id = caseId(code);

        signIn("legal", DEMO_PASSWORD);
        long views = views(id);
        page.navigate(url("/complaints/" + id));
        assertThat(views(id)).as("the case page's showing is logged").isEqualTo(views + 1);
        move(id, Map.of("to", "ACCEPTED"));
        assertThat(page.locator("#case-status")).hasText("รับไว้พิจารณา");

        String before = row(id);
        assign(id, otherUnit, personnel);
        assertThat(page.locator(".alert-danger"))
                .containsText("กลุ่มที่เลือกไม่ได้อยู่ในสำนักงานเขตพื้นที่ของเรื่องนี้");
        assign(id, ownUnit, otherDirector);
        assertThat(page.locator(".alert-danger"))
                .containsText("ผู้รับผิดชอบต้องเป็นบุคลากรของสำนักงานเขตพื้นที่ของเรื่องนี้");
        assign(id, ownUnit, teacher);
        assertThat(page.locator(".alert-danger"))
                .containsText("ผู้รับผิดชอบต้องเป็นบุคลากรของสำนักงานเขตพื้นที่ของเรื่องนี้");
        assertThat(row(id)).as("the case after three refusals").isEqualTo(before);
        assertThat(id("select count(*) from complaints.complaint_step where complaint_id = " + id
                        + " and step = 'ASSIGNED'"))
                .isZero();

        assign(id, ownUnit, personnel);
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(id("select officer_id from complaints.complaint where id = " + id))
                .isEqualTo(personnel);
        assertThat(views(id)).as("every showing is logged").isEqualTo(views + 11);
        assertThat(jdbc.sql("""
                        select distinct username from platform.audit_event
                        where action = 'VIEW' and entity_type = 'complaint' and entity_id = :id""")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("legal");
    }

    private void assign(long id, long unit, long officer) {
        move(id, Map.of("to", "ASSIGNED", "unitId", String.valueOf(unit), "officerId", String.valueOf(officer)));
    }

    /** Posts the step form as the page would, with the page's CSRF token and the case's version, then shows where it leads. */
    private void move(long id, Map<String, String> fields) {
        page.navigate(url("/complaints/" + id));
        FormData form = FormData.create()
                .set("_csrf", page.locator("input[name=_csrf]").first().inputValue())
                .set("version", page.locator("input[name=version]").first().inputValue());
        fields.forEach(form::set);
        APIResponse answer = page.request()
                .post(
                        url("/complaints/" + id + "/move"),
                        RequestOptions.create().setForm(form).setMaxRedirects(0));
        assertThat(answer.status()).isEqualTo(302);
        page.navigate(url("/complaints/" + id));
    }

    private String row(long id) {
        return jdbc.sql("select c::text from complaints.complaint c where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long views(long id) {
        return id("select count(*) from platform.audit_event where action = 'VIEW' and entity_type = 'complaint'"
                + " and entity_id = '" + id + "'");
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

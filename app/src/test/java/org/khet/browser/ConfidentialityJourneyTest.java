package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The director links a staff member's account to their record in the registry; the legal officer names that
 * person as the one a complaint is about; from then on the person cannot find the case, even when it is given to
 * their own unit, and cannot be made its officer.
 */
class ConfidentialityJourneyTest extends CaseJourneyTest {

    @Test
    void aComplaintIsHiddenFromThePersonItIsAbout() {
        var clerk = jdbc.sql("""
                        select p.id, p.title, p.first_name_th, p.last_name_th from registry.person p
                        join registry.unit u on u.id = p.unit_id join registry.position pos on pos.id = p.position_id
                        join registry.area a on a.id = p.area_id
                        where a.code = '9302' and u.code = 'ADMIN' and pos.code = 'GENERAL_OFFICER'
                          and not exists (select 1 from registry.person_account pa where pa.person_id = p.id)
                        order by p.id limit 1""").query().singleRow();
        long personId = (Long) clerk.get("id");
        String name = clerk.get("first_name_th") + " " + clerk.get("last_name_th");
        String fullName = clerk.get("title") + name;

        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/people/" + personId));
        page.getByLabel("ชื่อผู้ใช้", new Page.GetByLabelOptions().setExact(true))
                .fill("nobody.here");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("ไม่พบบัญชีผู้ใช้ nobody.here");
        assertThat(page.locator("#person-account")).hasText("-");
        // An account already linked to someone else is refused, and nothing moves.
        page.getByLabel("ชื่อผู้ใช้", new Page.GetByLabelOptions().setExact(true))
                .fill("personnel");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("บัญชี personnel เชื่อมกับบุคคลอื่นอยู่แล้ว");
        assertThat(page.locator("#person-account")).hasText("-");
        page.getByLabel("ชื่อผู้ใช้", new Page.GetByLabelOptions().setExact(true))
                .fill("saraban");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
        assertThat(page.locator("#person-account")).hasText("saraban");
        assertAccessible();

        String code = fileAnonymously(
                "198.51.100.72",
                "เจ้าหน้าที่สารบรรณไม่ลงรับหนังสือ",
                "ยื่นหนังสือสามครั้ง เจ้าหน้าที่ไม่ลงรับและไม่ให้เลขรับ");

        page.context().clearCookies();
        signIn("legal", DEMO_PASSWORD);
        page.navigate(url("/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        act("#step-ACCEPTED", "รับไว้พิจารณา");
        nameSubject(name, fullName);
        assertThat(page.locator("#case-subject-person")).containsText(name);
        // The person cannot be chosen as the officer; the case goes to their own unit with someone else in charge.
        assertThat(page.locator(
                        "#officer-ASSIGNED option", new Page.LocatorOptions().setHasText("กลุ่มอำนวยการ (สาธิต)")))
                .hasCount(0);
        page.locator("#unit-ASSIGNED").selectOption(new SelectOption().setLabel("กลุ่มอำนวยการ"));
        page.locator("#officer-ASSIGNED")
                .selectOption(new SelectOption().setLabel("เจ้าหน้าที่กลุ่มบริหารงานบุคคล (สาธิต)"));
        act("#step-ASSIGNED", "มอบหมาย");
        assertAccessible();
        screenshot("complaint-subject-named");
        long id = caseId(code);

        // Unit staff would read a case of their unit, but not this one: it is about them.
        page.context().clearCookies();
        signIn("saraban", DEMO_PASSWORD);
        page.navigate(url("/complaints"));
        assertThat(page.locator("main")).not().containsText(code);
        expectAnswer(404, "/complaints/" + id);
        var answer = page.navigate(url("/complaints/" + id));
        assertThat(answer.status()).isEqualTo(404);

        // The officer in charge still works the case, and the demo's own case about the personnel officer stays
        // hidden from that officer.
        page.context().clearCookies();
        signIn("personnel", DEMO_PASSWORD);
        page.navigate(url("/complaints"));
        assertThat(page.locator("main")).containsText(code);
        assertThat(page.locator("main")).not().containsText("เรียกรับเงินเพื่อพิจารณาย้าย");
    }
}

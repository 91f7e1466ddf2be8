package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A director named in a complaint tries, with another director and the administrator, every way through the
 * registry's account links to read the case or hide it from its handlers: unlinking themselves, having someone
 * else unlink or move the link, linking a legal officer to the subject, unlinking the officer in charge. Each is
 * refused with nothing changed (linking the subject's own new account, which could not read the case, is not); the case stays hidden from its subject, in the case list and in the audit log,
 * and readable by its officer and the legal officers.
 */
class CaseSubjectLockJourneyTest extends CaseJourneyTest {

    private static final String PASSWORD = "lock-test-password-1";
    private static final String OWN = "เปลี่ยนการเชื่อมบัญชีของตนเองไม่ได้";
    private static final String LOCKED = "การเชื่อมบัญชีนี้ถูกล็อกไว้";
    private static final String ELSEWHERE = "เชื่อมกับบุคคลอื่นอยู่แล้ว";

    @Autowired
    Accounts accounts;

    private final String tag = Long.toString(System.nanoTime() % 1_000_000);
    private int people;

    @Test
    void noSequenceOfLinkChangesShowsADirectorACaseAboutThemselves() {
        long area = demoArea();
        long unit = adminUnit(area);
        String director =
                user("lockdir" + tag, "ผอ.เขตที่ถูกร้อง " + tag, new RoleGrant(Role.AREA_DIRECTOR, area, null, null));
        String legal =
                user("locklegal" + tag, "นิติกรล็อก " + tag, new RoleGrant(Role.LEGAL_OFFICER, area, null, null));
        String officer =
                user("lockofficer" + tag, "เจ้าหน้าที่ล็อก " + tag, new RoleGrant(Role.AREA_STAFF, area, unit, null));
        long directorPerson = person(area, "ผู้อำนวยการ");
        long otherPerson = person(area, "ครูที่ถูกร้อง");
        long officerPerson = person(area, "เจ้าหน้าที่");

        // First links by the administrator: they only tell Khet more, so they are allowed.
        signIn("admin", ADMIN_PASSWORD);
        link(directorPerson, director);
        assertThat(page.locator("#person-account")).hasText(director);
        link(officerPerson, officer);
        assertThat(page.locator("#person-account")).hasText(officer);

        String aboutDirector = file("198.51.100.81", "ผอ.เขตสั่งจ้างพวกพ้อง");
        String aboutOther = file("198.51.100.82", "ครูเก็บเงินค่าเรียนพิเศษ");
        page.context().clearCookies();
        signIn("legal", DEMO_PASSWORD);
        accept(aboutDirector);
        name("ผู้อำนวยการ");
        accept(aboutOther);
        name("ครูที่ถูกร้อง");
        page.locator("#unit-ASSIGNED").selectOption(new SelectOption().setLabel("กลุ่มอำนวยการ"));
        page.locator("#officer-ASSIGNED").selectOption(new SelectOption().setLabel("เจ้าหน้าที่ล็อก " + tag));
        act("#step-ASSIGNED", "มอบหมาย");

        // The director named in the case, on their own record and on others'.
        page.context().clearCookies();
        signIn(director, PASSWORD);
        refused(directorPerson, "", OWN, director);
        refused(otherPerson, director, ELSEWHERE, "-");
        assertCannotRead(aboutDirector);

        // Another director of the area, then the administrator, asked to undo the rule for them.
        for (String[] who : List.of(new String[] {"director", DEMO_PASSWORD}, new String[] {"admin", ADMIN_PASSWORD})) {
            page.context().clearCookies();
            signIn(who[0], who[1]);
            refused(directorPerson, "", LOCKED, director);
            refused(directorPerson, legal, LOCKED, director);
            refused(otherPerson, legal, LOCKED, "-");
            refused(officerPerson, "", LOCKED, officer);
        }
        page.context().clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        refused(directorPerson, "admin", OWN, director);
        // The subject's own account, which could never read the case, may still be linked to them; then it stays.
        String supervisor =
                user("locksupervisor" + tag, "ศน.ที่ถูกร้อง " + tag, new RoleGrant(Role.SUPERVISOR, area, null, null));
        link(otherPerson, supervisor);
        assertThat(page.locator("#person-account")).hasText(supervisor);
        refused(otherPerson, "", LOCKED, supervisor);

        page.context().clearCookies();
        signIn(director, PASSWORD);
        assertCannotRead(aboutDirector);
        page.navigate(url("/complaints"));
        assertThat(page.locator("main")).containsText(aboutOther);
        for (String[] who : List.of(new String[] {legal, PASSWORD}, new String[] {officer, PASSWORD})) {
            page.context().clearCookies();
            signIn(who[0], who[1]);
            page.navigate(url("/complaints"));
            assertThat(page.locator("main")).containsText(aboutOther);
        }
        page.context().clearCookies();
        signIn(legal, PASSWORD);
        page.navigate(url("/complaints"));
        assertThat(page.locator("main")).containsText(aboutDirector);

        // Every change of link that happened is in the audit log with its before and after; the refused left none.
        List<String> changes = jdbc.sql("""
                        select coalesce(before ->> 'username', '-') || '>' || coalesce(after ->> 'username', '-')
                        from platform.audit_event where entity_type = 'person_account' and entity_id in (:ids) order by id""")
                .param(
                        "ids",
                        List.of(
                                Long.toString(directorPerson),
                                Long.toString(otherPerson),
                                Long.toString(officerPerson)))
                .query(String.class)
                .list();
        assertThat(changes).containsExactly("->" + director, "->" + officer, "->" + supervisor);
    }

    @Test
    void theAuditLogKeepsACaseFromThePersonItIsAbout() {
        long area = demoArea();
        String director = user(
                "auditdir" + tag, "ผอ.เขตผู้อ่านบันทึก " + tag, new RoleGrant(Role.AREA_DIRECTOR, area, null, null));
        long directorPerson = person(area, "ผู้อ่านบันทึก");
        signIn("admin", ADMIN_PASSWORD);
        link(directorPerson, director);
        assertThat(page.locator("#person-account")).hasText(director);
        String about = file("198.51.100.83", "ผอ.เขตใช้รถราชการส่วนตัว");
        page.context().clearCookies();
        signIn("legal", DEMO_PASSWORD);
        accept(about);
        name("ผู้อ่านบันทึก");

        // The auditor and another director read the case's events; its subject, a reader of the same log, does not.
        for (String[] who :
                List.of(new String[] {"auditor", DEMO_PASSWORD}, new String[] {"director", DEMO_PASSWORD})) {
            page.context().clearCookies();
            signIn(who[0], who[1]);
            assertThat(caseEventsInAudit(about)).contains("complaint " + caseId(about));
        }
        page.context().clearCookies();
        signIn(director, PASSWORD);
        assertThat(caseEventsInAudit(about)).isEmpty();
    }

    private String user(String username, String displayName, RoleGrant grant) {
        accounts.create(username, displayName, null, PASSWORD, List.of(grant));
        return username;
    }

    private long person(long area, String firstName) {
        String nationalId = ThaiNationalId.withCheckDigit(String.format("9%06d%05d", Long.parseLong(tag), ++people));
        return person(area, null, firstName, "ล็อก" + tag, nationalId);
    }

    private void link(long personId, String username) {
        page.navigate(url("/people/" + personId));
        page.getByLabel("ชื่อผู้ใช้", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
    }

    private void refused(long personId, String username, String reason, String stillLinked) {
        link(personId, username);
        assertThat(page.locator(".alert-danger")).containsText(reason);
        page.navigate(url("/people/" + personId));
        assertThat(page.locator("#person-account")).hasText(stillLinked);
    }

    private String file(String address, String subject) {
        return fileAnonymously(address, subject, "ทดสอบการล็อกการเชื่อมบัญชี " + tag);
    }

    private void accept(String code) {
        page.navigate(url("/complaints/" + caseId(code)));
        act("#step-ACCEPTED", "รับไว้พิจารณา");
    }

    private void name(String firstName) {
        nameSubject(firstName + " ล็อก" + tag, "นาย" + firstName + " ล็อก" + tag);
    }

    private void assertCannotRead(String code) {
        page.navigate(url("/complaints"));
        assertThat(page.locator("main")).not().containsText(code);
        String path = "/complaints/" + caseId(code);
        expectAnswer(404, path);
        assertThat(page.navigate(url(path)).status()).isEqualTo(404);
    }

    /** The record cells of the audit log's rows about the case, as the signed-in reader finds them. */
    private List<String> caseEventsInAudit(String code) {
        String id = Long.toString(caseId(code));
        page.navigate(url("/audit?what=" + id));
        return page.locator("#results tbody tr td:nth-child(4)").allTextContents().stream()
                .map(String::strip)
                .filter(t -> t.equals("complaint " + id) || t.equals("complainant " + id))
                .toList();
    }
}

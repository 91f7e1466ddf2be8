package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.platform.Accounts;
import org.khet.platform.AuditVisibility;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher named in a case is moved to another school through the registry. The case stays hidden from the
 * director of the school they were at when named as well as from the director of their new school, both of whom
 * otherwise read it as staff of the unit it was given to; the legal officer and the officer in charge still read it.
 */
class CaseSubjectMovedJourneyTest extends CaseJourneyTest {

    private static final String PASSWORD = "moved-test-password-1";

    @Autowired
    Accounts accounts;

    @Autowired
    List<AuditVisibility> auditVisibility;

    private final String tag = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void aSubjectWhoMovesSchoolStaysHiddenFromTheDirectorsOfBothSchools() {
        long area = demoArea();
        long unit = adminUnit(area);
        List<Long> schools = jdbc.sql("select id from registry.school where area_id = :a order by id limit 2")
                .param("a", area)
                .query(Long.class)
                .list();
        long schoolA = schools.get(0);
        long schoolB = schools.get(1);
        String codeB = jdbc.sql("select code from registry.school where id = :s")
                .param("s", schoolB)
                .query(String.class)
                .single();
        // Directors seconded to the unit the case is given to: as its staff they would read it.
        String directorA = user(
                "moveddira" + tag,
                "ผอ.โรงเรียนเดิม " + tag,
                new RoleGrant(Role.SCHOOL_DIRECTOR, area, null, schoolA),
                new RoleGrant(Role.AREA_STAFF, area, unit, null));
        String directorB = user(
                "moveddirb" + tag,
                "ผอ.โรงเรียนใหม่ " + tag,
                new RoleGrant(Role.SCHOOL_DIRECTOR, area, null, schoolB),
                new RoleGrant(Role.AREA_STAFF, area, unit, null));
        String officer =
                user("movedofficer" + tag, "เจ้าหน้าที่ย้าย " + tag, new RoleGrant(Role.AREA_STAFF, area, unit, null));
        long teacher = person(area, schoolA);

        String code = file();
        String path = "/complaints/" + caseId(code);
        signIn("legal", DEMO_PASSWORD);
        page.navigate(url(path));
        act("#step-ACCEPTED", "รับไว้พิจารณา");
        page.locator("#unit-ASSIGNED").selectOption(new SelectOption().setLabel("กลุ่มอำนวยการ"));
        page.locator("#officer-ASSIGNED").selectOption(new SelectOption().setLabel("เจ้าหน้าที่ย้าย " + tag));
        act("#step-ASSIGNED", "มอบหมาย");
        for (String director : List.of(directorA, directorB)) {
            assertThat(statusFor(director, path))
                    .as(director + " before naming")
                    .isEqualTo(200);
        }

        page.context().clearCookies();
        signIn("legal", DEMO_PASSWORD);
        page.navigate(url(path));
        name();
        expectAnswer(404, path);
        assertThat(statusFor(directorA, path)).isEqualTo(404);

        // The area's director moves the teacher to school B through the registry's API.
        Api registry = Api.asUser(port, "director", DEMO_PASSWORD);
        var before = registry.get("/api/v1/people/" + teacher).json();
        var moved = registry.put("/api/v1/people/" + teacher, """
                {"title": "นาย", "first_name_th": "ครูย้าย", "last_name_th": "โรงเรียน%s", "school_code": "%s",
                 "active": true, "version": %d}""".formatted(
                        tag, codeB, before.get("version").asInt()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(jdbc.sql("select school_id from registry.person where id = :p")
                        .param("p", teacher)
                        .query(Long.class)
                        .single())
                .isEqualTo(schoolB);

        for (String director : List.of(directorA, directorB)) {
            expectAnswer(404, path);
            assertThat(statusFor(director, path))
                    .as(director + " after the move")
                    .isEqualTo(404);
            page.navigate(url("/complaints"));
            assertThat(page.locator("main")).not().containsText(code);
            assertThat(hiddenInAudit(director)).contains("complaint " + caseId(code));
        }
        for (String reader : List.of("legal", officer)) {
            assertThat(statusFor(reader, path)).as(reader).isEqualTo(200);
            assertThat(page.locator("main")).containsText(code);
        }
    }

    private String user(String username, String displayName, RoleGrant... grants) {
        accounts.create(username, displayName, null, PASSWORD, List.of(grants));
        return username;
    }

    private long person(long area, long school) {
        // A valid ID, as the registry keeps only valid ones (RegistryApiTest checks every person's in the context).
        String nationalId = ThaiNationalId.withCheckDigit(String.format("8%06d%05d", Long.parseLong(tag), 1));
        return person(area, school, "ครูย้าย", "โรงเรียน" + tag, nationalId);
    }

    private String file() {
        return fileAnonymously(
                "198.51.100.91", "ครูตีนักเรียน " + tag, "ทดสอบการย้ายโรงเรียนของผู้ถูกร้องเรียน " + tag);
    }

    /** Signs in afresh as {@code username} and answers the status of the page at {@code path}. */
    private int statusFor(String username, String path) {
        page.context().clearCookies();
        signIn(username, username.equals("legal") ? DEMO_PASSWORD : PASSWORD);
        return page.navigate(url(path)).status();
    }

    /** The complaint events the audit log leaves out for this user. */
    private List<String> hiddenInAudit(String username) {
        long id = jdbc.sql("select id from platform.app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        KhetUser reader = new KhetUser(id, username, username, "th", accounts.grantsOf(id));
        return auditVisibility.stream()
                .flatMap(v -> v.hiddenFrom(reader).stream())
                .map(e -> e.type() + " " + e.id())
                .toList();
    }

    private void name() {
        nameSubject("ครูย้าย โรงเรียน" + tag, "นายครูย้าย โรงเรียน" + tag);
    }
}

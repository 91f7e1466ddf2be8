package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.khet.Api;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Accounts for an area's school directors and clerks through the page, as its director makes them: who is made and
 * skipped, their grants and registry links, a second run making nothing, the sheet, and the forced change. The area
 * (6404) is the test's own: two schools, each with a director and a clerk, the first school's director linked to an
 * account already, and a teacher who gets none; area 6405 is another area.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaAccountsTest extends AdminApiTest {

    private static final String PASSWORD = "area-accounts-test-password";
    private static final long HOLDERS = 4;
    private static final long LINKED_BEFORE = 1;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void ownAreas() {
        TestArea area = TestArea.open(context, "6404");
        long first = area.school("0001", "โรงเรียนบ้านบัญชีเขตหนึ่ง");
        long second = area.school("0002", "โรงเรียนบ้านบัญชีเขตสอง");
        long linked = area.person("640400000011", "สมศักดิ์", "มีบัญชีแล้ว", "SCHOOL_DIRECTOR", first);
        area.person("640400000012", "สมพร", "ธุรการหนึ่ง", "GENERAL_OFFICER", first);
        area.person("640400000013", "สมบัติ", "ผู้อำนวยการสอง", "SCHOOL_DIRECTOR", second);
        area.person("640400000014", "สมฤดี", "ธุรการสอง", "GENERAL_OFFICER", second);
        area.person("640400000015", "สมหวัง", "ครูไม่ได้บัญชี", "TEACHER", second);
        area.account("linked.6404", PASSWORD, area.schoolRole(Role.SCHOOL_DIRECTOR, first));
        area.link(linked, "linked.6404");
        area.account("director.6404", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
        area.account("teacher.6404", PASSWORD, area.schoolRole(Role.TEACHER, second));
        TestArea.open(context, "6405");
    }

    private static final Pattern SLIP = Pattern.compile(
            "class=\"slip-username\">([^<]+)</dd>.*?class=\"slip-password\">([^<]+)</dd>", Pattern.DOTALL);
    private static final String POSITIONS = "positions=SCHOOL_DIRECTOR&positions=GENERAL_OFFICER";

    record Slip(String username, String password) {}

    @Test
    void theDirectorGivesTheSchoolsDirectorsAndClerksAccountsOnceWithTheirGrantsAndLinks() throws Exception {
        long area = areaId("6404");
        assertThat(holders(area, false)).isEqualTo(HOLDERS);
        assertThat(holders(area, true)).isEqualTo(LINKED_BEFORE);
        long holders = HOLDERS;
        long linkedBefore = LINKED_BEFORE;
        long users = count("select count(*) from platform.app_user");
        WebSession director = WebSession.signedIn(port, "director.6404", PASSWORD);

        String preview =
                director.get("/accounts/area?area=" + area + "&" + POSITIONS).body();
        assertThat(preview).contains("จะสร้างบัญชีใหม่ " + (holders - linkedBefore) + " บัญชี ข้าม " + linkedBefore);

        long started = System.nanoTime();
        var made = director.postForm("/accounts/area", "/accounts/area", "area=" + area + "&" + POSITIONS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Area accounts for area 6404: %d accounts in %d ms%n", holders - linkedBefore, millis);

        assertThat(made.statusCode()).isEqualTo(200);
        List<Slip> slips = slips(made.body());
        assertThat(slips).hasSize((int) (holders - linkedBefore));
        assertThat(made.body()).contains("สร้างบัญชีแล้ว " + slips.size() + " บัญชี ข้าม " + linkedBefore);
        assertThat(count("select count(*) from platform.app_user")).isEqualTo(users + slips.size());
        assertThat(holders(area, true)).as("every holder is linked now").isEqualTo(holders);
        assertThat(count("""
                        select count(*) from registry.person p join registry.position pos on pos.id = p.position_id
                        join registry.person_account a on a.person_id = p.id join platform.app_user u on u.id = a.user_id
                        join platform.role_grant g on g.user_id = u.id and g.school_id = p.school_id and g.area_id = p.area_id
                        where u.must_change_password and p.area_id = %d and (
                          (pos.code = 'SCHOOL_DIRECTOR' and g.role = 'SCHOOL_DIRECTOR' and u.username like '%%.director%%')
                          or (pos.code = 'GENERAL_OFFICER' and g.role = 'SCHOOL_CLERK' and u.username like '%%.clerk%%'))""".formatted(area)))
                .as("each new account holds its position's role at its school and must change its password")
                .isEqualTo(slips.size());
        assertThat(count("select count(*) from platform.audit_event where action = 'CREATE_BATCH' and area_id = "
                        + area))
                .isEqualTo(1);

        var again = director.postForm("/accounts/area", "/accounts/area", "area=" + area + "&" + POSITIONS);
        assertThat(again.body()).contains("สร้างบัญชีแล้ว 0 บัญชี ข้าม " + holders);
        assertThat(count("select count(*) from platform.app_user")).isEqualTo(users + slips.size());

        theSheetIsAThaiPdf(director, made.body());
        aNewAccountMustChangeItsPasswordFirst(slips.get(0));
    }

    @Test
    void aDirectorCannotGiveAccountsInAnotherArea() {
        WebSession director = WebSession.signedIn(port, "director.6404", PASSWORD);
        assertThat(director.get("/accounts/area?area=" + areaId("6405")).statusCode())
                .isEqualTo(403);
        WebSession teacher = WebSession.signedIn(port, "teacher.6404", PASSWORD);
        assertThat(teacher.get("/accounts/area").statusCode()).isEqualTo(403);
    }

    private void theSheetIsAThaiPdf(WebSession director, String sheet) throws Exception {
        Matcher json = Pattern.compile("name=\"slips\" value=\"([^\"]+)\"").matcher(sheet);
        assertThat(json.find()).isTrue();
        String slips = org.springframework.web.util.HtmlUtils.htmlUnescape(json.group(1));
        var pdf = director.postForm("/accounts/area", "/accounts/sheet.pdf", "slips=" + WebSession.enc(slips));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        Path out = Path.of("target", "shots", "slips.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(pdf.body()).startsWith("%PDF");
    }

    private void aNewAccountMustChangeItsPasswordFirst(Slip slip) {
        WebSession owner = new WebSession(port, "198.51.100.210");
        HttpResponse<String> in = owner.signIn(slip.username(), slip.password());
        assertThat(in.headers().firstValue("Location").orElse("")).endsWith("/password/change");
        for (String page : List.of("/", "/schools", "/profile", "/people")) {
            assertThat(owner.get(page).headers().firstValue("Location").orElse(""))
                    .as(page)
                    .endsWith("/password/change");
        }
        assertThat(Api.basic(port, slip.username(), slip.password())
                        .post("/api/v1/tokens", "{}")
                        .status())
                .as("no tokens before the change")
                .isEqualTo(422);

        var same = owner.postForm(
                "/password/change",
                "/password/change",
                "password=" + WebSession.enc(slip.password()) + "&repeat=" + WebSession.enc(slip.password()));
        assertThat(same.body()).contains("ต้องไม่ซ้ำกับรหัสผ่านที่ได้รับ");
        var changed = owner.postForm(
                "/password/change", "/password/change", "password=my-own-password-1&repeat=my-own-password-1");
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/login?changed");

        assertThat(new WebSession(port, "198.51.100.211")
                        .signIn(slip.username(), slip.password())
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("the given password no longer works")
                .endsWith("/login?error");
        WebSession again = WebSession.signedIn(port, slip.username(), "my-own-password-1");
        assertThat(again.get("/schools").statusCode()).isEqualTo(200);
        assertThat(Api.asUser(port, slip.username(), "my-own-password-1")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    private static List<Slip> slips(String html) {
        List<Slip> slips = new ArrayList<>();
        Matcher m = SLIP.matcher(html);
        while (m.find()) {
            slips.add(new Slip(m.group(1), m.group(2)));
        }
        return slips;
    }

    private long holders(long area, boolean linked) {
        return count("""
                select count(*) from registry.person p join registry.position pos on pos.id = p.position_id
                join registry.school s on s.id = p.school_id and s.status = 'OPEN'
                where p.active and p.area_id = %d and pos.code in ('SCHOOL_DIRECTOR', 'GENERAL_OFFICER')
                  and (not %s or exists (select 1 from registry.person_account a where a.person_id = p.id))""".formatted(area, linked));
    }

    private long areaId(String code) {
        return count("select id from registry.area where code = '" + code + "'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

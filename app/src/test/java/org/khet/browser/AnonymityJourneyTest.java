package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo teacher, signed in, tips off the office anonymously and asks a public question, in the browser and
 * through the API with their own token. Every table of the database is then searched: nothing the filings wrote
 * or changed names the teacher, carries their session or their id as an actor, their session's last access has not
 * moved (the public pages are served without a session), the tracking code is nowhere but
 * in the case and its anonymous audit row, and the times kept are whole hours.
 */
class AnonymityJourneyTest extends BrowserTest {

    private static final List<String> ACTOR_COLUMNS =
            List.of("user_id", "created_by", "answered_by", "officer_id", "granted_by", "changed_by");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInTeachersAnonymousTipOffAndQuestionLeaveNothingThatLeadsToThem() {
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.141"));
        Api teachersApi = Api.asUser(port, "teacher", DEMO_PASSWORD).with("X-Forwarded-For", "198.51.100.142");
        signIn("teacher", DEMO_PASSWORD);
        long teacher = jdbc.sql("select id from platform.app_user where username = 'teacher'")
                .query(Long.class)
                .single();
        page.navigate(url("/"));
        String session = sessionId();
        long lastAccess = lastAccess(session);
        long since = jdbc.sql("select txid_current()").query(Long.class).single();

        String code = fileAnonymousTipOff();
        String question = "ถามโดยไม่ระบุตัวตน " + System.nanoTime() + ": ขอย้ายกรณีพิเศษต้องใช้เอกสารใด";
        ask(question);
        Api.Response byApi = teachersApi.post("/api/v1/public/complaints", """
                {"area_code": "9302", "category": "TIP_OFF", "subject": "แจ้งเบาะแสผ่านโปรแกรม",
                 "details": "มีการเรียกรับเงินค่าย้าย", "anonymous": true}""");
        assertThat(byApi.status()).isEqualTo(201);
        String apiCode = byApi.json().get("tracking_code").asString();

        List<String> changed = rowsWrittenSince(since);
        assertThat(changed).as("rows the filings wrote").isNotEmpty();
        assertThat(changed).as("rows naming the teacher").noneMatch(r -> r.contains("teacher"));
        assertThat(changed).as("rows carrying the session").noneMatch(r -> r.contains(session));
        assertThat(actorRowsSince(since, teacher))
                .as("rows with the teacher as actor")
                .isEmpty();
        assertThat(lastAccess(session))
                .as("the teacher's session's last access, after filing on the public pages")
                .isEqualTo(lastAccess);
        assertThat(rowsSince("platform.spring_session", since))
                .as("sessions written by the filings")
                .isEmpty();
        assertThat(rowsSince("platform.spring_session_attributes", since))
                .as("session attributes written by the filings")
                .isEmpty();
        assertThat(rowsSince("platform.event_publication", since))
                .as("event publications of anonymous filings")
                .isEmpty();

        for (String c : List.of(code, apiCode)) {
            assertThat(tablesHolding(c)).as("tables holding " + c).containsExactly("audit_event", "complaint");
            var audit = jdbc.sql("""
                            select user_id, username, (extract(epoch from at)::bigint % 3600 = 0) as whole
                            from platform.audit_event where after ->> 'tracking_code' = :c""").param("c", c).query().singleRow();
            assertThat(audit.get("user_id")).isNull();
            assertThat(audit.get("username")).isEqualTo("anonymous");
            assertThat(audit.get("whole")).as("audit time a whole hour").isEqualTo(true);
            assertThat(wholeHours("""
                            select c.received_at from complaints.complaint c where c.tracking_code = :c
                            union all select s.at from complaints.complaint_step s join complaints.complaint c on c.id = s.complaint_id
                            where c.tracking_code = :c
                            union all select a.added_at from complaints.complaint_attachment a
                            join complaints.complaint c on c.id = a.complaint_id where c.tracking_code = :c""", c)).as("times kept of " + c).containsOnly(true);
        }
        assertThat(wholeHours("select asked_at from questions.public_question where question = :c", question))
                .containsExactly(true);
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event a join questions.public_question q on a.entity_id = q.id::text
                        where a.entity_type = 'public_question' and q.question = :q and a.action = 'CREATE'
                          and a.user_id is null and a.username = 'anonymous'""").param("q", question).query(Long.class).single())
                .isEqualTo(1);
    }

    /**
     * The public pages know nobody, so a named filing there is the visitor's, not the account's, even in a browser
     * signed in to Khet; staff who take a complaint down for someone use the staff intake, which keeps its actor.
     */
    @Test
    void aNamedFilingOnThePublicPagesIsAVisitorsEvenWhenSignedIn() {
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.143"));
        signIn("teacher", DEMO_PASSWORD);
        page.navigate(url("/public/complaints"));
        page.getByLabel("ขอความช่วยเหลือ").first().check();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill("ขอความช่วยเหลือโดยระบุชื่อ");
        page.getByLabel("รายละเอียด").fill("ขอทราบช่องทางขอทุนการศึกษา");
        chooseDemoArea();
        page.locator("#identity-named").check();
        page.locator("#name").fill("ครูผู้แจ้ง ระบุชื่อ");
        page.locator("#phone").fill("0812345678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งเรื่อง"))
                .click();
        assertThat(page.locator("h1")).hasText("ได้รับเรื่องแล้ว");
        var audit = jdbc.sql("select user_id, username from platform.audit_event where after ->> 'tracking_code' = :c")
                .param("c", page.locator("#tracking-code").textContent().strip())
                .query()
                .singleRow();
        assertThat(audit.get("user_id")).isNull();
        assertThat(audit.get("username")).isEqualTo("public");
    }

    private String fileAnonymousTipOff() {
        page.navigate(url("/public/complaints"));
        page.getByLabel("แจ้งเบาะแสการทุจริต").check();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill("เรียกรับเงินค่าย้าย");
        page.getByLabel("รายละเอียด").fill("มีผู้เรียกรับเงินเพื่อพิจารณาย้ายครู");
        chooseDemoSchool();
        page.locator("#identity-anonymous").check();
        page.getByLabel("ภาพถ่ายหรือเอกสารประกอบ (ถ้ามี)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "photo.png", "image/png", org.khet.TestFiles.png()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งเรื่อง"))
                .click();
        assertThat(page.locator("h1")).hasText("ได้รับเรื่องแล้ว");
        return page.locator("#tracking-code").textContent().strip();
    }

    private void ask(String question) {
        page.navigate(url("/public/questions"));
        Locator ask = page.locator("#ask");
        chooseDemoAreaToAsk();
        ask.getByLabel("หัวข้อ").selectOption("TRANSFER");
        ask.getByLabel("คำถาม", new Locator.GetByLabelOptions().setExact(true)).fill(question);
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ส่งคำถาม"))
                .click();
        assertThat(page.locator("#question-asked")).containsText("ได้รับคำถามแล้ว");
    }

    /** The id of the browser's session, as Spring Session stores it (the cookie carries it in Base64). */
    private String sessionId() {
        Cookie cookie = context.cookies().stream()
                .filter(c -> c.name.equals("SESSION"))
                .findFirst()
                .orElseThrow();
        String id = new String(Base64.getDecoder().decode(cookie.value), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select count(*) from platform.spring_session where session_id = :s")
                        .param("s", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        return id;
    }

    /** Spring Session's last access of a session, which moves with every request that reads the session. */
    private long lastAccess(String session) {
        return jdbc.sql("select last_access_time from platform.spring_session where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single();
    }

    private List<String> tables() {
        return jdbc.sql("""
                        select format('%I.%I', table_schema, table_name) from information_schema.tables
                        where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'
                        order by table_name""").query(String.class).list();
    }

    /** Every row of every table inserted or updated by a transaction after {@code since}, as text. */
    private List<String> rowsWrittenSince(long since) {
        List<String> rows = new ArrayList<>();
        for (String table : tables()) {
            rows.addAll(
                    rowsSince(table, since).stream().map(r -> table + ": " + r).toList());
        }
        return rows;
    }

    private List<String> rowsSince(String table, long since) {
        return jdbc.sql("select t::text from " + table + " t where t.xmin::text::bigint > :since")
                .param("since", since)
                .query(String.class)
                .list();
    }

    /** Rows written since {@code since} whose actor column (user_id, created_by …) is the given user. */
    private List<String> actorRowsSince(long since, long user) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                        select format('%I.%I', table_schema, table_name) as table_name, column_name
                        from information_schema.columns join information_schema.tables using (table_schema, table_name)
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                          and column_name = any(:names)""")
                .param("names", ACTOR_COLUMNS.toArray(String[]::new))
                .query()
                .listOfRows();
        for (Map<String, Object> c : columns) {
            found.addAll(jdbc.sql("select t::text from " + c.get("table_name") + " t where t.xmin::text::bigint"
                            + " > :since and t.\"" + c.get("column_name") + "\" = :user")
                    .param("since", since)
                    .param("user", user)
                    .query(String.class)
                    .list());
        }
        return found;
    }

    /** The tables with a row whose text holds {@code text}, one name per row found. */
    private List<String> tablesHolding(String text) {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            long n = jdbc.sql("select count(*) from " + table + " t where strpos(t::text, :s) > 0")
                    .param("s", text)
                    .query(Long.class)
                    .single();
            for (long i = 0; i < n; i++) {
                found.add(table.substring(table.indexOf('.') + 1));
            }
        }
        return found;
    }

    private List<Boolean> wholeHours(String select, String param) {
        return jdbc.sql("select extract(epoch from x.t)::bigint % 3600 = 0 from (" + select + ") as x(t)")
                .param("c", param)
                .query(Boolean.class)
                .list();
    }
}

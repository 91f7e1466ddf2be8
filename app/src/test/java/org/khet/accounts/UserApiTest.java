package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

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

/** POST /api/v1/users: who may make accounts where, what a made account can do at once, and every refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserApiTest extends AdminApiTest {

    private static final String PASSWORD = "user-api-test-password";

    @Autowired
    ApplicationContext context;

    /** Area 6401 with schools 64010002–64010005, its director and a teacher; area 6402 is another area. */
    @BeforeAll
    void ownAreas() {
        TestArea area = TestArea.open(context, "6401");
        for (String number : new String[] {"0002", "0003", "0004", "0005"}) {
            area.school(number, "โรงเรียนบ้านบัญชี " + number);
        }
        TestArea.open(context, "6402");
        area.account("director.6401", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
        area.account("teacher.6401", PASSWORD, area.schoolRole(Role.TEACHER, schoolId("64010003")));
    }

    private long schoolId(String code) {
        return jdbc.sql("select id from registry.school where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    @Test
    void theAdministratorMakesAnAccountReadyForUseAtOnce() {
        var made = admin.post("/api/v1/users", """
                {"username":"api.clerk1","password":"clerk-password-1","display_name":"นางสาวธุรการ ทดสอบ",
                 "grants":[{"role":"SCHOOL_CLERK","school_code":"64010002"},
                           {"role":"AREA_STAFF","area_code":"6401","unit_code":"PLAN"}]}""");

        assertThat(made.status()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(made.json().get("username").asString()).isEqualTo("api.clerk1");
        assertThat(made.json().get("display_name").asString()).isEqualTo("นางสาวธุรการ ทดสอบ");
        assertThat(made.json().get("grants").toString())
                .isEqualTo("[{\"role\":\"SCHOOL_CLERK\",\"school_code\":\"64010002\"},"
                        + "{\"role\":\"AREA_STAFF\",\"area_code\":\"6401\",\"unit_code\":\"PLAN\"}]");
        assertThat(made.body()).doesNotContain("clerk-password-1").doesNotContain("password");
        assertThat(admin.get("/api/v1/users/" + id).json().get("username").asString())
                .isEqualTo("api.clerk1");

        Api clerk = Api.asUser(port, "api.clerk1", "clerk-password-1");
        assertThat(clerk.get("/api/v1/schools/64010002").status()).isEqualTo(200);
        var browser = new WebSession(port, "198.51.100.201");
        assertThat(browser.signIn("api.clerk1", "clerk-password-1")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("no forced change for a password its maker chose")
                .doesNotContain("/password/change")
                .doesNotContain("/login");
        assertThat(browser.get("/schools").statusCode()).isEqualTo(200);
    }

    @Test
    void eachFaultIsRefusedWithItsFieldAndNothingIsMade() {
        refused("{}", 422, "username", "display_name", "password", "grants");
        refused(user("api.bad1", "short", "{\"role\":\"TEACHER\",\"school_code\":\"64010002\"}"), 422, "password");
        refused(
                user("api.bad2", "long-enough-pw", "{\"role\":\"SUPERVISOR\",\"area_code\":\"0000\"}"),
                422,
                "grants[0].area_code");
        refused(
                user(
                        "api.bad3",
                        "long-enough-pw",
                        "{\"role\":\"AREA_STAFF\",\"area_code\":\"6401\",\"unit_code\":\"NOPE\"}"),
                422,
                "grants[0].unit_code");
        refused(
                user("api.bad4", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"99999999\"}"),
                422,
                "grants[0].school_code");
        refused(
                user("api.bad5", "long-enough-pw", "{\"role\":\"AREA_STAFF\",\"area_code\":\"6401\"}"),
                422,
                "grants[0].role");
        refused(
                user("api.bad6", "long-enough-pw", "{\"role\":\"TEACHER\",\"area_code\":\"6401\"}"),
                422,
                "grants[0].role");
        refused(
                user("api.bad7", "long-enough-pw", "{\"role\":\"KING\",\"area_code\":\"6401\"}"),
                422,
                "grants[0].role");
        refused(
                user("Bad Name", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"64010002\"}"),
                422,
                "username");
        var taken = refused(
                user("director.6401", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"64010002\"}"),
                409,
                "username");
        assertThat(taken.json().get("detail_th").asString()).contains("มีอยู่แล้ว");
        assertThat(count("api.bad%")).isZero();
    }

    @Test
    void anAreaDirectorMakesAccountsOnlyInTheirOwnArea() {
        Api director = Api.asUser(port, "director.6401", PASSWORD);

        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.teacher6401",
                                        "teacher-password-1",
                                        "{\"role\":\"TEACHER\",\"school_code\":\"64010003\"}"))
                        .status())
                .isEqualTo(201);
        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.outside",
                                        "outside-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"6402\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.outside",
                                        "outside-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"6401\"},{\"role\":\"SYSTEM_ADMIN\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/api/v1/users",
                                user(
                                        "api.supervisor6402",
                                        "supervisor-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"6402\"}"))
                        .status())
                .isEqualTo(201);
        Api teacher = Api.asUser(port, "teacher.6401", PASSWORD);
        assertThat(teacher.post(
                                "/api/v1/users",
                                user(
                                        "api.byteacher",
                                        "teacher-password-2",
                                        "{\"role\":\"TEACHER\",\"school_code\":\"64010003\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(count("api.outside")).isZero();
        assertThat(count("api.byteacher")).isZero();
    }

    @Test
    void theAnswerNamesWhereTheAccountIsAndProblemsAreProblems() throws Exception {
        String token = Api.basic(port, "admin", ADMIN_PASSWORD)
                .post("/api/v1/tokens", "{}")
                .json()
                .get("token")
                .asString();
        var http = java.net.http.HttpClient.newHttpClient();
        var made = http.send(
                post(
                        token,
                        user("api.located", "located-password", "{\"role\":\"TEACHER\",\"school_code\":\"64010004\"}")),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).isEqualTo(201);
        String id = Api.bearer(port, token)
                .get("/api/v1/users/" + made.body().replaceAll(".*\"id\":(\\d+).*", "$1"))
                .json()
                .get("id")
                .toString();
        assertThat(made.headers().firstValue("Location").orElse("")).endsWith("/api/v1/users/" + id);

        var again = http.send(
                post(
                        token,
                        user("api.located", "located-password", "{\"role\":\"TEACHER\",\"school_code\":\"64010004\"}")),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private java.net.http.HttpRequest post(String token, String body) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    @Test
    void anAdministratorsResetSendsTheOwnerToChooseTheirOwnPassword() {
        long id = admin.post(
                        "/api/v1/users",
                        user("api.resetme", "resetme-password", "{\"role\":\"TEACHER\",\"school_code\":\"64010005\"}"))
                .json()
                .get("id")
                .asLong();
        WebSession administrator = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        administrator.postForm("/admin/users/" + id, "/admin/users/" + id + "/password", "password=given-by-admin-1");

        var owner = new WebSession(port, "198.51.100.202");
        assertThat(owner.signIn("api.resetme", "given-by-admin-1")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/password/change");
        assertThat(owner.get("/profile").headers().firstValue("Location").orElse(""))
                .endsWith("/password/change");
        assertThat(Api.basic(port, "api.resetme", "given-by-admin-1")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(422);
    }

    private Api.Response refused(String body, int status, String... fields) {
        var answer = admin.post("/api/v1/users", body);
        assertThat(answer.status()).as(body).isEqualTo(status);
        assertThat(answer.json().get("detail_th").asString()).isNotBlank();
        var errors = answer.json().get("errors").toString();
        for (String field : fields) {
            assertThat(errors).as(body).contains("\"field\":\"" + field + "\"");
        }
        assertThat(errors).contains("message_th").contains("message_en");
        return answer;
    }

    private long count(String like) {
        return jdbc.sql("select count(*) from platform.app_user where username like :u")
                .param("u", like)
                .query(Long.class)
                .single();
    }

    private static String user(String username, String password, String grants) {
        return """
                {"username":"%s","password":"%s","display_name":"ทดสอบ","grants":[%s]}""".formatted(username, password, grants);
    }
}

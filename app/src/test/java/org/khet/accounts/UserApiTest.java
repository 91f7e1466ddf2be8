package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.Api;
import org.khet.WebSession;

/** POST /api/v1/users: who may make accounts where, what a made account can do at once, and every refusal. */
class UserApiTest extends AdminApiTest {

    @BeforeEach
    void anotherArea() {
        admin.post(
                "/api/v1/areas",
                "{\"code\":\"8620\",\"name_th\":\"สพป.บัญชี เขต 1\",\"name_en\":\"Accounts Area 1\",\"letter_prefix\":\"ศธ 08620\"}");
    }

    @Test
    void theAdministratorMakesAnAccountReadyForUseAtOnce() {
        var made = admin.post("/api/v1/users", """
                {"username":"api.clerk1","password":"clerk-password-1","display_name":"นางสาวธุรการ ทดสอบ",
                 "grants":[{"role":"SCHOOL_CLERK","school_code":"93020002"},
                           {"role":"AREA_STAFF","area_code":"9302","unit_code":"PLAN"}]}""");

        assertThat(made.status()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(made.json().get("username").asString()).isEqualTo("api.clerk1");
        assertThat(made.json().get("display_name").asString()).isEqualTo("นางสาวธุรการ ทดสอบ");
        assertThat(made.json().get("grants").toString())
                .isEqualTo("[{\"role\":\"SCHOOL_CLERK\",\"school_code\":\"93020002\"},"
                        + "{\"role\":\"AREA_STAFF\",\"area_code\":\"9302\",\"unit_code\":\"PLAN\"}]");
        assertThat(made.body()).doesNotContain("clerk-password-1").doesNotContain("password");
        assertThat(admin.get("/api/v1/users/" + id).json().get("username").asString())
                .isEqualTo("api.clerk1");

        Api clerk = Api.asUser(port, "api.clerk1", "clerk-password-1");
        assertThat(clerk.get("/api/v1/schools/93020002").status()).isEqualTo(200);
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
        refused(user("api.bad1", "short", "{\"role\":\"TEACHER\",\"school_code\":\"93020002\"}"), 422, "password");
        refused(
                user("api.bad2", "long-enough-pw", "{\"role\":\"SUPERVISOR\",\"area_code\":\"0000\"}"),
                422,
                "grants[0].area_code");
        refused(
                user(
                        "api.bad3",
                        "long-enough-pw",
                        "{\"role\":\"AREA_STAFF\",\"area_code\":\"9302\",\"unit_code\":\"NOPE\"}"),
                422,
                "grants[0].unit_code");
        refused(
                user("api.bad4", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"99999999\"}"),
                422,
                "grants[0].school_code");
        refused(
                user("api.bad5", "long-enough-pw", "{\"role\":\"AREA_STAFF\",\"area_code\":\"9302\"}"),
                422,
                "grants[0].role");
        refused(
                user("api.bad6", "long-enough-pw", "{\"role\":\"TEACHER\",\"area_code\":\"9302\"}"),
                422,
                "grants[0].role");
        refused(
                user("api.bad7", "long-enough-pw", "{\"role\":\"KING\",\"area_code\":\"9302\"}"),
                422,
                "grants[0].role");
        refused(
                user("Bad Name", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"93020002\"}"),
                422,
                "username");
        var taken = refused(
                user("director", "long-enough-pw", "{\"role\":\"TEACHER\",\"school_code\":\"93020002\"}"),
                409,
                "username");
        assertThat(taken.json().get("detail_th").asString()).contains("มีอยู่แล้ว");
        assertThat(count("api.bad%")).isZero();
    }

    @Test
    void anAreaDirectorMakesAccountsOnlyInTheirOwnArea() {
        Api director = Api.asUser(port, "director", DEMO_PASSWORD);

        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.teacher9302",
                                        "teacher-password-1",
                                        "{\"role\":\"TEACHER\",\"school_code\":\"93020003\"}"))
                        .status())
                .isEqualTo(201);
        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.outside",
                                        "outside-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"8620\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(director.post(
                                "/api/v1/users",
                                user(
                                        "api.outside",
                                        "outside-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"9302\"},{\"role\":\"SYSTEM_ADMIN\"}"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/api/v1/users",
                                user(
                                        "api.supervisor8620",
                                        "supervisor-password",
                                        "{\"role\":\"SUPERVISOR\",\"area_code\":\"8620\"}"))
                        .status())
                .isEqualTo(201);
        Api teacher = Api.asUser(port, "teacher", DEMO_PASSWORD);
        assertThat(teacher.post(
                                "/api/v1/users",
                                user(
                                        "api.byteacher",
                                        "teacher-password-2",
                                        "{\"role\":\"TEACHER\",\"school_code\":\"93020003\"}"))
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
                        user("api.located", "located-password", "{\"role\":\"TEACHER\",\"school_code\":\"93020004\"}")),
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
                        user("api.located", "located-password", "{\"role\":\"TEACHER\",\"school_code\":\"93020004\"}")),
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
                        user("api.resetme", "resetme-password", "{\"role\":\"TEACHER\",\"school_code\":\"93020005\"}"))
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

package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.khet.Api;
import org.khet.platform.Role;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The registry's API. The demo area's seed data is checked as the demo; everything else works on area 6408 of the
 * test's own (three schools, an area director, a supervisor, a legal officer), and the area it creates is 6409.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiTest extends AdminApiTest {

    private static final String PASSWORD = "registry-api-test-password";

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void ownArea() {
        TestArea area = TestArea.open(context, "6408");
        area.school("0001", "โรงเรียนบ้านควนขนุน");
        area.school("0002", "โรงเรียนบ้านควนเนียง");
        area.school("0003", "โรงเรียนขนุนทองวิทยา");
        area.account("director.6408", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
        area.account("supervisor.6408", PASSWORD, area.areaRole(Role.SUPERVISOR));
        area.account("legal.6408", PASSWORD, area.areaRole(Role.LEGAL_OFFICER));
    }

    @Test
    void demoAreaHasTheSeedNetworksSchoolsAndValidFictionalIds() {
        assertThat(jdbc.sql(
                                "select n.name_th from registry.network n join registry.area a on a.id = n.area_id where a.code = '9302'")
                        .query(String.class)
                        .list())
                .contains(
                        "เครือข่ายตะโหมด",
                        "เครือข่ายสองเกาะ",
                        "เครือข่ายไพรวัลย์/คีรีรัตน์",
                        "เครือข่ายควนขนุนหานโพธิ์")
                .hasSize(9);
        long schools = jdbc.sql(
                        "select count(*) from registry.school s join registry.area a on a.id = s.area_id where a.code = '9302'")
                .query(Long.class)
                .single();
        assertThat(schools).isBetween(110L, 130L);
        assertThat(jdbc.sql(
                                "select p.national_id from registry.person p join registry.area a on a.id = p.area_id where a.code = '9302'")
                        .query(String.class)
                        .list())
                .hasSizeGreaterThan(500)
                .allMatch(ThaiNationalId::isValid);
    }

    @Test
    void searchFindsSchoolsByThaiWordsInAnyOrder() {
        var r = admin.get("/api/v1/schools?area=6408&q=" + URLEncoder.encode("ขนุนควน", StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        var items = r.json().get("items").valueStream().toList();
        assertThat(items)
                .extracting(n -> n.get("name_th").asString())
                .as("not the schools with only one of the words")
                .containsExactly("โรงเรียนบ้านควนขนุน");
        assertThat(admin.get("/api/v1/schools?q=" + URLEncoder.encode("ขนุนควน", StandardCharsets.UTF_8))
                        .json()
                        .get("items")
                        .valueStream()
                        .map(n -> n.get("school_code").asString()))
                .as("found in every area")
                .contains("64080001")
                .doesNotContain("64080002", "64080003");
        assertThat(items)
                .extracting(n -> n.get("name_th").asString()
                        + n.get("amphoe").asString()
                        + n.get("tambon").asString()
                        + n.get("network").asString())
                .allMatch(text -> text.contains("ควน") && text.contains("ขนุน"));
        var none =
                admin.get("/api/v1/schools?q=" + URLEncoder.encode("ไม่มีโรงเรียนนี้แน่นอน", StandardCharsets.UTF_8));
        assertThat(none.json().get("total").asLong()).isZero();
    }

    @Test
    void creatingAnAreaNeedsTheAdministratorAndValidFields() {
        var bad = admin.post(
                "/api/v1/areas", "{\"code\":\"\",\"name_th\":\"\",\"name_en\":\"x\",\"letter_prefix\":\"abc\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field")
                        .asString()))
                .contains("code", "name_th", "letter_prefix");
        assertThat(bad.json().get("detail_th").asString()).contains("ไม่ถูกต้อง");

        var director = Api.asUser(port, "director.6408", PASSWORD);
        var forbidden = director.post(
                "/api/v1/areas",
                "{\"code\":\"6410\",\"name_th\":\"ทดสอบ\",\"name_en\":\"Test\",\"letter_prefix\":\"ศธ 06410\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/areas/6410/units").status()).isEqualTo(404);

        var created = admin.post(
                "/api/v1/areas",
                "{\"code\":\"6409\",\"name_th\":\"สพป.ทดสอบ เขต 1\",\"name_en\":\"Test Area 1\",\"letter_prefix\":\"ศธ 06409\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/areas/6409/units").json().size()).isEqualTo(9);
        assertThat(admin.post(
                                "/api/v1/areas",
                                "{\"code\":\"6409\",\"name_th\":\"ซ้ำ\",\"name_en\":\"Dup\",\"letter_prefix\":\"ศธ 06409\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedAsProblems() {
        var none = Api.anonymous(port).get("/api/v1/schools");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("detail_th").asString()).isNotBlank();
        assertThat(Api.bearer(port, "khet_nonsense").get("/api/v1/schools").status())
                .isEqualTo(401);
        assertThat(Api.basic(port, "admin", "wrong-password")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(401);
        assertThat(Api.basic(port, "admin", ADMIN_PASSWORD)
                        .get("/api/v1/schools")
                        .status())
                .as("Basic is accepted only to obtain a token")
                .isEqualTo(401);
    }

    @Test
    void aRevokedTokenStopsWorking() {
        var r = Api.basic(port, "supervisor.6408", PASSWORD).post("/api/v1/tokens", "{\"name\":\"to revoke\"}");
        String token = r.json().get("token").asString();
        var api = Api.bearer(port, token);
        assertThat(api.get("/api/v1/me").json().get("username").asString()).isEqualTo("supervisor.6408");
        long id = api.get("/api/v1/tokens")
                .json()
                .valueStream()
                .filter(t -> t.get("name").asString().equals("to revoke"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(api.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from platform.api_token where token_hash = :t or name = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
    }

    @Test
    void theApiIsDescribedByOpenApiWithABrowsableUi() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/schools/import", "/api/v1/people/import", "/api/v1/areas", "/api/v1/tokens");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
        // fields are described as the API reads them (snake_case), not as the Java records name them
        var leave =
                docs.json().get("components").get("schemas").get("LeaveBody").get("properties");
        assertThat(leave.propertyNames()).contains("first_day", "last_day").doesNotContain("firstDay");
    }

    @Test
    void aTokenCannotMakeMoreTokens() {
        var api = Api.asUser(port, "legal.6408", PASSWORD);
        assertThat(api.post("/api/v1/tokens", "{\"name\":\"copy\"}").status()).isEqualTo(403);
    }
}

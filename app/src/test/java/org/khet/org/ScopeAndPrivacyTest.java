package org.khet.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScopeAndPrivacyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Areas areas;

    @Autowired
    People people;

    @Test
    void aUserOfOneAreaNeverSeesAnotherAreasData() {
        var admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        admin.post(
                "/api/v1/areas",
                "{\"code\":\"6001\",\"name_th\":\"สพป.อื่น เขต 1\",\"name_en\":\"Other Area 1\",\"letter_prefix\":\"ศธ 04601\"}");
        long other = areas.byCode("6001").orElseThrow().id();
        if (!accounts.exists("other.director")) {
            accounts.create(
                    "other.director",
                    "ผอ.เขตอื่น",
                    null,
                    DEMO_PASSWORD,
                    List.of(new RoleGrant(Role.AREA_DIRECTOR, other, null, null)));
        }
        var outsider = Api.asUser(port, "other.director", DEMO_PASSWORD);
        assertThat(outsider.get("/api/v1/schools/93020001").status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/schools").json().get("total").asLong()).isZero();
        assertThat(outsider.get("/api/v1/people").json().get("total").asLong()).isZero();
        assertThat(outsider.get("/api/v1/areas").json().valueStream().map(a -> a.get("code")
                        .asString()))
                .containsExactly("6001");
        String update = "{\"name_th\":\"ถูกแก้\",\"amphoe\":\"x\",\"tambon\":\"y\",\"status\":\"OPEN\",\"version\":0}";
        assertThat(outsider.put("/api/v1/schools/93020001", update).status()).isEqualTo(404);
        assertThat(Api.asUser(port, "director", DEMO_PASSWORD)
                        .get("/api/v1/schools/93020001")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTeacherReadsButCannotEditTheRegistry() {
        var teacher = Api.asUser(port, "teacher", DEMO_PASSWORD);
        var school = teacher.get("/api/v1/schools/93020002").json();
        String update = "{\"name_th\":\"" + school.get("name_th").asString() + "\",\"amphoe\":\"x\",\"tambon\":\"y\","
                + "\"status\":\"OPEN\",\"version\":" + school.get("version").asInt() + "}";
        assertThat(teacher.put("/api/v1/schools/93020002", update).status()).isEqualTo(403);
    }

    @Test
    void aSchoolClerkEditsOnlyTheirOwnSchoolAndTheChangeIsAudited() {
        var clerk = Api.asUser(port, "school.clerk", DEMO_PASSWORD);
        var own = clerk.get("/api/v1/schools/93020001").json();
        String update = "{\"name_th\":\"" + own.get("name_th").asString() + "\",\"amphoe\":\""
                + own.get("amphoe").asString()
                + "\",\"tambon\":\"" + own.get("tambon").asString() + "\",\"status\":\"OPEN\",\"phone\":\"074-123456\","
                + "\"network_id\":" + own.get("network_id").asLong() + ",\"version\":"
                + own.get("version").asInt() + "}";
        var saved = clerk.put("/api/v1/schools/93020001", update);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("phone").asString()).isEqualTo("074-123456");
        var audit = jdbc.sql("select username, before::text, after::text from audit_event where entity_type = 'school' "
                        + "and entity_id = '93020001' and action = 'UPDATE' order by id desc limit 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(audit.get(0)).isEqualTo("school.clerk");
        assertThat(audit.get(2)).contains("074-123456");
        assertThat(audit.get(1)).doesNotContain("074-123456");

        assertThat(clerk.put("/api/v1/schools/93020001", update).status())
                .as("the same edit again carries a stale version")
                .isEqualTo(422);
        assertThat(clerk.put("/api/v1/schools/93020002", update).status()).isEqualTo(403);
    }

    @Test
    void nationalIdsLeaveMaskedAndAFullViewIsLoggedForThoseWhoMayHaveIt() {
        var teacher = Api.asUser(port, "teacher", DEMO_PASSWORD);
        var person = teacher.get("/api/v1/people?school=93020001")
                .json()
                .get("items")
                .get(0);
        assertThat(person.get("national_id_masked").asString()).matches("\\d-\\d{4}-xxxxx-xx-\\d");
        assertThat(teacher.get("/api/v1/people?school=93020001").body()).doesNotContainPattern("\\d{13}");

        long id = person.get("id").asLong();
        var teacherUser = accounts.signedIn(accounts.byUsername("teacher").orElseThrow());
        assertThatThrownBy(() -> people.reveal(id, teacherUser)).isInstanceOf(ForbiddenException.class);

        var personnel = accounts.signedIn(accounts.byUsername("personnel").orElseThrow());
        long viewsBefore = views(id);
        String full = people.reveal(id, personnel);
        assertThat(full).matches("\\d-\\d{4}-\\d{5}-\\d{2}-\\d");
        assertThat(views(id)).isEqualTo(viewsBefore + 1);
    }

    private long views(long personId) {
        return jdbc.sql(
                        "select count(*) from audit_event where action = 'VIEW' and entity_type = 'person' and entity_id = :id")
                .param("id", String.valueOf(personId))
                .query(Long.class)
                .single();
    }
}

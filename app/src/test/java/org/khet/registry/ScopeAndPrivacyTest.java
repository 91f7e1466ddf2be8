package org.khet.registry;

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
        var audit = jdbc.sql(
                        "select username, before::text, after::text from platform.audit_event where entity_type = 'school' "
                                + "and entity_id = '93020001' and action = 'UPDATE' order by id desc limit 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(audit.get(0)).isEqualTo("school.clerk");
        assertThat(audit.get(2)).contains("074-123456");
        assertThat(audit.get(1)).doesNotContain("074-123456");

        assertThat(clerk.put("/api/v1/schools/93020001", update).status())
                .as("the same edit again carries a stale version")
                .isEqualTo(409);
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
                        "select count(*) from platform.audit_event where action = 'VIEW' and entity_type = 'person' and entity_id = :id")
                .param("id", String.valueOf(personId))
                .query(Long.class)
                .single();
    }

    @Autowired
    PersonEditor editor;

    @Test
    void readOnlyRolesCannotChangeAreaSettingsAndClerksCannotMovePeopleOut() {
        long area = areas.byCode("9302").orElseThrow().id();
        var supervisor = accounts.signedIn(accounts.byUsername("supervisor").orElseThrow());
        assertThatThrownBy(() -> areas.setSizeScheme(area, "OBEC7", supervisor)).isInstanceOf(ForbiddenException.class);

        var clerk = accounts.signedIn(accounts.byUsername("school.clerk").orElseThrow());
        var teacher = people
                .search(
                        new People.Filter(
                                "", clerk.schoolIds().iterator().next(), null, org.khet.shared.PageNumber.FIRST),
                        clerk)
                .rows()
                .stream()
                .filter(p -> p.positionId() != null)
                .findFirst()
                .orElseThrow();
        var move = new PersonForm(
                teacher.title(),
                teacher.firstNameTh(),
                teacher.lastNameTh(),
                teacher.positionId(),
                teacher.academicStanding(),
                "93020002",
                null,
                "",
                teacher.phone(),
                teacher.email(),
                true,
                teacher.version());
        assertThatThrownBy(() -> editor.update(teacher.id(), move, clerk)).isInstanceOf(ForbiddenException.class);
        assertThat(people.byId(teacher.id()).orElseThrow().schoolId()).isEqualTo(teacher.schoolId());
    }

    @Test
    void aPeopleFileWithoutPlaceColumnsKeepsWherePeopleWork() {
        var staff = Api.asUser(port, "personnel", DEMO_PASSWORD);
        var person = jdbc.sql("select p.id, p.national_id, p.first_name_th, p.last_name_th, p.school_id "
                        + "from registry.person p where p.school_id is not null order by p.id limit 1")
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        String file = "area_code,national_id,first_name_th,last_name_th,position\n9302," + person.get(1) + ","
                + person.get(2) + "," + person.get(3) + "x,TEACHER\n";
        var r = staff.upload(
                "/api/v1/people/import", "names.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(jdbc.sql("select school_id::text from registry.person where id = :id")
                        .param("id", Long.parseLong(person.get(0)))
                        .query(String.class)
                        .single())
                .isEqualTo(person.get(4));
    }
}

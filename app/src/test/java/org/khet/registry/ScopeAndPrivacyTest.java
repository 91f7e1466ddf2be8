package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees and changes what of the registry, on areas of the test's own: area 6412 with schools 64120001 (a teacher
 * and a clerk on the staff) and 64120002, its director, personnel staff, supervisor, a teacher's and a clerk's
 * accounts; area 6413 is another area with its own director.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeAndPrivacyTest extends IntegrationTest {

    private static final String PASSWORD = "scope-and-privacy-test-password";
    private static final String NAMED = "641200000012";

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

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void ownAreas() {
        TestArea area = TestArea.open(context, "6412");
        long school = area.school("0001", "โรงเรียนบ้านขอบเขตหนึ่ง");
        area.school("0002", "โรงเรียนบ้านขอบเขตสอง");
        area.person("641200000011", "สมศรี", "ครูขอบเขต", "TEACHER", school);
        area.person(NAMED, "สมนึก", "ธุรการขอบเขต", "GENERAL_OFFICER", school);
        area.account("director.6412", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
        area.account("personnel.6412", PASSWORD, area.unitRole(Role.AREA_STAFF, "PERSONNEL"));
        area.account("supervisor.6412", PASSWORD, area.areaRole(Role.SUPERVISOR));
        area.account("teacher.6412", PASSWORD, area.schoolRole(Role.TEACHER, school));
        area.account("clerk.6412", PASSWORD, area.schoolRole(Role.SCHOOL_CLERK, school));
        TestArea other = TestArea.open(context, "6413");
        other.account("director.6413", PASSWORD, other.areaRole(Role.AREA_DIRECTOR));
    }

    @Test
    void aUserOfOneAreaNeverSeesAnotherAreasData() {
        var outsider = Api.asUser(port, "director.6413", PASSWORD);
        assertThat(outsider.get("/api/v1/schools/64120001").status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/schools").json().get("total").asLong()).isZero();
        assertThat(outsider.get("/api/v1/people").json().get("total").asLong()).isZero();
        assertThat(outsider.get("/api/v1/areas").json().valueStream().map(a -> a.get("code")
                        .asString()))
                .containsExactly("6413");
        String update = "{\"name_th\":\"ถูกแก้\",\"amphoe\":\"x\",\"tambon\":\"y\",\"status\":\"OPEN\",\"version\":0}";
        assertThat(outsider.put("/api/v1/schools/64120001", update).status()).isEqualTo(404);
        assertThat(Api.asUser(port, "director.6412", PASSWORD)
                        .get("/api/v1/schools/64120001")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTeacherReadsButCannotEditTheRegistry() {
        var teacher = Api.asUser(port, "teacher.6412", PASSWORD);
        var school = teacher.get("/api/v1/schools/64120002").json();
        String update = "{\"name_th\":\"" + school.get("name_th").asString() + "\",\"amphoe\":\"x\",\"tambon\":\"y\","
                + "\"status\":\"OPEN\",\"version\":" + school.get("version").asInt() + "}";
        assertThat(teacher.put("/api/v1/schools/64120002", update).status()).isEqualTo(403);
    }

    @Test
    void aSchoolClerkEditsOnlyTheirOwnSchoolAndTheChangeIsAudited() {
        var clerk = Api.asUser(port, "clerk.6412", PASSWORD);
        var own = clerk.get("/api/v1/schools/64120001").json();
        String update = "{\"name_th\":\"" + own.get("name_th").asString() + "\",\"amphoe\":\""
                + own.get("amphoe").asString()
                + "\",\"tambon\":\"" + own.get("tambon").asString() + "\",\"status\":\"OPEN\",\"phone\":\"074-123456\","
                + "\"network_id\":" + own.get("network_id").asLong() + ",\"version\":"
                + own.get("version").asInt() + "}";
        var saved = clerk.put("/api/v1/schools/64120001", update);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("phone").asString()).isEqualTo("074-123456");
        var audit = jdbc.sql(
                        "select username, before::text, after::text from platform.audit_event where entity_type = 'school' "
                                + "and entity_id = '64120001' and action = 'UPDATE' order by id desc limit 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(audit.get(0)).isEqualTo("clerk.6412");
        assertThat(audit.get(2)).contains("074-123456");
        assertThat(audit.get(1)).doesNotContain("074-123456");

        assertThat(clerk.put("/api/v1/schools/64120001", update).status())
                .as("the same edit again carries a stale version")
                .isEqualTo(409);
        assertThat(clerk.put("/api/v1/schools/64120002", update).status()).isEqualTo(403);
    }

    @Test
    void nationalIdsLeaveMaskedAndAFullViewIsLoggedForThoseWhoMayHaveIt() {
        var teacher = Api.asUser(port, "teacher.6412", PASSWORD);
        var person = teacher.get("/api/v1/people?school=64120001")
                .json()
                .get("items")
                .get(0);
        assertThat(person.get("national_id_masked").asString()).matches("\\d-\\d{4}-xxxxx-xx-\\d");
        assertThat(teacher.get("/api/v1/people?school=64120001").body()).doesNotContainPattern("\\d{13}");

        long id = person.get("id").asLong();
        var teacherUser = accounts.signedIn(accounts.byUsername("teacher.6412").orElseThrow());
        assertThatThrownBy(() -> people.reveal(id, teacherUser)).isInstanceOf(ForbiddenException.class);

        var personnel = accounts.signedIn(accounts.byUsername("personnel.6412").orElseThrow());
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
        long area = areas.byCode("6412").orElseThrow().id();
        var supervisor =
                accounts.signedIn(accounts.byUsername("supervisor.6412").orElseThrow());
        assertThatThrownBy(() -> areas.setSizeScheme(area, "OBEC7", supervisor)).isInstanceOf(ForbiddenException.class);

        var clerk = accounts.signedIn(accounts.byUsername("clerk.6412").orElseThrow());
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
                "64120002",
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
        var staff = Api.asUser(port, "personnel.6412", PASSWORD);
        var person = jdbc.sql("select p.id, p.national_id, p.first_name_th, p.last_name_th, p.school_id "
                        + "from registry.person p where p.national_id = :n")
                .param("n", ThaiNationalId.withCheckDigit(NAMED))
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        String file = "area_code,national_id,first_name_th,last_name_th,position\n6412," + person.get(1) + ","
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

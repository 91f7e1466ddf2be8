package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Awards written by a school's own system over HTTP (area 7242): a school director's award of a teacher waits and is
 * listed on {@code GET /api/v1/personnel/awards} once the personnel group verifies it over the API; the group's award
 * of a school is listed at once; the director corrects theirs while it waits, is told to ask the group after; the
 * group corrects and withdraws it with a reason, then it is listed nowhere; each step audited. Bad input is a
 * bilingual 422 naming the field, nothing stored; another area's person or school 404, another school's director 403.
 */
class AwardWriteApiTest extends IntegrationTest {

    private static final String AWARDS = "/api/v1/personnel/awards";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDirectorsAwardIsListedOnceTheGroupVerifiesItAndWithdrawnWithAReason() {
        TestArea area = TestArea.open(context, "7242");
        long school = area.school("0001", "โรงเรียนรางวัลผ่านระบบ");
        long other = area.school("0002", "โรงเรียนรางวัลข้างเคียง");
        long teacher = area.person("724200000001", "ครู", "รางวัลระบบ", "TEACHER", school);
        area.account("director.7242", Role.SCHOOL_DIRECTOR, school);
        area.account("otherdirector.7242", Role.SCHOOL_DIRECTOR, other);
        area.account("hr.7242", Role.AREA_STAFF, area.unit("PERSONNEL"));
        LocalDate day = context.getBean(DevelopmentRules.class).today();
        String list = AWARDS + "?area_code=7242&year=" + FiscalYear.of(day).buddhistYear();
        Api director = api("director.7242");
        Api hr = api("hr.7242");

        Api.Response entered = director.post(AWARDS, award("\"person_id\":" + teacher, "ครูดีเดน", day));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long id = entered.json().get("id").asLong();
        assertThat(entered.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(entered.json().get("recipient").asString()).isEqualTo("นางครู รางวัลระบบ");
        JsonNode toSchool = hr.post(AWARDS, award("\"school_id\":" + school, "โรงเรียนพระราชทาน", day))
                .json();
        assertThat(toSchool.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(names(hr, list)).as("the director's waits").containsExactly("โรงเรียนพระราชทาน");

        JsonNode corrected = director.post(AWARDS + "/" + id + "/correct", award("", "ครูดีเด่น", day))
                .json();
        assertThat(corrected.get("name").asString()).isEqualTo("ครูดีเด่น");
        assertThat(director.post(AWARDS + "/" + id + "/verify", "{}").status())
                .as("only the group verifies")
                .isEqualTo(403);
        assertThat(hr.post(AWARDS + "/" + id + "/verify", "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("VERIFIED");
        assertThat(names(hr, list)).containsExactlyInAnyOrder("โรงเรียนพระราชทาน", "ครูดีเด่น");
        Api.Response late = director.post(AWARDS + "/" + id + "/correct", award("", "ครูดีเด่นมาก", day));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("detail_th").asString()).isNotBlank();
        assertThat(hr.post(
                                AWARDS + "/" + id + "/correct",
                                award("", "ครูดีเด่น", day).replace("AREA", "REGION"))
                        .json()
                        .get("level")
                        .asString())
                .isEqualTo("REGION");

        assertThat(api("otherdirector.7242")
                        .post(AWARDS + "/" + id + "/withdraw", "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        Api.Response noReason = hr.post(AWARDS + "/" + id + "/withdraw", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(Refusals.field(noReason)).isEqualTo("reason");
        assertThat(hr.post(AWARDS + "/" + id + "/withdraw", "{\"reason\":\"มอบซ้ำ\"}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(names(hr, list)).containsExactly("โรงเรียนพระราชทาน");
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'award' and entity_id = :id"
                                + " order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "AWARD_CORRECTED", "VERIFY", "AWARD_CORRECTED", "AWARD_WITHDRAWN");
    }

    @Test
    void badInputIsRefusedByFieldWithNothingStoredAndOthersAreNotLetIn() {
        TestArea area = TestArea.open(context, "7243");
        long school = area.school("0001", "โรงเรียนรางวัลตรวจข้อมูล");
        long other = area.school("0002", "โรงเรียนรางวัลอื่น");
        long teacher = area.person("724300000001", "ครู", "รางวัลตรวจ", "TEACHER", school);
        area.account("otherdirector.7243", Role.SCHOOL_DIRECTOR, other);
        area.account("hr.7243", Role.AREA_STAFF, area.unit("PERSONNEL"));
        long strangerPerson = jdbc.sql("select id from registry.person where area_id <> :a order by id limit 1")
                .param("a", area.id())
                .query(Long.class)
                .single();
        long strangerSchool = jdbc.sql("select id from registry.school where area_id <> :a order by id limit 1")
                .param("a", area.id())
                .query(Long.class)
                .single();
        LocalDate day = context.getBean(DevelopmentRules.class).today();
        String person = "\"person_id\":" + teacher;
        Api hr = api("hr.7243");

        Refusals.eachNamesItsField(
                hr,
                AWARDS,
                List.of(
                        new Refusals.Bad(award(person + ",\"school_id\":" + school, "ครูดีเด่น", day), "person_id"),
                        new Refusals.Bad(award("", "ครูดีเด่น", day), "person_id"),
                        new Refusals.Bad(award(person, " ", day), "name"),
                        new Refusals.Bad(award(person, "ครูดีเด่น", day).replace("\"AREA\"", "\"GALAXY\""), "level"),
                        new Refusals.Bad(award(person, "ครูดีเด่น", day).replace("\"สพป.\"", "\"\""), "granting_body"),
                        new Refusals.Bad(award(person, "ครูดีเด่น", day.plusDays(1)), "awarded_on"),
                        new Refusals.Bad(
                                award(person, "ครูดีเด่น", day).replace(day.toString(), "2569-13-01"), "awarded_on")));
        assertThat(hr.post(AWARDS, award("\"person_id\":" + strangerPerson, "ครูดีเด่น", day))
                        .status())
                .isEqualTo(404);
        assertThat(hr.post(AWARDS, award("\"school_id\":" + strangerSchool, "ครูดีเด่น", day))
                        .status())
                .isEqualTo(404);
        assertThat(api("otherdirector.7243")
                        .post(AWARDS, award(person, "ครูดีเด่น", day))
                        .status())
                .isEqualTo(403);
        assertThat(hr.post(AWARDS + "/999999999/withdraw", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from personnel.award where area_id = :a")
                        .param("a", area.id())
                        .query(Long.class)
                        .single())
                .as("nothing stored")
                .isZero();
    }

    /** An award's JSON; {@code recipient} its person_id or school_id member, or empty. */
    private static String award(String recipient, String name, LocalDate day) {
        return """
                {%s"name":"%s","level":"AREA","granting_body":"สพป.","awarded_on":"%s","note":"วันครู"}""".formatted(recipient.isEmpty() ? "" : recipient + ",", name, day);
    }

    private static List<String> names(Api api, String list) {
        return api.get(list).json().get("awards").findValuesAsString("name");
    }

    private Api api(String user) {
        return Api.asUser(port, user, TestArea.PASSWORD);
    }
}

package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people import through the API as the personnel unit's staff of an area of the test's own: area 6406 (school
 * 64060003) takes good files, area 6407 (school 64070001) bad ones, so that its people are counted exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleImportTest extends IntegrationTest {

    private static final String PASSWORD = "people-import-test-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Api staff;

    long refusedArea;

    @BeforeAll
    void ownAreas() {
        TestArea area = TestArea.open(context, "6406");
        long school = area.school("0003", "โรงเรียนบ้านนำเข้าบุคคล");
        TestArea refused = TestArea.open(context, "6407");
        refused.school("0001", "โรงเรียนบ้านนำเข้าไม่ได้");
        refusedArea = refused.id();
        area.account(
                "personnel.6406",
                PASSWORD,
                area.unitRole(Role.AREA_STAFF, "PERSONNEL"),
                refused.unitRole(Role.AREA_STAFF, "PERSONNEL"));
        area.account("teacher.6406", PASSWORD, area.schoolRole(Role.TEACHER, school));
    }

    @BeforeEach
    void signIn() {
        staff = Api.asUser(port, "personnel.6406", PASSWORD);
    }

    @Test
    void importsPeopleAtSchoolsAndUnitsThenChangesNothingOnTheSameFile() {
        String a = ThaiNationalId.withCheckDigit("640600000010");
        String b = ThaiNationalId.withCheckDigit("640600000020");
        String file = """
                area_code,national_id,title,first_name_th,last_name_th,position,academic_standing,school_code,unit_code,phone
                6406,%s,นาง,ทดสอบ,นำเข้าหนึ่ง,ครู,ชำนาญการ,64060003,,081-000-0001
                6406,%s,นาย,ทดสอบ,นำเข้าสอง,SUPERVISOR,SENIOR,,SUPERVISION,
                """.formatted(ThaiNationalId.parse(a).formatted(), b);
        var first = staff.upload("/api/v1/people/import", "people.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        var again = staff.upload("/api/v1/people/import", "people.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);

        var unit = jdbc.sql(
                        "select u.code from registry.person p join registry.unit u on u.id = p.unit_id where p.national_id = :n")
                .param("n", b)
                .query(String.class)
                .single();
        assertThat(unit).isEqualTo("SUPERVISION");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'person' "
                                + "and concat(after::text, changes::text) like :n")
                        .param("n", "%" + a + "%")
                        .query(Long.class)
                        .single())
                .as("national IDs stay out of the audit log")
                .isZero();
    }

    @Test
    void everyBadRowIsListedAndNothingIsSaved() {
        String file = """
                area_code,national_id,first_name_th,last_name_th,position,school_code,unit_code
                6407,1234567890123,ผิด,หลักตรวจ,TEACHER,64070001,
                6407,%s,ไม่มี,ตำแหน่ง,นักบินอวกาศ,64070001,
                6407,%s,ไม่มี,โรงเรียน,TEACHER,64079999,
                6407,%s,ไม่มี,กลุ่ม,TEACHER,,NOPE
                """.formatted(
                        ThaiNationalId.withCheckDigit("640700000010"),
                        ThaiNationalId.withCheckDigit("640700000020"),
                        ThaiNationalId.withCheckDigit("640700000030"));
        var r = staff.upload("/api/v1/people/import", "bad.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
                .containsExactly("2:national_id", "3:position");
        assertThat(peopleOfTheRefusedArea()).isZero();

        String places = file.lines()
                .filter(l -> !l.contains("1234567890123") && !l.contains("นักบินอวกาศ"))
                .reduce("", (x, y) -> x + y + "\n");
        var second = staff.upload("/api/v1/people/import", "places.csv", places.getBytes(StandardCharsets.UTF_8));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
                .containsExactly("2:school_code", "3:unit_code");
        assertThat(peopleOfTheRefusedArea()).isZero();
    }

    @Test
    void aTeacherCannotImport() {
        var teacher = Api.asUser(port, "teacher.6406", PASSWORD);
        String file = "area_code,national_id,first_name_th,last_name_th,position\n6406,"
                + ThaiNationalId.withCheckDigit("640600000030") + ",ก,ข,TEACHER\n";
        var r = teacher.upload("/api/v1/people/import", "p.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail_th").asString()).isEqualTo("คุณไม่มีสิทธิ์ทำรายการนี้");
    }

    private long peopleOfTheRefusedArea() {
        return jdbc.sql("select count(*) from registry.person where area_id = :a")
                .param("a", refusedArea)
                .query(Long.class)
                .single();
    }
}

package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class PeopleImportTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.asUser(port, "personnel", DEMO_PASSWORD);
    }

    @Test
    void importsPeopleAtSchoolsAndUnitsThenChangesNothingOnTheSameFile() {
        String a = ThaiNationalId.withCheckDigit("123456789010");
        String b = ThaiNationalId.withCheckDigit("123456789020");
        String file = """
                area_code,national_id,title,first_name_th,last_name_th,position,academic_standing,school_code,unit_code,phone
                9302,%s,นาง,ทดสอบ,นำเข้าหนึ่ง,ครู,ชำนาญการ,93020003,,081-000-0001
                9302,%s,นาย,ทดสอบ,นำเข้าสอง,SUPERVISOR,SENIOR,,SUPERVISION,
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
        long before = jdbc.sql("select count(*) from registry.person")
                .query(Long.class)
                .single();
        String file = """
                area_code,national_id,first_name_th,last_name_th,position,school_code,unit_code
                9302,1234567890123,ผิด,หลักตรวจ,TEACHER,93020001,
                9302,%s,ไม่มี,ตำแหน่ง,นักบินอวกาศ,93020001,
                9302,%s,ไม่มี,โรงเรียน,TEACHER,93029999,
                9302,%s,ไม่มี,กลุ่ม,TEACHER,,NOPE
                """.formatted(
                        ThaiNationalId.withCheckDigit("223456789010"),
                        ThaiNationalId.withCheckDigit("223456789020"),
                        ThaiNationalId.withCheckDigit("223456789030"));
        var r = staff.upload("/api/v1/people/import", "bad.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
                .containsExactly("2:national_id", "3:position");
        assertThat(jdbc.sql("select count(*) from registry.person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

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
        assertThat(jdbc.sql("select count(*) from registry.person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aTeacherCannotImport() {
        var teacher = Api.asUser(port, "teacher", DEMO_PASSWORD);
        String file = "area_code,national_id,first_name_th,last_name_th,position\n9302,"
                + ThaiNationalId.withCheckDigit("323456789010") + ",ก,ข,TEACHER\n";
        var r = teacher.upload("/api/v1/people/import", "p.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail_th").asString()).isEqualTo("คุณไม่มีสิทธิ์ทำรายการนี้");
    }
}

package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
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
 * Development records written by a school's own system over HTTP (area 7240, a stranger's area 7241): the school's
 * clerk files a teacher's record, attaches the certificate; the teacher and the clerk may not verify it, another
 * school's director does not find it, the school's director returns it with a reason and verifies it once the
 * certificate came — only then do its hours count on {@code GET /api/v1/personnel/development}; each step audited.
 * Bad input is a bilingual 422 naming the API's field with nothing stored; another area's person 404; a colleague 403.
 */
class DevelopmentWriteApiTest extends IntegrationTest {

    private static final String RECORDS = "/api/v1/personnel/development/records";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordPostedByTheSchoolsSystemCountsOnceItsDirectorVerifiesIt() throws IOException {
        TestArea area = TestArea.open(context, "7240");
        long school = area.school("0001", "โรงเรียนระบบส่งข้อมูล");
        long other = area.school("0002", "โรงเรียนอื่นของเขต");
        long director = area.person("724000000001", "ผอ", "ผู้ตรวจ", "SCHOOL_DIRECTOR", school);
        long teacher = area.person("724000000002", "ครู", "ส่งผ่านระบบ", "TEACHER", school);
        area.account("director.7240", Role.SCHOOL_DIRECTOR, school);
        area.link(director, "director.7240");
        area.account("teacher.7240", Role.TEACHER, school);
        area.link(teacher, "teacher.7240");
        area.account("clerk.7240", Role.SCHOOL_CLERK, school);
        area.account("otherdirector.7240", Role.SCHOOL_DIRECTOR, other);
        area.account("hr.7240", Role.AREA_STAFF, area.unit("PERSONNEL"));
        LocalDate day = context.getBean(DevelopmentRules.class).today();
        int year = FiscalYear.of(day).buddhistYear();

        Api.Response filed = api("clerk.7240").post(RECORDS, body(teacher, "อบรมการสอนวิทยาการคำนวณ", day, "6"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode r = filed.json();
        long id = r.get("id").asLong();
        assertThat(r.get("status").asString()).isEqualTo("PENDING");
        assertThat(r.get("person_id").asLong()).isEqualTo(teacher);
        assertThat(r.get("kind").asString()).isEqualTo("TRAINING");
        assertThat(r.get("fiscal_year").asInt()).isEqualTo(year);
        assertThat(verifiedHours(teacher, year))
                .as("not counted while it waits")
                .isZero();
        assertThat(api("teacher.7240")
                        .get(RECORDS + "/" + id)
                        .json()
                        .get("title")
                        .asString())
                .as("the teacher reads the record filed for them")
                .isEqualTo("อบรมการสอนวิทยาการคำนวณ");

        assertThat(api("teacher.7240")
                        .post(RECORDS + "/" + id + "/verify", "{}")
                        .status())
                .as("never one's own record")
                .isEqualTo(403);
        assertThat(api("clerk.7240").post(RECORDS + "/" + id + "/verify", "{}").status())
                .as("nor one the caller filed")
                .isEqualTo(403);
        assertThat(api("otherdirector.7240")
                        .post(RECORDS + "/" + id + "/verify", "{}")
                        .status())
                .as("another school's director does not find it")
                .isEqualTo(404);
        Api.Response noReason = api("director.7240").post(RECORDS + "/" + id + "/return", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(Refusals.field(noReason)).isEqualTo("reason");
        JsonNode returned = api("director.7240")
                .post(RECORDS + "/" + id + "/return", "{\"reason\":\"แนบเกียรติบัตรด้วย\"}")
                .json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("return_reason").asString()).isEqualTo("แนบเกียรติบัตรด้วย");

        Api.Response text =
                api("clerk.7240").upload(RECORDS + "/" + id + "/certificate", "cert.pdf", "not a pdf".getBytes());
        assertThat(text.status()).isEqualTo(422);
        assertThat(Refusals.field(text)).isEqualTo("file");
        assertThat(text.json().get("detail_th").asString()).contains("PDF");
        assertThat(api("otherdirector.7240")
                        .upload(RECORDS + "/" + id + "/certificate", "cert.png", png())
                        .status())
                .isEqualTo(404);
        JsonNode attached = api("clerk.7240")
                .upload(RECORDS + "/" + id + "/certificate", "เกียรติบัตร.png", png())
                .json();
        assertThat(attached.get("certificate_name").asString()).isEqualTo("เกียรติบัตร.png");
        assertThat(attached.get("status").asString()).as("waits again").isEqualTo("PENDING");

        JsonNode verified =
                api("director.7240").post(RECORDS + "/" + id + "/verify", "{}").json();
        assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verifiedHours(teacher, year)).isEqualTo(6.0);
        Api.Response again = api("hr.7240").post(RECORDS + "/" + id + "/verify", "{}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail_en").asString()).isNotBlank();
        assertThat(api("clerk.7240")
                        .upload(RECORDS + "/" + id + "/certificate", "cert.png", png())
                        .status())
                .as("a verified record is not changed")
                .isEqualTo(422);
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'training_record'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "DECIDE", "UPDATE", "DECIDE");
    }

    @Test
    void badInputIsRefusedByFieldWithNothingStoredAndOnlyThoseWhoKeepTheRecordsMayFile() {
        TestArea area = TestArea.open(context, "7241");
        long school = area.school("0001", "โรงเรียนตรวจข้อมูล");
        long other = area.school("0002", "โรงเรียนข้างเคียง");
        long teacher = area.person("724100000001", "ครู", "ตรวจข้อมูล", "TEACHER", school);
        long colleague = area.person("724100000002", "ครู", "เพื่อนร่วมงาน", "TEACHER", school);
        area.account("teacher.7241", Role.TEACHER, school);
        area.link(teacher, "teacher.7241");
        area.account("clerk.7241", Role.SCHOOL_CLERK, school);
        area.account("otherclerk.7241", Role.SCHOOL_CLERK, other);
        area.account("hr.7241", Role.AREA_STAFF, area.unit("PERSONNEL"));
        long stranger = jdbc.sql("select id from registry.person where area_id <> :a order by id limit 1")
                .param("a", area.id())
                .query(Long.class)
                .single();
        LocalDate day = context.getBean(DevelopmentRules.class).today();
        Api clerk = api("clerk.7241");

        Refusals.eachNamesItsField(
                clerk,
                RECORDS,
                List.of(
                        new Refusals.Bad(body(teacher, " ", day, "6"), "title"),
                        new Refusals.Bad(body(teacher, "อบรม", day, "6").replace("\"TRAINING\"", "\"PICNIC\""), "kind"),
                        new Refusals.Bad(body(teacher, "อบรม", day, "6").replace("\"kind\":\"TRAINING\",", ""), "kind"),
                        new Refusals.Bad(
                                body(teacher, "อบรม", day, "6").replace("\"first_day\"", "\"start\""), "first_day"),
                        new Refusals.Bad(
                                body(teacher, "อบรม", day, "6")
                                        .replace("\"last_day\":\"" + day, "\"last_day\":\"" + day.minusDays(2)),
                                "last_day"),
                        new Refusals.Bad(body(teacher, "อบรม", day.plusDays(1), "6"), "last_day"),
                        new Refusals.Bad(body(teacher, "อบรม", day, "0"), "hours"),
                        new Refusals.Bad(body(teacher, "อบรม", day, "13"), "hours"),
                        new Refusals.Bad(body(teacher, "อบรม", day, "\"six\""), "hours"),
                        new Refusals.Bad(
                                body(teacher, "อบรม", day, "6").replace("\"person_id\":" + teacher + ",", ""),
                                "person_id")));
        assertThat(clerk.post(RECORDS, "{\"person_id\":").status()).isEqualTo(400);
        assertThat(clerk.post(RECORDS, body(stranger, "อบรม", day, "6")).status())
                .as("another area's person")
                .isEqualTo(404);
        assertThat(api("otherclerk.7241")
                        .post(RECORDS, body(teacher, "อบรม", day, "6"))
                        .status())
                .as("another school's clerk")
                .isEqualTo(403);
        assertThat(api("teacher.7241")
                        .post(RECORDS, body(colleague, "อบรม", day, "6"))
                        .status())
                .as("a colleague")
                .isEqualTo(403);
        assertThat(count(area)).as("nothing stored").isZero();

        assertThat(api("teacher.7241")
                        .post(RECORDS, body(teacher, "อบรมออนไลน์", day, "3"))
                        .status())
                .as("one's own")
                .isEqualTo(201);
        assertThat(api("hr.7241")
                        .post(RECORDS, body(colleague, "ศึกษาดูงาน", day, "6"))
                        .status())
                .as("the personnel group")
                .isEqualTo(201);
        assertThat(count(area)).isEqualTo(2);
    }

    private static String body(long person, String title, LocalDate day, String hours) {
        return """
                {"person_id":%d,"title":"%s","provider":"สพฐ.","kind":"TRAINING","first_day":"%s",\
                "last_day":"%s","hours":%s}""".formatted(person, title, day, day, hours);
    }

    private double verifiedHours(long person, int year) {
        JsonNode all = api("hr.7240")
                .get("/api/v1/personnel/development?area_code=7240&fiscal_year=" + year)
                .json();
        for (JsonNode p : all.get("people")) {
            if (p.get("person_id").asLong() == person) {
                return p.get("verified_hours").asDouble();
            }
        }
        throw new AssertionError("person " + person + " not listed");
    }

    private long count(TestArea area) {
        return jdbc.sql("select count(*) from personnel.training_record where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api api(String user) {
        return Api.asUser(port, user, TestArea.PASSWORD);
    }
}

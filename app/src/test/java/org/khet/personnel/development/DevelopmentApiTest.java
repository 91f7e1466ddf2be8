package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/personnel/development} with an area of its own (7140, and 7141 for a stranger): each person's
 * verified hours against the expected hours of their group — a waiting record not counted, a janitor without a
 * target; the personnel group sees the area, a school director their school, a teacher nothing (403); a fiscal year
 * that is not one is a bilingual 422, an unknown area 404, another area 403. {@code GET /api/v1/personnel/awards}
 * (7142): an award a school director enters is listed once the personnel group verifies it; the group's at once.
 */
class DevelopmentApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void verifiedHoursAgainstTheTargetForThoseWhoMayRead() {
        TestArea area = TestArea.open(context, "7140");
        long school = area.school("0001", "โรงเรียนชั่วโมงพัฒนา");
        long other = area.school("0002", "โรงเรียนอื่น");
        long director = area.person("714000000001", "ผอ", "ตรวจสอบ", "SCHOOL_DIRECTOR", school);
        long teacher = area.person("714000000002", "ครู", "ชั่วโมงครบ", "TEACHER", school);
        area.person("714000000003", "นักการ", "ไม่มีเกณฑ์", "JANITOR", school);
        area.person("714000000004", "ครู", "โรงเรียนอื่น", "TEACHER", other);
        area.unitPerson("714000000005", "เจ้าหน้าที่", "สำนักงาน", "GENERAL_OFFICER", area.unit("PLAN"));
        area.account("director.7140", Role.SCHOOL_DIRECTOR, school);
        area.link(director, "director.7140");
        area.account("teacher.7140", Role.TEACHER, school);
        area.link(teacher, "teacher.7140");
        area.account("hr.7140", Role.AREA_STAFF, area.unit("PERSONNEL"));
        record(teacher, school, area, "VERIFIED", "21", "2026-11-03");
        record(teacher, school, area, "PENDING", "5", "2026-11-04");
        record(teacher, school, area, "VERIFIED", "8", "2026-09-30");

        JsonNode all = api("hr.7140")
                .get("/api/v1/personnel/development?area_code=7140&fiscal_year=2570")
                .json();
        assertThat(all.get("fiscal_year").asInt()).isEqualTo(2570);
        Map<String, JsonNode> byName = new HashMap<>();
        all.get("people").forEach(p -> byName.put(p.get("last_name_th").asString(), p));
        assertThat(byName).containsOnlyKeys("ตรวจสอบ", "ชั่วโมงครบ", "ไม่มีเกณฑ์", "โรงเรียนอื่น", "สำนักงาน");
        JsonNode t = byName.get("ชั่วโมงครบ");
        assertThat(t.get("person_id").asLong()).isEqualTo(teacher);
        assertThat(t.get("first_name_th").asString()).isEqualTo("ครู");
        assertThat(t.get("school_code").asString()).isEqualTo("71400001");
        assertThat(t.get("verified_hours").asDouble())
                .as("the waiting 5 and last year's 8 not counted")
                .isEqualTo(21.0);
        assertThat(t.get("expected_hours").asDouble()).isEqualTo(20.0);
        assertThat(byName.get("ไม่มีเกณฑ์").get("expected_hours").isNull()).isTrue();
        assertThat(byName.get("สำนักงาน").get("school_code").isNull()).isTrue();
        assertThat(byName.get("สำนักงาน").get("verified_hours").asDouble()).isZero();

        JsonNode last = api("hr.7140")
                .get("/api/v1/personnel/development?area_code=7140&fiscal_year=2569")
                .json();
        assertThat(last.findValues("verified_hours").stream()
                        .mapToDouble(JsonNode::asDouble)
                        .sum())
                .isEqualTo(8.0);

        JsonNode mine = api("director.7140")
                .get("/api/v1/personnel/development?area_code=7140&fiscal_year=2570")
                .json();
        assertThat(mine.get("people").findValuesAsString("last_name_th"))
                .as("a school director sees their school")
                .containsExactlyInAnyOrder("ตรวจสอบ", "ชั่วโมงครบ", "ไม่มีเกณฑ์");
        assertThat(api("teacher.7140")
                        .get("/api/v1/personnel/development?area_code=7140")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsABilingualProblem() {
        TestArea area = TestArea.open(context, "7141");
        area.account("hr.7141", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Api hr = api("hr.7141");
        for (String year : new String[] {"abc", "1999", "2569.5"}) {
            Api.Response bad = hr.get("/api/v1/personnel/development?area_code=7141&fiscal_year=" + year);
            assertThat(bad.status()).as(year).isEqualTo(422);
            assertThat(bad.json().get("detail_th").asString()).contains("ปีงบประมาณ");
            assertThat(bad.json().get("detail_en").asString()).contains("fiscal year");
        }
        assertThat(hr.get("/api/v1/personnel/development?area_code=0000").status())
                .isEqualTo(404);
        assertThat(hr.get("/api/v1/personnel/development?area_code=7140").status())
                .as("another area")
                .isEqualTo(403);
        assertThat(hr.get("/api/v1/personnel/development?area_code=7141").status())
                .isEqualTo(200);
    }

    @Test
    void awardsOfADirectorCountOnceTheGroupVerifiesThem() {
        TestArea area = TestArea.open(context, "7142");
        long school = area.school("0001", "โรงเรียนรางวัล");
        long teacher = area.person("714200000002", "ครู", "ดีเด่น", "TEACHER", school);
        KhetUser director = area.account("director.7142", Role.SCHOOL_DIRECTOR, school);
        KhetUser hr = area.account("hr.7142", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("teacher.7142", Role.TEACHER, school);
        Awards awards = context.getBean(Awards.class);
        LocalDate day = LocalDate.of(2026, 11, 16);
        long toTeacher = awards.enter(
                area.id(),
                new Awards.NewAward(teacher, null, "ครูดีเด่น", AwardLevel.AREA, "สพป.", day, "วันครู"),
                director);
        awards.enter(
                area.id(),
                new Awards.NewAward(
                        null, school, "โรงเรียนพระราชทาน", AwardLevel.NATIONAL, "กระทรวงศึกษาธิการ", day, ""),
                hr);
        assertThatThrownBy(() -> awards.enter(
                        area.id(),
                        new Awards.NewAward(teacher, null, "ครูดีเด่น", AwardLevel.AREA, "สพป.", day, ""),
                        area.account("other.7142", Role.TEACHER, school)))
                .isInstanceOf(ForbiddenException.class);

        Api reader = api("teacher.7142");
        JsonNode before =
                reader.get("/api/v1/personnel/awards?area_code=7142&year=2570").json();
        assertThat(before.get("awards").findValuesAsString("name"))
                .as("the director's waits for the group")
                .containsExactly("โรงเรียนพระราชทาน");
        assertThat(before.get("awards").get(0).get("level").asString()).isEqualTo("NATIONAL");
        awards.verify(toTeacher, hr);
        JsonNode after =
                reader.get("/api/v1/personnel/awards?area_code=7142&year=2570").json();
        assertThat(after.get("awards").findValuesAsString("recipient"))
                .containsExactlyInAnyOrder("นางครู ดีเด่น", "โรงเรียนรางวัล");
        assertThat(reader.get("/api/v1/personnel/awards?area_code=7142&year=2569")
                        .json()
                        .get("awards"))
                .isEmpty();
        Api.Response bad = reader.get("/api/v1/personnel/awards?area_code=7142&year=next");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail_en").asString()).contains("fiscal year");
        assertThat(reader.get("/api/v1/personnel/awards?area_code=0000").status())
                .isEqualTo(404);
        assertThat(reader.get("/api/v1/personnel/awards?area_code=7140").status())
                .isEqualTo(403);
    }

    private void record(long person, long school, TestArea area, String status, String hours, String lastDay) {
        jdbc.sql("""
                        insert into personnel.training_record (area_id, person_id, person_name, school_id, filed_by,
                            title, provider, kind, first_day, last_day, hours, fiscal_year, status)
                        values (:a, :p, 'ครู', :s, 0, 'อบรม', 'สพฐ.', 'TRAINING', cast(:d as date), cast(:d as date),
                            cast(:h as numeric), case when cast(:d as date) >= date '2026-10-01' then 2570 else 2569 end,
                            :st)""")
                .param("a", area.id())
                .param("p", person)
                .param("s", school)
                .param("d", lastDay)
                .param("h", hours)
                .param("st", status)
                .update();
    }

    private Api api(String user) {
        return Api.asUser(port, user, TestArea.PASSWORD);
    }
}

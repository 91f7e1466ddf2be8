package org.khet.personnel.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/personnel/subject-shortages}, the page's Excel file and the administrator's page (area 7162, a
 * stranger's area 7163): per school and learning area the fields; a school director reads their own school;
 * another unit's staff and another area's director are refused, an unknown area is not found, a year that is not
 * Buddhist Era is refused in Thai and English; the administrator's form refuses a past day in Thai and saves a figure.
 */
class SubjectShortagesApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void perSchoolAndLearningAreaTheNeedTheTeachersAndTheDifference() throws IOException {
        TestArea area = TestArea.open(context, "7162");
        int year = AcademicYear.of(java.time.LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        Enrolled.schools(
                context, area, year, "0001,โรงเรียนสาระ API,10,10,10,10,10,10", "0002,โรงเรียนอื่น API,5,5,5,0,0,0");
        long school = Enrolled.school(context, area, "0001");
        long math = area.person("716200000011", "ครู", "คณิต API", "TEACHER", school);
        jdbc.sql("insert into personnel.employment (person_id, employment_type) values (:p, 'GOVERNMENT')")
                .param("p", math)
                .update();
        jdbc.sql("insert into personnel.qualification (person_id, degree, major) values (:p, 'ค.บ.', 'คณิตศาสตร์')")
                .param("p", math)
                .update();
        area.account("personnel.7162", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.7162", Role.AREA_STAFF, area.unit("PLAN"));
        area.account("director.7162", Role.SCHOOL_DIRECTOR, school);
        TestArea.open(context, "7163").account("director.7163", Role.AREA_DIRECTOR, null);
        String path = "/api/v1/personnel/subject-shortages?area_code=7162&academic_year=" + year;

        Api.Response all = Api.asUser(port, "personnel.7162", TestArea.PASSWORD).get(path);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("academic_year").asInt()).isEqualTo(year);
        assertThat(all.json().get("teaching_load").get("hours_per_week").asInt())
                .isEqualTo(18);
        JsonNode schools = all.json().get("schools");
        assertThat(schools).hasSize(2);
        JsonNode first = schools.get(0);
        assertThat(first.get("school_code").asString()).isEqualTo("71620001");
        JsonNode thai = first.get("learning_areas").get(0);
        assertThat(thai.get("area").asString()).isEqualTo("THAI");
        assertThat(thai.get("needed").asDouble()).isEqualTo(1.5);
        assertThat(thai.get("teachers").asInt()).isZero();
        assertThat(thai.get("difference").asDouble()).isEqualTo(-1.5);
        JsonNode maths = first.get("learning_areas").get(1);
        assertThat(maths.get("area").asString()).isEqualTo("MATHEMATICS");
        assertThat(maths.get("teachers").asInt()).isEqualTo(1);
        assertThat(maths.get("difference").asDouble()).isEqualTo(-0.5);
        assertThat(first.get("learning_areas")).hasSize(8);
        assertThat(schools.get(1).get("learning_areas").get(0).get("needed").asDouble())
                .as("P1–P3, one class each: 600 / 720")
                .isEqualTo(0.8);

        JsonNode own = Api.asUser(port, "director.7162", TestArea.PASSWORD)
                .get(path)
                .json()
                .get("schools");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("school_code").asString()).isEqualTo("71620001");
        for (String refused : new String[] {"plan.7162", "director.7163"}) {
            assertThat(Api.asUser(port, refused, TestArea.PASSWORD).get(path).status())
                    .as(refused)
                    .isEqualTo(403);
        }
        assertThat(Api.asUser(port, "personnel.7162", TestArea.PASSWORD)
                        .get("/api/v1/personnel/subject-shortages?area_code=7199")
                        .status())
                .isEqualTo(404);
        Api.Response badYear = Api.asUser(port, "personnel.7162", TestArea.PASSWORD)
                .get("/api/v1/personnel/subject-shortages?area_code=7162&academic_year=2026");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.body()).contains("พุทธศักราช").contains("Buddhist Era");

        HttpResponse<String> ownPage = WebSession.signedIn(port, "director.7162", TestArea.PASSWORD)
                .get("/personnel/subjects?area=7162&year=" + year);
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains("71620001").doesNotContain("71620002");
        HttpResponse<byte[]> excel = WebSession.signedIn(port, "personnel.7162", TestArea.PASSWORD)
                .download("/personnel/subjects.xlsx?area=7162&year=" + year);
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            StringBuilder text = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
            }
            assertThat(text).contains("71620001", "ภาษาไทย");
        }
    }

    @Test
    void theAdministratorsFormRefusesAPastDayAndSavesAFigure() {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/personnel/subjects");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ตัวเลขเริ่มต้น").contains("คณิตศาสตร์");
        String form = "hoursPerWeek=20&weeksPerYear=40&circular=" + WebSession.enc("ทดสอบ 7162") + "&from=";
        HttpResponse<String> past =
                admin.postForm("/admin/personnel/subjects", "/admin/personnel/subjects/load", form + "2020-01-01");
        assertThat(past.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/personnel/subjects").body()).contains("วันที่มีผลต้องไม่ก่อนวันนี้");
        admin.postForm(
                "/admin/personnel/subjects",
                "/admin/personnel/subjects/majors",
                "major=" + WebSession.enc("ปรัชญาทดสอบ 7162") + "&learningArea=SOCIAL");
        assertThat(admin.get("/admin/personnel/subjects").body()).contains("ปรัชญาทดสอบ 7162");
        admin.postForm(
                "/admin/personnel/subjects",
                "/admin/personnel/subjects/hours",
                "learningArea=ARTS&grades=P1&grades=P2&hours=99&from=2060-05-01&circular="
                        + WebSession.enc("ศิลป์ทดสอบ 7162"));
        assertThat(admin.get("/admin/personnel/subjects").body())
                .as("a figure to come is listed with its document")
                .contains("ศิลป์ทดสอบ 7162")
                .contains("99 ชม./ปี");
    }
}

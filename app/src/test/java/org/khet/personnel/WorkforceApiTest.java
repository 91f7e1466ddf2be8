package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/personnel/workforce} and the plan's Excel file (area 6933, a stranger's area 6934): the
 * personnel group reads every school with the fields — a short school at 21 students with its contract
 * teacher apart, a school with 121 students and no criterion; a school director reads their school's line only; the
 * staff of another unit, a teacher and another area's director are refused (the page too); a year that is not Buddhist Era is
 * refused in Thai and English.
 */
class WorkforceApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void thePersonnelGroupReadsEverySchoolAndADirectorTheirOwn() throws IOException {
        TestArea area = TestArea.open(context, "6933");
        int year = AcademicYear.of(java.time.LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        Enrolled.schools(
                context, area, year, "0001,โรงเรียนขาดครู API,7,7,7,0,0,0", "0002,โรงเรียนใหญ่ API,20,20,20,20,20,21");
        long short_ = Enrolled.school(context, area, "0001");
        area.person("693300000011", "ผอ", "ขาดครู", "SCHOOL_DIRECTOR", short_);
        area.person("693300000012", "ครู", "ขาดครู", "TEACHER", short_);
        area.person("693300000013", "ครูจ้าง", "ขาดครู", "CONTRACT_TEACHER", short_);
        area.account("personnel.6933", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.6933", Role.AREA_STAFF, area.unit("PLAN"));
        area.account("director.6933", Role.SCHOOL_DIRECTOR, short_);
        area.account("teacher.6933", Role.TEACHER, short_);
        TestArea.open(context, "6934").account("director.6934", Role.AREA_DIRECTOR, null);
        String path = "/api/v1/personnel/workforce?area_code=6933&academic_year=" + year;

        Api.Response all = Api.asUser(port, "personnel.6933", TestArea.PASSWORD).get(path);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("academic_year").asInt()).isEqualTo(year);
        JsonNode schools = all.json().get("schools");
        assertThat(schools).hasSize(2);
        JsonNode shortSchool = schools.get(0);
        assertThat(shortSchool.get("school_code").asString()).isEqualTo("69330001");
        assertThat(shortSchool.get("students").asInt()).isEqualTo(21);
        assertThat(shortSchool.get("criterion").get("administrators").asInt()).isEqualTo(1);
        assertThat(shortSchool.get("criterion").get("teachers").asInt()).isEqualTo(2);
        assertThat(shortSchool.get("actual").get("administrators").asInt()).isEqualTo(1);
        assertThat(shortSchool.get("actual").get("teachers").asInt()).isEqualTo(1);
        assertThat(shortSchool.get("contract_teachers").asInt()).isEqualTo(1);
        assertThat(shortSchool.get("difference").get("administrators").asInt()).isZero();
        assertThat(shortSchool.get("difference").get("teachers").asInt()).isEqualTo(-1);
        assertThat(shortSchool.get("percentage").get("teachers").asDouble()).isEqualTo(-50.0);
        assertThat(shortSchool.get("short_of_classes").asBoolean()).isTrue();
        JsonNode big = schools.get(1);
        assertThat(big.get("students").asInt()).isEqualTo(121);
        assertThat(big.get("criterion_source").asString()).isEqualTo("NO_RULE");
        assertThat(big.get("criterion").get("teachers").isNull()).isTrue();
        assertThat(big.get("difference").get("teachers").isNull()).isTrue();

        JsonNode own = Api.asUser(port, "director.6933", TestArea.PASSWORD)
                .get(path)
                .json()
                .get("schools");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("school_code").asString()).isEqualTo("69330001");
        for (String refused : new String[] {"plan.6933", "teacher.6933", "director.6934"}) {
            assertThat(Api.asUser(port, refused, TestArea.PASSWORD).get(path).status())
                    .as(refused)
                    .isEqualTo(403);
        }
        Api.Response badYear = Api.asUser(port, "personnel.6933", TestArea.PASSWORD)
                .get("/api/v1/personnel/workforce?area_code=6933&academic_year=2026");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.body()).contains("พุทธศักราช").contains("Buddhist Era");

        HttpResponse<String> ownPage = WebSession.signedIn(port, "director.6933", TestArea.PASSWORD)
                .get("/personnel/workforce?area=6933&year=" + year);
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.body()).contains("69330001").doesNotContain("69330002");
        assertThat(WebSession.signedIn(port, "plan.6933", TestArea.PASSWORD)
                        .get("/personnel/workforce?area=6933")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<byte[]> excel = WebSession.signedIn(port, "personnel.6933", TestArea.PASSWORD)
                .download("/personnel/workforce.xlsx?area=6933&year=" + year);
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(text(book.getSheetAt(0))).contains("69330001").doesNotContain("69330002");
            assertThat(text(book.getSheetAt(book.getNumberOfSheets() - 1))).contains("69330001", "69330002");
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(cell.toString()).append('|');
            }
        }
        return all.toString();
    }
}

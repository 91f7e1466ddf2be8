package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * {@code GET /api/v1/personnel/forecast} (area 7022, a stranger's area 7023): the personnel group reads six years of
 * every school with projected students, criterion and remaining staff; a school director their own school; a teacher
 * and another area's director are refused; a year not in Buddhist Era is refused.
 */
class ForecastApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void thePersonnelGroupReadsSixYearsOfEverySchool() {
        TestArea area = TestArea.open(context, "7022");
        int year = AcademicYear.of(LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        Enrolled.schools(
                context, area, year, "0001,โรงเรียนคาดการณ์ API,9,8,7,6,5,4", "0002,โรงเรียนอื่น API,5,5,5,5,5,5");
        long school = Enrolled.school(context, area, "0001");
        area.person("702200000011", "ผอ", "คาดการณ์", "SCHOOL_DIRECTOR", school);
        area.person("702200000012", "ครู", "คาดการณ์", "TEACHER", school);
        area.account("personnel.7022", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("director.7022", Role.SCHOOL_DIRECTOR, school);
        area.account("teacher.7022", Role.TEACHER, school);
        TestArea.open(context, "7023").account("director.7023", Role.AREA_DIRECTOR, null);
        String path = "/api/v1/personnel/forecast?area_code=7022&academic_year=" + year;

        Api.Response all = Api.asUser(port, "personnel.7022", TestArea.PASSWORD).get(path);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("entry_grade").asString()).isEqualTo("HELD_FLAT");
        JsonNode schools = all.json().get("schools");
        assertThat(schools).hasSize(2);
        JsonNode years = schools.get(0).get("years");
        assertThat(years).hasSize(6);
        assertThat(years.get(0).get("academic_year").asInt()).isEqualTo(year);
        assertThat(years.get(0).get("students").asInt()).isEqualTo(39);
        assertThat(years.get(1).get("students").asInt()).isEqualTo(44);
        assertThat(years.get(1).get("grades").get("P2").asInt()).isEqualTo(9);
        assertThat(years.get(5).get("academic_year").asInt()).isEqualTo(year + 5);
        assertThat(years.get(5).get("students").asInt()).isEqualTo(54);
        assertThat(years.get(5).get("remaining").get("teachers").asInt()).isEqualTo(1);
        assertThat(years.get(0).get("criterion").get("teachers").isNumber()).isTrue();
        assertThat(years.get(0).get("difference").get("teachers").asInt())
                .isEqualTo(1 - years.get(0).get("criterion").get("teachers").asInt());

        JsonNode own = Api.asUser(port, "director.7022", TestArea.PASSWORD)
                .get(path)
                .json()
                .get("schools");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("school_code").asString()).isEqualTo("70220001");
        for (String refused : new String[] {"teacher.7022", "director.7023"}) {
            assertThat(Api.asUser(port, refused, TestArea.PASSWORD).get(path).status())
                    .as(refused)
                    .isEqualTo(403);
        }
        assertThat(Api.asUser(port, "personnel.7022", TestArea.PASSWORD)
                        .get("/api/v1/personnel/forecast?area_code=7022&academic_year=2026")
                        .status())
                .isEqualTo(422);

        String excel = "/personnel/forecast.xlsx?area=7022&year=" + year;
        List<String> group = sheets(
                WebSession.signedIn(port, "personnel.7022", TestArea.PASSWORD).download(excel));
        assertThat(group).hasSize(2);
        assertThat(group.get(0)).contains("ปี กศ.|นักเรียน|", (year + 5) + "|");
        assertThat(group.get(1))
                .contains("70220001|โรงเรียนคาดการณ์ API|" + (year + 5) + "|54")
                .contains("70220002|");
        assertThat(group.get(1).split("70220001\\|", -1)).hasSize(7); // six years, one row each
        assertThat(sheets(WebSession.signedIn(port, "director.7022", TestArea.PASSWORD)
                                .download(excel))
                        .get(1))
                .contains("70220001")
                .doesNotContain("70220002");
        assertThat(WebSession.signedIn(port, "teacher.7022", TestArea.PASSWORD)
                        .download(excel)
                        .statusCode())
                .isEqualTo(403);
    }

    /** Each sheet's cells joined by '|', checked for what the page shows. */
    private static List<String> sheets(HttpResponse<byte[]> excel) {
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            List<String> sheets = new ArrayList<>();
            for (Sheet sheet : book) {
                StringBuilder all = new StringBuilder();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(cell.toString()).append('|');
                    }
                }
                sheets.add(all.toString());
            }
            return sheets;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

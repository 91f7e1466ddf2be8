package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/personnel/retirements} on an area of its own (6910): born 1 October 1966 retires on 30 September
 * 2026 (fiscal year 2569), born 2 October a year later, born 29 February 1964 in 2567; contract staff are not listed;
 * office staff have no school code. The personnel group sees the area, a school director their school, another
 * unit's staff nothing; a fiscal year out of range is refused in Thai and English. The page gives the list as Excel.
 */
class RetirementApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void retirementsOfAFiscalYearAtTheEdges() throws java.io.IOException {
        TestArea area = TestArea.open(context, "6910");
        long school = area.school("0001", "โรงเรียนเกษียณ");
        String csv = "area_code,national_id,first_name_th,last_name_th,position,school_code,unit_code,birth_date,"
                + "employment_type\n"
                + row(area, "691000000001", "ตุลาหนึ่ง", "TEACHER", "69100001", "", "1966-10-01", "")
                + row(area, "691000000002", "ตุลาสอง", "TEACHER", "69100001", "", "2/10/2509", "")
                + row(area, "691000000003", "อธิกสุรทิน", "SCHOOL_DIRECTOR", "69100001", "", "29/2/2507", "")
                + row(area, "691000000004", "สัญญาจ้าง", "CONTRACT_TEACHER", "69100001", "", "1966-05-01", "CONTRACT")
                + row(area, "691000000005", "สำนักงาน", "GENERAL_OFFICER", "", "PLAN", "1966-03-03", "");
        context.getBean(PeopleImport.class).run(csv.getBytes(StandardCharsets.UTF_8), area.admin());
        area.account("personnel.6910", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("director.6910", Role.SCHOOL_DIRECTOR, school);
        area.account("plan.6910", Role.AREA_STAFF, area.unit("PLAN"));
        Api personnel = Api.asUser(port, "personnel.6910", TestArea.PASSWORD);

        Api.Response y2569 = personnel.get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=2569");
        assertThat(y2569.status()).as(y2569.body()).isEqualTo(200);
        assertThat(y2569.json().get("fiscal_year").asInt()).isEqualTo(2569);
        assertThat(names(y2569)).containsExactly("สำนักงาน", "ตุลาหนึ่ง");
        JsonNode first = y2569.json().get("retirements").get(1);
        assertThat(first.get("person_id").asLong()).isEqualTo(area.personId("691000000001"));
        assertThat(first.get("last_name_th").asString()).isEqualTo("ทดสอบ");
        assertThat(first.get("school_code").asString()).isEqualTo("69100001");
        assertThat(first.get("position").asString()).isEqualTo("TEACHER");
        assertThat(first.get("retires_on").asString()).isEqualTo("2026-09-30");
        assertThat(y2569.json().get("retirements").get(0).get("school_code").isNull())
                .isTrue();

        Api.Response y2570 = personnel.get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=2570");
        assertThat(names(y2570)).containsExactly("ตุลาสอง");
        assertThat(y2570.json().get("retirements").get(0).get("retires_on").asString())
                .isEqualTo("2027-09-30");
        Api.Response y2567 = personnel.get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=2567");
        assertThat(names(y2567)).containsExactly("อธิกสุรทิน");
        assertThat(y2567.json().get("retirements").get(0).get("retires_on").asString())
                .isEqualTo("2024-09-30");

        Api director = Api.asUser(port, "director.6910", TestArea.PASSWORD);
        assertThat(names(director.get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=2569")))
                .containsExactly("ตุลาหนึ่ง");
        assertThat(Api.asUser(port, "plan.6910", TestArea.PASSWORD)
                        .get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=2569")
                        .status())
                .isEqualTo(403);
        // The same list as an Excel file from the page.
        var file = org.khet.WebSession.signedIn(port, "personnel.6910", TestArea.PASSWORD)
                .download("/personnel/retirements.xlsx?area=6910&year=2569");
        assertThat(file.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
            assertThat(text(book)).contains("ตุลาหนึ่ง ทดสอบ", "69100001", "30 ก.ย. 2569", "สำนักงาน");
        }

        Api.Response badYear = personnel.get("/api/v1/personnel/retirements?area_code=6910&fiscal_year=3000");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.body()).contains("fiscal_year", "ปีงบประมาณ", "The fiscal year");
    }

    private static String row(
            TestArea area, String seed, String name, String position, String school, String unit, String... rest) {
        return String.join(
                        ",",
                        area.code(),
                        ThaiNationalId.withCheckDigit(seed),
                        name,
                        "ทดสอบ",
                        position,
                        school,
                        unit,
                        String.join(",", rest))
                + "\n";
    }

    private static String text(org.apache.poi.ss.usermodel.Workbook book) {
        StringBuilder all = new StringBuilder();
        book.getSheetAt(0)
                .forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
        return all.toString();
    }

    private static List<String> names(Api.Response answer) {
        List<String> names = new ArrayList<>();
        answer.json()
                .get("retirements")
                .forEach(r -> names.add(r.get("first_name_th").asString()));
        return names;
    }
}

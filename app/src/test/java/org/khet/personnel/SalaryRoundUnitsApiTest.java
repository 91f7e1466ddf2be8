package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The office's own units share in a salary-raise round alongside the schools (areas 7190–7191): their government
 * staff's salaries join a POOL round's base and their staff count like criterion teachers (no colour group: the
 * weight for no results); in a HEADCOUNT round their staff join the quota and a unit's fraction is held centrally,
 * never pooled; a unit's results over its share are refused in Thai and English and accepted within, and the orders
 * name the unit and its people.
 */
class SalaryRoundUnitsApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aPoolRoundSharesToTheOfficesUnitsAndTheirResultsAreCheckedAgainstTheUnitsShare() throws IOException {
        TestArea area = TestArea.open(context, "7190");
        SalaryRoundSchools.salaried(context, area, 2569);
        SalaryRoundSchools.unitStaff(context, area, "PERSONNEL", 11, "30000", "40000");
        SalaryRoundSchools.unitStaff(context, area, "PLAN", 21, "20000");
        SalaryRoundSchools.unitStaff(context, area, "FINANCE", 31, "");
        area.account("personnel.7190", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.7190", Role.AREA_STAFF, area.unit("PLAN"));
        Api api = Api.asUser(port, "personnel.7190", TestArea.PASSWORD);
        String base = created(api, "7190", "2027-04-01", "POOL");

        JsonNode round = api.post(base + "/allocate", "").json();
        // schools 96,000 + units 90,000 = 186,000 × 3 % = 5,580; quality 1,116, base 4,464 over 13 teachers + 3 staff
        assertThat(round.get("salary_base").decimalValue()).isEqualByComparingTo("186000");
        assertThat(round.get("pool").decimalValue()).isEqualByComparingTo("5580");
        assertThat(round.get("units")).hasSize(2);
        JsonNode personnel = unit(round, "PERSONNEL");
        assertThat(personnel.get("staff").asInt()).isEqualTo(2);
        assertThat(personnel.get("weight").decimalValue()).isEqualByComparingTo("1");
        assertThat(personnel.get("base_share").decimalValue()).isEqualByComparingTo("558");
        assertThat(personnel.get("quality_share").decimalValue()).isEqualByComparingTo("139.5");
        assertThat(personnel.get("received").decimalValue()).isEqualByComparingTo("697");
        assertThat(unit(round, "PLAN").get("received").decimalValue()).isEqualByComparingTo("348");
        JsonNode big = SalaryRoundUnitsApiTest.school(round, "71900001");
        assertThat(big.get("base_share").decimalValue()).isEqualByComparingTo("1674");
        assertThat(round.get("held_centrally").decimalValue()).isEqualByComparingTo("4");
        api.post(base + "/approve", "");

        String results = base + "/units/PERSONNEL/results";
        assertThat(Api.asUser(port, "plan.7190", TestArea.PASSWORD).get(results).status())
                .isEqualTo(403);
        JsonNode people = api.get(results).json();
        assertThat(people.get("unit_code").asString()).isEqualTo("PERSONNEL");
        assertThat(people.get("available").decimalValue()).isEqualByComparingTo("697");
        assertThat(people.get("people")).hasSize(2);
        long low = SalaryRoundSchools.personEarning(people.get("people"), "30000");
        long high = SalaryRoundSchools.personEarning(people.get("people"), "40000");
        Api.Response overShare = api.put(results, SalaryRoundSchools.results(low, "1", high, "1"));
        assertThat(overShare.status()).isEqualTo(422);
        assertThat(overShare.body()).contains("เกินส่วนที่กลุ่มงานได้รับ (697)", "over the unit's share (697)");
        Api.Response overCap = api.put(results, SalaryRoundSchools.results(low, "7", high, "0"));
        assertThat(overCap.body()).contains("เพดานต่อคน", "cap per person");
        assertThat(api.get(results).json().get("people").get(0).get("percent").isNull())
                .isTrue();
        Api.Response saved = api.put(results, SalaryRoundSchools.results(low, "1", high, "0.9"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(raises(saved.json().get("people"))).containsExactlyInAnyOrder("300", "360");
        assertThat(api.put(base + "/units/NOSUCH/results", "[]").status()).isEqualTo(404);

        HttpResponse<byte[]> excel = WebSession.signedIn(port, "personnel.7190", TestArea.PASSWORD)
                .download(base.replace("/api/v1", "") + "/orders.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            book.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('|'))));
        }
        assertThat(all.toString())
                .contains("กลุ่มงานของสำนักงาน", "PERSONNEL", "หน่วย7190-11", "30300", "40360", "ข้าราชการที่นับ");
        HttpResponse<byte[]> pdf = WebSession.signedIn(port, "personnel.7190", TestArea.PASSWORD)
                .download(base.replace("/api/v1", "") + "/orders.pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aHeadcountRoundCountsTheUnitsStaffInTheQuotaAndHoldsAUnitsFractionCentrally() {
        TestArea area = TestArea.open(context, "7191");
        SalaryRoundSchools.salaried(context, area, 2570);
        SalaryRoundSchools.unitStaff(
                context, area, "PERSONNEL", 11, "20000", "21000", "22000", "23000", "24000", "25000", "26000");
        SalaryRoundSchools.unitStaff(context, area, "PLAN", 21, "20000");
        area.account("personnel.7191", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Api api = Api.asUser(port, "personnel.7191", TestArea.PASSWORD);
        String base = created(api, "7191", "2027-10-01", "HEADCOUNT");

        JsonNode round = api.post(base + "/allocate", "").json();
        // (13 criterion teachers + 8 unit staff) × 15 % = 3.15 people; the units' shares 3.15 × 7/21 and 3.15 × 1/21
        assertThat(round.get("pool").decimalValue()).isEqualByComparingTo("3.15");
        JsonNode personnel = unit(round, "PERSONNEL");
        assertThat(personnel
                        .get("base_share")
                        .decimalValue()
                        .add(personnel.get("quality_share").decimalValue()))
                .isEqualByComparingTo("1.05");
        assertThat(personnel.get("received").decimalValue()).isEqualByComparingTo("1");
        JsonNode plan = unit(round, "PLAN");
        assertThat(plan.get("received").decimalValue()).isEqualByComparingTo("0");
        assertThat(plan.has("pooled")).isFalse();
        List<String> clusters = new ArrayList<>();
        round.get("clusters").forEach(c -> clusters.add(c.get("cluster").asString()));
        assertThat(clusters).doesNotContain("PLAN", "");
        api.post(base + "/approve", "");

        String results = base + "/units/PERSONNEL/results";
        JsonNode people = api.get(results).json().get("people");
        long first = people.get(0).get("person_id").asLong();
        long second = people.get(1).get("person_id").asLong();
        Api.Response overShare = api.put(results, SalaryRoundSchools.results(first, "2", second, "2"));
        assertThat(overShare.status()).isEqualTo(422);
        assertThat(overShare.body()).contains("เกินส่วนที่กลุ่มงานได้รับ (1)", "over the unit's share (1)");
        assertThat(api.put(results, SalaryRoundSchools.results(first, "2", second, "0"))
                        .status())
                .isEqualTo(200);
    }

    /** Creates the round and answers its API path. */
    private static String created(Api api, String area, String day, String method) {
        long id = api.post(
                        "/api/v1/personnel/salary-rounds",
                        "{\"area_code\":\"%s\",\"round_date\":\"%s\",\"method\":\"%s\"}".formatted(area, day, method))
                .json()
                .get("id")
                .asLong();
        return "/api/v1/personnel/salary-rounds/" + id;
    }

    private static JsonNode unit(JsonNode round, String code) {
        return find(round.get("units"), "unit_code", code);
    }

    private static JsonNode school(JsonNode round, String code) {
        return find(round.get("schools"), "school_code", code);
    }

    private static JsonNode find(JsonNode rows, String key, String code) {
        for (JsonNode s : rows) {
            if (s.get(key).asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }

    private static List<String> raises(JsonNode people) {
        List<String> raises = new ArrayList<>();
        people.forEach(p ->
                raises.add(p.get("raise").decimalValue().stripTrailingZeros().toPlainString()));
        return raises;
    }
}

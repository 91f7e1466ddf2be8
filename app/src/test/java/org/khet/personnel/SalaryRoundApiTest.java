package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.achievement.ResultImport;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/personnel/salary-rounds} (area 6990): the personnel group creates a 1 April round,
 * allocates a pool of 3 % of its schools' government salaries by criterion teachers and quality, approves it, and
 * enters one school's per-person results; a raise over the cap, over the level's ceiling or over the school's share
 * is refused in Thai and English and changes nothing; the wrong day, results before approval and a second
 * allocation after approval are refused; another unit's staff are refused; the orders download as Excel and PDF; each step is audited.
 */
class SalaryRoundApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePersonnelGroupRunsARound() throws IOException {
        TestArea area = TestArea.open(context, "6990");
        SalaryRoundSchools.salaried(context, area, 2569);
        area.account("personnel.6990", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.6990", Role.AREA_STAFF, area.unit("PLAN"));
        Api api = Api.asUser(port, "personnel.6990", TestArea.PASSWORD);

        Api.Response wrongDay = api.post(
                "/api/v1/personnel/salary-rounds",
                "{\"area_code\":\"6990\",\"round_date\":\"2027-04-02\",\"method\":\"POOL\"}");
        assertThat(wrongDay.status()).isEqualTo(422);
        assertThat(wrongDay.body()).contains("1 เมษายน").contains("1 April");
        Api.Response created = api.post(
                "/api/v1/personnel/salary-rounds",
                "{\"area_code\":\"6990\",\"round_date\":\"2027-04-01\",\"method\":\"POOL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("period_from").asString()).isEqualTo("2026-10-01");
        assertThat(created.json().get("quality_year").asInt()).isEqualTo(2568);
        String base = "/api/v1/personnel/salary-rounds/" + id;
        assertThat(Api.asUser(port, "plan.6990", TestArea.PASSWORD).get(base).status())
                .isEqualTo(403);

        JsonNode allocated = api.post(base + "/allocate", "").json();
        assertThat(allocated.get("state").asString()).isEqualTo("ALLOCATED");
        assertThat(allocated.get("salary_base").decimalValue()).isEqualByComparingTo("96000");
        assertThat(allocated.get("pool").decimalValue()).isEqualByComparingTo("2880");
        JsonNode big = school(allocated, "69900001");
        assertThat(big.get("criterion_teachers").asInt()).isEqualTo(6);
        assertThat(big.get("base_share").decimalValue()).isEqualByComparingTo("1063.3846");
        assertThat(big.get("quality_share").decimalValue()).isEqualByComparingTo("265.8461");
        assertThat(big.get("received").decimalValue()).isEqualByComparingTo("1329");
        assertThat(allocated.get("held_centrally").decimalValue()).isPositive();

        String results = base + "/schools/69900001/results";
        assertThat(api.put(results, "[]").status()).isEqualTo(422);
        assertThat(api.post(base + "/approve", "").json().get("state").asString())
                .isEqualTo("APPROVED");
        assertThat(api.post(base + "/allocate", "").status()).isEqualTo(422);

        JsonNode people = api.get(results).json().get("people");
        assertThat(people).hasSize(2);
        long low = SalaryRoundSchools.personEarning(people, "30000");
        long high = SalaryRoundSchools.personEarning(people, "41000");
        Api.Response overCap = api.put(results, SalaryRoundSchools.results(low, "7", high, "0"));
        assertThat(overCap.status()).isEqualTo(422);
        assertThat(overCap.body()).contains("เพดานต่อคน").contains("cap per person");
        Api.Response overCeiling = api.put(results, SalaryRoundSchools.results(low, "1", high, "2"));
        assertThat(overCeiling.status()).isEqualTo(422);
        assertThat(overCeiling.body()).contains("คศ.1").contains("ceiling");
        Api.Response overShare = api.put(results, SalaryRoundSchools.results(low, "4", high, "1"));
        assertThat(overShare.status()).isEqualTo(422);
        assertThat(overShare.body()).contains("1610").contains("1329");
        assertThat(api.get(results).json().get("people").get(0).get("percent").isNull())
                .isTrue();

        Api.Response saved = api.put(results, SalaryRoundSchools.results(low, "3", high, "1"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode after = saved.json().get("people");
        assertThat(after.get(indexOf(after, low)).get("raise").decimalValue()).isEqualByComparingTo("900");
        assertThat(after.get(indexOf(after, high)).get("raise").decimalValue()).isEqualByComparingTo("410");

        HttpResponse<byte[]> excel = WebSession.signedIn(port, "personnel.6990", TestArea.PASSWORD)
                .download("/personnel/salary-rounds/" + id + "/orders.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).toString()).contains("คำสั่งเลื่อนเงินเดือน");
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> all.append(cell).append('|')));
            assertThat(all.toString()).contains("สมชาย", "30900", "41410");
        }
        HttpResponse<byte[]> pdf = WebSession.signedIn(port, "personnel.6990", TestArea.PASSWORD)
                .download("/personnel/salary-rounds/" + id + "/orders.pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'salary_round'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "SALARY_ROUND_CREATED",
                        "SALARY_ROUND_ALLOCATED",
                        "SALARY_ROUND_APPROVED",
                        "SALARY_RESULTS_ENTERED",
                        "SALARY_ORDERS_EXPORTED",
                        "SALARY_ORDERS_EXPORTED");
    }

    @Test
    void aHeadcountRoundWeighsQualityByColourGroupAndPoolsSmallSchoolsFractions() {
        TestArea area = TestArea.open(context, "6993");
        SalaryRoundSchools.salaried(context, area, 2570);
        context.getBean(ResultImport.class)
                .run(
                        ("academic_year,exam,grade,school_code,subject,examinees,mean,sd\n"
                                        + "2568,ONET,P6,69930001,MATH,20,70,10\n"
                                        + "2568,ONET,P6,69930002,MATH,20,60,10\n"
                                        + "2568,ONET,P6,69930003,MATH,5,50,10\n"
                                        + "2568,ONET,P6,69930004,MATH,5,40,10\n")
                                .getBytes(StandardCharsets.UTF_8),
                        area.admin());
        area.account("personnel.6993", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Api api = Api.asUser(port, "personnel.6993", TestArea.PASSWORD);
        long id = api.post(
                        "/api/v1/personnel/salary-rounds",
                        "{\"area_code\":\"6993\",\"round_date\":\"2027-10-01\",\"method\":\"HEADCOUNT\","
                                + "\"quality_year\":2568}")
                .json()
                .get("id")
                .asLong();

        JsonNode round = api.post("/api/v1/personnel/salary-rounds/" + id + "/allocate", "")
                .json();
        // 13 criterion teachers × 15 % = 1.95 people; quality part 0.39 over weighted teachers 6×4 + 5×3 + 1×2 + 1×1
        assertThat(round.get("pool").decimalValue()).isEqualByComparingTo("1.95");
        JsonNode big = school(round, "69930001");
        assertThat(big.get("colour_group").asString()).isEqualTo("GREEN");
        assertThat(big.get("quality_share").decimalValue()).isEqualByComparingTo("0.2228");
        assertThat(big.get("pooled").asBoolean()).isTrue();
        assertThat(school(round, "69930002").get("colour_group").asString()).isEqualTo("YELLOW");
        assertThat(school(round, "69930003").get("colour_group").asString()).isEqualTo("BLACK");
        assertThat(school(round, "69930004").get("colour_group").asString()).isEqualTo("RED");
        JsonNode clusters = round.get("clusters");
        assertThat(clusters).hasSize(2);
        java.util.List<String> names = new java.util.ArrayList<>();
        clusters.forEach(c -> names.add(c.get("cluster").asString()));
        assertThat(names).containsExactlyInAnyOrder("เครือข่าย 6993", "เครือข่ายเล็ก");
        for (JsonNode c : clusters) {
            assertThat(c.get("received").decimalValue())
                    .isEqualByComparingTo(c.get("cluster").asString().equals("เครือข่าย 6993") ? "1" : "0");
        }
        assertThat(round.get("held_centrally").decimalValue()).isEqualByComparingTo("0.95");
    }

    @Test
    void theAdministratorSetsARuleAndACeilingFromAFutureDay() {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String page = SalaryRuleAdminPages.PATH;
        assertThat(admin.get(page).body()).contains("value=\"3.00\"");
        HttpResponse<String> past = admin.postForm(
                page,
                page,
                "from=2020-06-01&poolPercent=2.5&headcountQuotaPercent=15&qualitySharePercent=20&personCapPercent=6"
                        + "&weightGreen=4&weightYellow=3&weightBlack=2&weightRed=1&weightNoData=1&circular=x");
        assertThat(past.statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("วันที่เริ่มใช้ต้องไม่ใช่วันที่ผ่านมาแล้ว");
        admin.postForm(
                page,
                page,
                "from=2099-01-01&poolPercent=2.5&headcountQuotaPercent=15&qualitySharePercent=20&personCapPercent=6"
                        + "&weightGreen=4&weightYellow=3&weightBlack=2&weightRed=1&weightNoData=1"
                        + "&circular=%E0%B8%A7+99%2F2642");
        admin.postForm(
                page,
                page + "/ceiling",
                "salaryLevel=TEST-6990&ceiling=12345&from=2099-01-01&circular=%E0%B8%A7+99%2F2642");
        String after = admin.get(page).body();
        assertThat(after).contains("1 ม.ค. 2642", "ว 99/2642", "TEST-6990", "12,345.00");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action in"
                                + " ('SALARY_RULE_SET', 'SALARY_CEILING_SET')")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private static JsonNode school(JsonNode round, String code) {
        for (JsonNode s : round.get("schools")) {
            if (s.get("school_code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }

    private static int indexOf(JsonNode people, long id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).get("person_id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}

package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/personnel/salary-rounds} (area 6990): the personnel group creates a 1 April round,
 * allocates a pool of 3 % of its schools' government salaries by criterion teachers and quality, approves it, and
 * enters one school's per-person results; a raise over the cap, over the level's ceiling or over the school's share
 * is refused in Thai and English and changes nothing; the wrong day, results before approval and a second
 * allocation after approval are refused; another unit's staff are refused; each step is audited.
 */
class SalaryRoundApiTest extends IntegrationTest {

    static final String PEOPLE = "area_code,national_id,first_name_th,last_name_th,position,school_code,birth_date,"
            + "appointed_on,at_school_since,position_number,salary,salary_level,employment_type\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePersonnelGroupRunsARound() {
        TestArea area = TestArea.open(context, "6990");
        salaried(context, area, 2569);
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
        long low = person(people, "30000");
        long high = person(people, "41000");
        Api.Response overCap = api.put(results, body(low, "7", high, "0"));
        assertThat(overCap.status()).isEqualTo(422);
        assertThat(overCap.body()).contains("เพดานต่อคน").contains("cap per person");
        Api.Response overCeiling = api.put(results, body(low, "1", high, "2"));
        assertThat(overCeiling.status()).isEqualTo(422);
        assertThat(overCeiling.body()).contains("คศ.1").contains("ceiling");
        Api.Response overShare = api.put(results, body(low, "4", high, "1"));
        assertThat(overShare.status()).isEqualTo(422);
        assertThat(overShare.body()).contains("1610").contains("1329");
        assertThat(api.get(results).json().get("people").get(0).get("percent").isNull())
                .isTrue();

        Api.Response saved = api.put(results, body(low, "3", high, "1"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode after = saved.json().get("people");
        assertThat(after.get(indexOf(after, low)).get("raise").decimalValue()).isEqualByComparingTo("900");
        assertThat(after.get(indexOf(after, high)).get("raise").decimalValue()).isEqualByComparingTo("410");

        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'salary_round'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "SALARY_ROUND_CREATED",
                        "SALARY_ROUND_ALLOCATED",
                        "SALARY_ROUND_APPROVED",
                        "SALARY_RESULTS_ENTERED");
    }

    /**
     * Four schools of {@code area} with students in {@code year}: 120 (six criterion teachers), 100 (five), and two
     * of 20 (one each) in a small schools' network; two government teachers of level คศ.1 at the first (30,000 and
     * 41,000 baht) and one at the second (25,000).
     */
    static void salaried(ApplicationContext context, TestArea area, int year) {
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนใหญ่เงินเดือน,20,20,20,20,20,20",
                "0002,โรงเรียนกลางเงินเดือน,20,20,20,20,10,10",
                "เครือข่ายเล็ก|0003,โรงเรียนเล็กหนึ่ง,5,5,5,5,0,0",
                "เครือข่ายเล็ก|0004,โรงเรียนเล็กสอง,5,5,5,5,0,0");
        String c = area.code();
        String rows = PEOPLE
                + String.join(
                        "\n",
                        row(c, "01", "สมชาย", "0001", "30000"),
                        row(c, "02", "สมหญิง", "0001", "41000"),
                        row(c, "03", "สมศักดิ์", "0002", "25000"))
                + "\n";
        context.getBean(PeopleImport.class).run(rows.getBytes(StandardCharsets.UTF_8), area.admin());
    }

    private static String row(String area, String seed, String name, String school, String salary) {
        return String.join(
                ",",
                area,
                ThaiNationalId.withCheckDigit(area + "000000" + seed),
                name,
                "เงินเดือน" + area,
                "TEACHER",
                area + school,
                "1980-01-01",
                "2005-05-16",
                "2015-05-16",
                "",
                salary,
                "คศ.1",
                "GOVERNMENT");
    }

    private static String body(long a, String percentA, long b, String percentB) {
        return "[{\"person_id\":%d,\"percent\":%s},{\"person_id\":%d,\"percent\":%s}]"
                .formatted(a, percentA, b, percentB);
    }

    private static JsonNode school(JsonNode round, String code) {
        for (JsonNode s : round.get("schools")) {
            if (s.get("school_code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }

    private static long person(JsonNode people, String salary) {
        for (JsonNode p : people) {
            if (p.get("salary").decimalValue().compareTo(new java.math.BigDecimal(salary)) == 0) {
                return p.get("person_id").asLong();
            }
        }
        throw new AssertionError(salary);
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

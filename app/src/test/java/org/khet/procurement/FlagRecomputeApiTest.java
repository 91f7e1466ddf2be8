package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * {@code POST /api/v1/procurements/flags/recompute} with an area of its own (6895, another area 6896): an e-bidding
 * with a single bid inserted by SQL (no change event, as history loaded outside the app) has no answers until the
 * area's auditor recomputes its fiscal year; then R018 is open and flagged, and the run is audited. A teacher and
 * another area's director are refused; a year out of range or an unknown area code is refused naming the field.
 */
class FlagRecomputeApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/procurements/flags/recompute";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAreasAuditorOpensTheAnswersOfHistoryLoadedBySql() {
        TestArea area = TestArea.open(context, "6895");
        area.account("auditor.6895", Role.INTERNAL_AUDITOR, null);
        area.account("teacher.6895", Role.TEACHER, area.school("0001", "โรงเรียนคำนวณธงใหม่"));
        TestArea.open(context, "6896").account("director.6896", Role.AREA_DIRECTOR, null);
        int year = FiscalYear.of(LocalDate.now(MethodRules.THAILAND)).buddhistYear();
        long procurement = loadedBySql(area.id(), year);
        assertThat(openAnswers(procurement)).isZero();

        Api auditor = Api.asUser(port, "auditor.6895", TestArea.PASSWORD);
        String body = "{\"fiscal_year\": %d, \"area_code\": \"6895\"}".formatted(year);
        Api.Response done = auditor.post(PATH, body);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("fiscal_year").asInt()).isEqualTo(year);
        assertThat(done.json().get("area_code").asString()).isEqualTo("6895");
        assertThat(done.json().get("indicators").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(done.json().get("answers_changed").asInt()).isGreaterThanOrEqualTo(openAnswers(procurement));
        assertThat(openAnswers(procurement)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("""
                        select state from procurement.flag
                        where procurement_id = :p and code = 'R018' and closed_at is null""").param("p", procurement).query(String.class).single())
                .isEqualTo("flagged");
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_event where action = 'FLAG_RECOMPUTED' and area_id = :a")
                        .param("a", area.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditor.post(PATH, body).json().get("answers_changed").asInt())
                .as("nothing changed since")
                .isZero();

        assertThat(Api.asUser(port, "teacher.6895", TestArea.PASSWORD)
                        .post(PATH, body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.asUser(port, "director.6896", TestArea.PASSWORD)
                        .post(PATH, body)
                        .status())
                .isEqualTo(403);
        assertThat(auditor.post(PATH, "{\"area_code\": \"6895\"}").status()).isEqualTo(422);
        Api.Response badYear = auditor.post(PATH, "{\"fiscal_year\": 1999, \"area_code\": \"6895\"}");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.body()).contains("\"field\":\"fiscal_year\"", "ปีงบประมาณ", "fiscal year");
        Api.Response badArea = auditor.post(PATH, "{\"fiscal_year\": %d, \"area_code\": \"6999\"}".formatted(year));
        assertThat(badArea.status()).isEqualTo(422);
        assertThat(badArea.body()).contains("\"field\":\"area_code\"", "6999");
    }

    /** An awarded e-bidding with one bid, written straight into the tables: no event, so no answers yet. */
    private long loadedBySql(long areaId, int year) {
        long supplier = jdbc.sql("""
                        insert into procurement.supplier (area_id, tax_id, name, created_by)
                        values (:a, '0105550068951', 'ผู้ขายย้อนหลัง', 0)
                        returning id""").param("a", areaId).query(Long.class).single();
        long id = jdbc.sql("""
                        insert into procurement.procurement (id, ocid, area_id, fiscal_year, title, category, method,
                            budget, reference_price, status, created_by, updated_by)
                        values (nextval('procurement.procurement_id_seq'), 'ocds-test-6895-' || :a, :a, :year, 'ซื้อย้อนหลัง', 'goods', 'E_BIDDING', 900000,
                            900000, 'AWARDED', 0, 0)
                        returning id""")
                .param("a", areaId)
                .param("year", year)
                .query(Long.class)
                .single();
        long bid = jdbc.sql("""
                        insert into procurement.bid (procurement_id, supplier_id, amount, created_by)
                        values (:p, :s, 880000, 0) returning id""")
                .param("p", id)
                .param("s", supplier)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into procurement.award (procurement_id, bid_id, amount, awarded_on, created_by)
                        values (:p, :b, 880000, current_date, 0)""").param("p", id).param("b", bid).update();
        return id;
    }

    private int openAnswers(long procurement) {
        return jdbc.sql("select count(*) from procurement.flag where procurement_id = :p and closed_at is null")
                .param("p", procurement)
                .query(Integer.class)
                .single();
    }
}

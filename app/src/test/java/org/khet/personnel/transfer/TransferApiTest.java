package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/personnel/transfer-rounds} and the rules of a round (areas 7100–7101): vacancies proposed from the
 * workforce plan; a teacher files for themselves, once per round (again after withdrawing); 23 months at the school refused and 24 accepted,
 * a record without the date refused; the ranking refused before it is published; a score beyond the criterion's
 * maximum refused; publishing refused while a score is missing; the published ranking names people without national
 * IDs or reasons; the decision keeps the placed teachers' moves pending until the round's effective day, when the
 * job moves them in the registry (once) and restarts their time at the school on that day; each step audited.
 */
class TransferApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aRoundGoesFromVacanciesToTheMoves() {
        TestArea area = TestArea.open(context, "7100");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        LocalDate closes = today.plusDays(14);
        long ann = teacher(area, "01", "อรทัย", "2010-05-16", closes.minusMonths(30));
        long ben = teacher(area, "02", "บุญมี", "2008-05-16", closes.minusMonths(24));
        long cat = teacher(
                area, "03", "ชไมพร", "2012-05-16", closes.minusMonths(24).plusDays(1));
        long dan = teacher(area, "04", "ดารุณี", "2012-05-16", null);
        Map<String, KhetUser> teachers = new java.util.HashMap<>();
        for (String[] t : new String[][] {{"ann", "01"}, {"ben", "02"}, {"cat", "03"}, {"dan", "04"}}) {
            teachers.put(t[0], area.account(t[0] + ".7100", Role.TEACHER, school(area, "0001")));
            area.link(area.personId("7100000000" + t[1]), t[0] + ".7100");
        }
        KhetUser group = area.account("personnel.7100", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.7100", Role.AREA_STAFF, area.unit("PLAN"));

        TransferRounds rounds = context.getBean(TransferRounds.class);
        var areaRecord = context.getBean(Areas.class).byCode("7100").orElseThrow();
        assertThatThrownBy(() -> rounds.create(
                        areaRecord,
                        2569,
                        today,
                        closes,
                        null,
                        area.account("t.7100", Role.TEACHER, school(area, "0001"))))
                .isInstanceOf(org.khet.shared.ForbiddenException.class);
        long id = rounds.create(areaRecord, 2569, today, closes, closes.plusDays(30), group);
        assertThat(context.getBean(TransferVacancies.class).propose(areaRecord, id, group))
                .isEqualTo(2);
        rounds.open(id, group);

        JsonNode listed = Api.asUser(port, "plan.7100", TestArea.PASSWORD)
                .get("/api/v1/personnel/transfer-rounds?area_code=7100")
                .json();
        assertThat(listed.get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(listed.get(0).get("vacancies")).hasSize(2);
        assertThat(listed.get(0).get("vacancies").get(0).get("school_code").asString())
                .isEqualTo("71000002");
        assertThat(listed.get(0).get("vacancies").get(0).get("places").asInt()).isEqualTo(5);
        assertThat(Api.asUser(port, "plan.7100", TestArea.PASSWORD)
                        .get("/api/v1/personnel/transfer-rounds?area_code=9999")
                        .status())
                .isEqualTo(404);

        String requests = "/api/v1/personnel/transfer-rounds/" + id + "/requests";
        String twoWishes = "{\"wishes\":[\"71000002\",\"71000003\"],\"reason_kind\":\"SPOUSE\","
                + "\"reason\":\"คู่สมรสรับราชการที่อำเภออื่น\",\"distance_km\":120}";
        Api.Response annFiled = Api.asUser(port, "ann.7100", TestArea.PASSWORD).post(requests, twoWishes);
        assertThat(annFiled.status()).as(annFiled.body()).isEqualTo(201);
        Api.Response again = Api.asUser(port, "ann.7100", TestArea.PASSWORD).post(requests, twoWishes);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("หนึ่งคำร้องต่อรอบ").contains("one per person per round");
        Api.Response tooSoon = Api.asUser(port, "cat.7100", TestArea.PASSWORD).post(requests, twoWishes);
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.body())
                .contains("23 เดือน")
                .contains("อย่างน้อย 24 เดือน")
                .contains("23 months");
        Api.Response noDate = Api.asUser(port, "dan.7100", TestArea.PASSWORD).post(requests, twoWishes);
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.body()).contains("ยังไม่มีวันที่เริ่มปฏิบัติงาน").contains("no date at the current school");
        Api.Response badWish = Api.asUser(port, "ben.7100", TestArea.PASSWORD)
                .post(requests, "{\"wishes\":[\"71000001\"],\"reason_kind\":\"PARENTS\"}");
        assertThat(badWish.status()).isEqualTo(422);
        assertThat(badWish.body()).contains("71000001");
        String benAsks = "{\"wishes\":[\"71000002\"],\"reason_kind\":\"PARENTS\",\"reason\":\"บิดาป่วย\"}";
        Api.Response first = Api.asUser(port, "ben.7100", TestArea.PASSWORD).post(requests, benAsks);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        // Withdrawn while the round is open, a request may be filed again.
        context.getBean(TransferRequests.class).withdraw(first.json().get("id").asLong(), teachers.get("ben"));
        Api.Response benFiled = Api.asUser(port, "ben.7100", TestArea.PASSWORD).post(requests, benAsks);
        assertThat(benFiled.status()).as(benFiled.body()).isEqualTo(201);
        assertThat(Api.asUser(port, "personnel.7100", TestArea.PASSWORD)
                        .post("/api/v1/personnel/transfer-rounds/987654321/requests", twoWishes)
                        .status())
                .isEqualTo(404);

        String ranking = "/api/v1/personnel/transfer-rounds/" + id + "/ranking";
        assertThat(Api.asUser(port, "personnel.7100", TestArea.PASSWORD)
                        .get(ranking)
                        .status())
                .isEqualTo(403);

        rounds.close(id, group);
        TransferScores scores = context.getBean(TransferScores.class);
        long annRequest = annFiled.json().get("id").asLong();
        long benRequest = benFiled.json().get("id").asLong();
        assertThatThrownBy(() -> scores.score(annRequest, Map.of("REASON", new BigDecimal("21")), group))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("0 ถึง 20");
        assertThat(scores.of(id)).isEmpty();
        scores.score(annRequest, points("15", "5", "4", "5", "30", "8"), group);
        assertThatThrownBy(() -> rounds.publish(id, group, scores.unscored(rounds.get(id))))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("6");
        scores.score(benRequest, points("18", "6", "3", "5", "30", "5"), group);
        assertThat(scores.totals(id).get(annRequest)).isEqualByComparingTo("67");
        rounds.publish(id, group, scores.unscored(rounds.get(id)));

        Api.Response published = Api.asUser(port, "cat.7100", TestArea.PASSWORD).get(ranking);
        assertThat(published.status()).isEqualTo(200);
        JsonNode short1 = published.json().get("schools").get(0);
        assertThat(short1.get("school_code").asString()).isEqualTo("71000002");
        // A tie at 67: the earlier first appointment (บุญมี, 2008) ranks first.
        assertThat(short1.get("ranking").get(0).get("first_name_th").asString()).isEqualTo("บุญมี");
        assertThat(short1.get("ranking").get(0).get("total").decimalValue()).isEqualByComparingTo("67");
        assertThat(short1.get("ranking").get(0).get("person_id").asLong()).isEqualTo(ben);
        assertThat(short1.get("ranking").get(1).get("person_id").asLong()).isEqualTo(ann);
        assertThat(published.body())
                .doesNotContain("บิดาป่วย", "คู่สมรส", "PARENTS", "national")
                .doesNotContain("7100000000");

        TransferResults results = context.getBean(TransferResults.class);
        assertThat(results.propose(id, group))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(benRequest, school(area, "0002"), annRequest, school(area, "0002")));
        results.decide(id, group);
        // The effective day is a month after the window closes: nobody moves yet, the round page says when.
        assertThat(jdbc.sql("select school_id from registry.person where id = :p")
                        .param("p", ann)
                        .query(Long.class)
                        .single())
                .isEqualTo(school(area, "0001"));
        assertThat(WebSession.signedIn(port, "personnel.7100", TestArea.PASSWORD)
                        .get("/personnel/transfers/" + id)
                        .body())
                .contains("จะย้ายไป โรงเรียนขาดครูหนึ่ง วันที่ "
                        + org.khet.thai.BuddhistDates.abbreviated(closes.plusDays(30)));
        assertThat(roundListed(id).get("moves_pending").asBoolean()).isTrue();
        TransferMovesDue due = context.getBean(TransferMovesDue.class);
        assertThat(due.runOn(closes.plusDays(29))).isZero();
        assertThat(due.runOn(closes.plusDays(30))).isEqualTo(2);
        assertThat(due.runOn(closes.plusDays(31))).isZero();
        assertThat(jdbc.sql("select school_id from registry.person where id = :p")
                        .param("p", ann)
                        .query(Long.class)
                        .single())
                .isEqualTo(school(area, "0002"));
        // The registry published PersonMoved for the move once, as an edit of the person would (one publication
        // for each module listening).
        assertThat(jdbc.sql("select count(distinct serialized_event) from platform.event_publication"
                                + " where event_type like '%.PersonMoved'"
                                + " and serialized_event ~ :p")
                        .param("p", "\"person\":" + ann + "[,}]")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Personnel hears that move too: dated on the effective day, it leaves the date the move set as it is.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from platform.event_publication where event_type like"
                                        + " '%.PersonMoved' and serialized_event ~ :p and completion_date is null")
                                .param("p", "\"person\":(" + ann + "|" + ben + ")[,}]")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("select at_school_since from personnel.employment where person_id = :p")
                        .param("p", ben)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(closes.plusDays(30));
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'employment'"
                                + " and entity_id = :p and after ->> 'at_school_since' = :d")
                        .param("p", String.valueOf(ben))
                        .param("d", closes.plusDays(30).toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select school_id from registry.person where id = :p")
                        .param("p", dan)
                        .query(Long.class)
                        .single())
                .isEqualTo(school(area, "0001"));
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'transfer_round'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "TRANSFER_ROUND_CREATED",
                        "TRANSFER_VACANCIES_PROPOSED",
                        "TRANSFER_ROUND_OPENED",
                        "TRANSFER_ROUND_CLOSED",
                        "TRANSFER_RANKING_PUBLISHED",
                        "TRANSFER_RESULT_PROPOSED",
                        "TRANSFER_ROUND_DECIDED");
        assertThat(roundListed(id).get("state").asString()).isEqualTo("DECIDED");
        assertThat(roundListed(id).get("moves_pending").asBoolean()).isFalse();
    }

    /** The round {@code id} as the area's teacher reads it in the API's list. */
    private tools.jackson.databind.JsonNode roundListed(long id) {
        for (var r : Api.asUser(port, "ann.7100", TestArea.PASSWORD)
                .get("/api/v1/personnel/transfer-rounds?area_code=7100")
                .json()) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("round " + id + " not listed");
    }

    @Test
    void theAdministratorSetsTheRuleAndACriterionFromAFutureDay() {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String page = TransferRuleAdminPages.PATH;
        String shown = admin.get(page).body();
        assertThat(shown).contains("ตัวเลขตั้งต้น").contains("เหตุผลการขอย้าย").contains("value=\"24\"");
        HttpResponse<String> past = admin.postForm(page, page, "from=2020-06-01&minMonths=24&maxWishes=5&circular=x");
        assertThat(past.statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("วันที่เริ่มใช้ต้องไม่ใช่วันที่ผ่านมาแล้ว");
        admin.postForm(
                page,
                page + "/criteria",
                "code=TEST_7101&labelTh=%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A&labelEn=Test&maxPoints=7"
                        + "&position=9&from=2099-01-01&circular=%E0%B8%A7+7101");
        assertThat(admin.get(page).body()).contains("TEST_7101").contains("ว 7101");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'TRANSFER_CRITERION_SET'")
                        .query(Integer.class)
                        .single())
                .isPositive();
        jdbc.sql("delete from personnel.transfer_criterion where code = 'TEST_7101'")
                .update();
    }

    private static Map<String, BigDecimal> points(String... p) {
        String[] codes = {"REASON", "SERVICE_YEARS", "AT_SCHOOL", "STANDING", "PERFORMANCE", "DISTANCE"};
        Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put(codes[i], new BigDecimal(p[i]));
        }
        return m;
    }

    private long teacher(TestArea area, String seed, String name, String appointed, LocalDate since) {
        return TransferSchools.teacher(context, area, seed, name, "0001", LocalDate.parse(appointed), since);
    }

    private long school(TestArea area, String number) {
        return org.khet.personnel.Enrolled.school(context, area, number);
    }
}

package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/**
 * A vacancy wanting a learning area (area 7261): the group sets school 0002's vacancy to want mathematics (an
 * unknown area refused); a Thai major scored higher and a mathematics major both wish 0002 first, then 0003; the
 * proposed result gives 0002 to the mathematics major and 0003 to the Thai major; the round page says what 0002
 * wants and that only a first major in it is placed there.
 */
class TransferSubjectVacancyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void theSubjectWantedDecidesWhoIsProposedForTheVacancy() {
        TestArea area = TestArea.open(context, "7261");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        teacher(area, "01", "ทิพวรรณ", "ภาษาไทย", today);
        teacher(area, "02", "มานพ", "คณิตศาสตร์", today);
        KhetUser group = area.account("personnel.7261", Role.AREA_STAFF, area.unit("PERSONNEL"));

        TransferRounds rounds = context.getBean(TransferRounds.class);
        TransferVacancies vacancies = context.getBean(TransferVacancies.class);
        var areaRecord = context.getBean(Areas.class).byCode("7261").orElseThrow();
        long id = rounds.create(areaRecord, 2569, today, today.plusDays(14), today.plusDays(44), group);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> vacancies.set(id, "72610002", 1, "ASTROLOGY", "", "", group))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("กลุ่มสาระ");
        vacancies.set(id, "72610002", 1, "MATHEMATICS", "", "", group);
        vacancies.set(id, "72610003", 1, "", "", "", group);
        rounds.open(id, group);
        long thaiRequest = file(id, "thai.7261");
        long mathsRequest = file(id, "maths.7261");
        rounds.close(id, group);
        TransferScores scores = context.getBean(TransferScores.class);
        scores.score(thaiRequest, points("20"), group);
        scores.score(mathsRequest, points("5"), group);
        rounds.publish(id, group, scores.unscored(rounds.get(id)));

        assertThat(context.getBean(TransferResults.class).propose(id, group))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        mathsRequest, school(area, "0002"),
                        thaiRequest, school(area, "0003")));
        String page = WebSession.signedIn(port, "personnel.7261", TestArea.PASSWORD)
                .get("/personnel/transfers/" + id)
                .body();
        assertThat(page)
                .contains("ต้องการกลุ่มสาระคณิตศาสตร์: จัดให้เฉพาะผู้ที่วิชาเอกแรกอยู่ในกลุ่มสาระนี้")
                .contains("ผลที่เสนอ: ย้ายไป โรงเรียนขาดครูหนึ่ง");
        assertThat(Api.asUser(port, "personnel.7261", TestArea.PASSWORD)
                        .get("/api/v1/personnel/transfer-rounds?area_code=7261")
                        .json()
                        .get(0)
                        .get("vacancies")
                        .get(0)
                        .get("learning_area")
                        .asString())
                .isEqualTo("MATHEMATICS");
    }

    /** A government teacher at 0001 for four years whose first major is {@code major}, with an account; their id. */
    private long teacher(TestArea area, String seed, String name, String major, LocalDate today) {
        long person = TransferSchools.teacher(
                context, area, seed, name, "0001", LocalDate.parse("2010-05-16"), today.minusYears(4));
        jdbc.sql("insert into personnel.qualification (person_id, degree, major) values (:p, 'ค.บ.', :m)")
                .param("p", person)
                .param("m", major)
                .update();
        String user = (seed.equals("01") ? "thai" : "maths") + ".7261";
        area.account(user, Role.TEACHER, school(area, "0001"));
        area.link(person, user);
        return person;
    }

    private long file(long round, String user) {
        Api.Response filed = Api.asUser(port, user, TestArea.PASSWORD)
                .post(
                        "/api/v1/personnel/transfer-rounds/" + round + "/requests",
                        "{\"wishes\":[\"72610002\",\"72610003\"],\"reason_kind\":\"HOME\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    /** Every criterion at 1 point, the reason at {@code reason}. */
    private static Map<String, BigDecimal> points(String reason) {
        return Map.of(
                "REASON", new BigDecimal(reason),
                "SERVICE_YEARS", BigDecimal.ONE,
                "AT_SCHOOL", BigDecimal.ONE,
                "STANDING", BigDecimal.ONE,
                "PERFORMANCE", BigDecimal.ONE,
                "DISTANCE", BigDecimal.ONE);
    }

    private long school(TestArea area, String number) {
        return org.khet.personnel.Enrolled.school(context, area, number);
    }
}

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A decided move waiting for its day is the only move (area 7263): two teachers of 0001 are placed at 0002 by a round
 * effective in 44 days; meanwhile one of them asks a colleague of 0003 to swap and is refused, and the other is moved
 * to 0003 by the people import; on the day only the first moves, the second keeps MOVED as the reason, shown to the
 * group on the round, and the round no longer has moves pending.
 */
class TransferMovedOtherwiseTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aWaitingMoveIsNotDoubledByASwapOrARegistryMove() {
        TestArea area = TestArea.open(context, "7263");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        LocalDate fourYears = today.minusYears(4);
        long ann = teacher(area, "01", "อรุณี", "0001", "ann.7263", fourYears);
        long ben = teacher(area, "02", "เบญญา", "0001", "ben.7263", fourYears);
        long colleague = teacher(area, "03", "ชนิดา", "0003", "cha.7263", fourYears);
        KhetUser group = area.account("personnel.7263", Role.AREA_STAFF, area.unit("PERSONNEL"));

        TransferRounds rounds = context.getBean(TransferRounds.class);
        var areaRecord = context.getBean(Areas.class).byCode("7263").orElseThrow();
        LocalDate effective = today.plusDays(44);
        long id = rounds.create(areaRecord, 2569, today, today.plusDays(14), effective, group);
        context.getBean(TransferVacancies.class).set(id, "72630002", 2, "", "", "", group);
        rounds.open(id, group);
        long annRequest = file(id, "ann.7263");
        long benRequest = file(id, "ben.7263");
        rounds.close(id, group);
        TransferScores scores = context.getBean(TransferScores.class);
        scores.score(annRequest, points(), group);
        scores.score(benRequest, points(), group);
        rounds.publish(id, group, scores.unscored(rounds.get(id)));
        TransferResults results = context.getBean(TransferResults.class);
        results.propose(id, group);
        results.decide(id, group);
        assertThat(rounds.get(id).movesPending()).isTrue();

        Api.Response swap = Api.asUser(port, "ann.7263", TestArea.PASSWORD)
                .post("/api/v1/personnel/transfer-swaps", "{\"partner_id\":" + colleague + ",\"reason\":\"ใกล้บ้าน\"}");
        assertThat(swap.status()).as(swap.body()).isEqualTo(422);
        assertThat(swap.body()).contains("มีผลการย้ายที่ยืนยันแล้วรอวันที่ย้ายมีผล");

        // the people import moves ben to 0003 before the round's day
        TransferSchools.teacher(context, area, "02", "เบญญา", "0003", LocalDate.parse("2010-05-16"), today);
        assertThat(schoolOf(ben)).isEqualTo(school(area, "0003"));

        assertThat(context.getBean(TransferMovesDue.class).runOn(effective)).isEqualTo(1);
        assertThat(schoolOf(ann)).isEqualTo(school(area, "0002"));
        assertThat(schoolOf(ben)).isEqualTo(school(area, "0003"));
        assertThat(jdbc.sql("select move_problem from personnel.transfer_request where id = :id")
                        .param("id", benRequest)
                        .query(String.class)
                        .single())
                .isEqualTo("MOVED");
        assertThat(rounds.get(id).movesPending()).isFalse();
        // ben's account ended with his role at 0001 (the import's reaction); the group reads why on the round
        assertThat(WebSession.signedIn(port, "personnel.7263", TestArea.PASSWORD)
                        .get("/personnel/transfers/" + id)
                        .body())
                .contains("ยังไม่ได้ย้ายไป โรงเรียนขาดครูหนึ่ง: ทะเบียนย้ายออกจากโรงเรียนเดิมด้วยวิธีอื่นไปแล้ว");
    }

    /** A government teacher at school {@code number} since {@code since}, with an account; their id. */
    private long teacher(TestArea area, String seed, String name, String number, String user, LocalDate since) {
        long person = TransferSchools.teacher(context, area, seed, name, number, LocalDate.parse("2010-05-16"), since);
        area.account(user, Role.TEACHER, school(area, number));
        area.link(person, user);
        return person;
    }

    private long file(long round, String user) {
        Api.Response filed = Api.asUser(port, user, TestArea.PASSWORD)
                .post(
                        "/api/v1/personnel/transfer-rounds/" + round + "/requests",
                        "{\"wishes\":[\"72630002\"],\"reason_kind\":\"HOME\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    private long schoolOf(long person) {
        return jdbc.sql("select school_id from registry.person where id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    private static Map<String, BigDecimal> points() {
        return Map.of(
                "REASON", BigDecimal.TEN,
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

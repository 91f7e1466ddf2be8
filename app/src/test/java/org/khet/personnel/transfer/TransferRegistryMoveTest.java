package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
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
 * An ordinary move in the registry (area 7260): the personnel group changes a teacher's school through the
 * registry's people API; personnel hears {@code PersonMoved} and the teacher's time at the school starts today (in
 * the office's time), audited with the editor as actor, so a transfer request in a round closing in two weeks is
 * refused for the minimum months, counting from the new school rather than the old one. An import (area 7262) that
 * moves a teacher and gives the day they arrived at the new school keeps that day.
 */
class TransferRegistryMoveTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aMoveInTheRegistryRestartsTheTimeAtTheSchool() {
        TestArea area = TestArea.open(context, "7260");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        long teacher = TransferSchools.teacher(
                context, area, "01", "ปรีดา", "0001", LocalDate.parse("2010-05-16"), today.minusMonths(40));
        area.account("pim.7260", Role.TEACHER, school(area, "0001"));
        area.link(teacher, "pim.7260");
        KhetUser group = area.account("personnel.7260", Role.AREA_STAFF, area.unit("PERSONNEL"));

        // the group first corrects the salary on the record (the date at the school left as it is), then moves them
        String record = "/personnel/people/" + teacher;
        int version = jdbc.sql("select version from personnel.employment where person_id = :p")
                .param("p", teacher)
                .query(Integer.class)
                .single();
        var corrected = org.khet.WebSession.signedIn(port, "personnel.7260", TestArea.PASSWORD)
                .postForm(
                        record,
                        record,
                        "birth_date=1985-01-01&appointed_on=2010-05-16&at_school_since=" + today.minusMonths(40)
                                + "&salary=31000&employment_type=GOVERNMENT&version=" + version);
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select salary::int from personnel.employment where person_id = :p")
                        .param("p", teacher)
                        .query(Integer.class)
                        .single())
                .isEqualTo(31000);
        Api registry = Api.asUser(port, "personnel.7260", TestArea.PASSWORD);
        var before = registry.get("/api/v1/people/" + teacher).json();
        long position = jdbc.sql("select position_id from registry.person where id = :p")
                .param("p", teacher)
                .query(Long.class)
                .single();
        var moved = registry.put("/api/v1/people/" + teacher, """
                {"first_name_th": "ปรีดา", "last_name_th": "ย้าย7260", "position_id": %d, "school_code": "72600002",
                 "active": true, "version": %d}""".formatted(
                        position, before.get("version").asInt()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(atSchoolSince(teacher)).isEqualTo(today));
        assertThat(jdbc.sql("""
                        select username from platform.audit_event where entity_type = 'employment'
                          and entity_id = :p and action = 'UPDATE' order by id desc limit 1""")
                        .param("p", String.valueOf(teacher))
                        .query(String.class)
                        .single())
                .isEqualTo("personnel.7260");

        TransferRounds rounds = context.getBean(TransferRounds.class);
        var areaRecord = context.getBean(Areas.class).byCode("7260").orElseThrow();
        long round = rounds.create(areaRecord, 2569, today, today.plusDays(14), today.plusDays(44), group);
        context.getBean(TransferVacancies.class).propose(areaRecord, round, group);
        rounds.open(round, group);
        Api.Response filed = Api.asUser(port, "pim.7260", TestArea.PASSWORD)
                .post(
                        "/api/v1/personnel/transfer-rounds/" + round + "/requests",
                        "{\"wishes\":[\"72600003\"],\"reason_kind\":\"HOME\",\"reason\":\"\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(422);
        assertThat(filed.body()).contains("ปรีดา ย้าย7260 ปฏิบัติงานในโรงเรียนปัจจุบันมา 0 เดือน");
    }

    /** The personnel group's import that moves a teacher and gives the day they arrived: that day stays. */
    @Test
    void anImportThatMovesATeacherAndGivesTheDayKeepsThatDay() {
        TestArea area = TestArea.open(context, "7262");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        long teacher = TransferSchools.teacher(
                context, area, "01", "ประภา", "0001", LocalDate.parse("2010-05-16"), today.minusMonths(40));
        TransferSchools.teacher(
                context, area, "01", "ประภา", "0002", LocalDate.parse("2010-05-16"), today.minusDays(10));
        assertThat(jdbc.sql("select school_id from registry.person where id = :p")
                        .param("p", teacher)
                        .query(Long.class)
                        .single())
                .isEqualTo(school(area, "0002"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) filter (where completion_date is null) = 0 and count(*) > 0"
                                + " from platform.event_publication where event_type like '%.PersonMoved'"
                                + " and serialized_event ~ :p")
                        .param("p", "\"person\":" + teacher + "[,}]")
                        .query(Boolean.class)
                        .single());
        assertThat(atSchoolSince(teacher)).isEqualTo(today.minusDays(10));
    }

    private LocalDate atSchoolSince(long person) {
        return jdbc.sql("select at_school_since from personnel.employment where person_id = :p")
                .param("p", person)
                .query(LocalDate.class)
                .single();
    }

    private long school(TestArea area, String number) {
        return org.khet.personnel.Enrolled.school(context, area, number);
    }
}

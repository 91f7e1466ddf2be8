package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestClock;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/personnel/travel…} and {@code /api/v1/personnel/attendance…} with an area of its own (7040): an
 * office officer asks to travel with a companion, the group head approves, the report is refused before the last
 * day and taken on it; on a working day the sheet shows one present and late by a minute, one on time, one on
 * approved leave and two on approved travel (neither counted absent) and one absent; a holiday has no sheet; the
 * month's Excel. In 7042 a refusal needs a reason and a companion must be of the area.
 */
class TravelAttendanceApiTest extends IntegrationTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void travelAndLeaveAreNotAbsenceAndLateIsByTheMinute() {
        TestArea area = TestArea.open(context, "7040");
        long plan = area.unit("PLAN");
        long head = area.unitPerson("704000000001", "หัวหน้า", "กลุ่มเจ็ด", "GROUP_HEAD", plan);
        long late = area.unitPerson("704000000002", "มาสาย", "หนึ่งนาที", "GENERAL_OFFICER", plan);
        long onTime = area.unitPerson("704000000003", "มาทัน", "ตรงเวลา", "GENERAL_OFFICER", plan);
        long onLeave = area.unitPerson("704000000004", "ลาพัก", "กิจธุระ", "GENERAL_OFFICER", plan);
        long traveller = area.unitPerson("704000000005", "ไปราชการ", "ผู้ขอ", "EDUCATION_OFFICER", plan);
        long companion = area.unitPerson("704000000006", "ผู้ร่วม", "เดินทาง", "GENERAL_OFFICER", plan);
        area.unitPerson("704000000007", "ไม่มา", "ลงเวลา", "GENERAL_OFFICER", plan);
        Map<Long, String> users = new HashMap<>();
        users.put(head, "head.7040");
        users.put(late, "late.7040");
        users.put(onTime, "ontime.7040");
        users.put(onLeave, "leave.7040");
        users.put(traveller, "travel.7040");
        users.forEach((person, user) -> {
            area.account(user, Role.AREA_STAFF, plan);
            area.link(person, user);
        });
        area.account("hr.7040", Role.AREA_STAFF, area.unit("PERSONNEL"));

        moveTo(ZonedDateTime.of(2026, 12, 8, 7, 0, 0, 0, BANGKOK));
        Api officer = api("travel.7040");
        Api.Response filed = officer.post("/api/v1/personnel/travel/requests", """
                {"purpose": "ประชุมเชิงปฏิบัติการแผนงบประมาณ", "place": "ศาลากลางจังหวัด",
                 "first_day": "2026-12-08", "last_day": "2026-12-09", "companions": [%d],
                 "vehicle": "รถราชการ กข 1234", "estimated_cost": 1500, "reference": "ศธ 04001/ว 123"}""".formatted(companion));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("approver").asString()).isEqualTo("UNIT_HEAD");
        assertThat(filed.json().get("companions").get(0).asString()).isEqualTo("นายผู้ร่วม เดินทาง");
        long trip = filed.json().get("id").asLong();
        assertThat(officer.post("/api/v1/personnel/travel/requests/" + trip + "/approve", "{}")
                        .status())
                .as("one does not approve one's own trip")
                .isEqualTo(403);

        Api groupHead = api("head.7040");
        assertThat(groupHead.get("/api/v1/personnel/travel/queue").json().findValuesAsString("person_name"))
                .containsExactly("นายไปราชการ ผู้ขอ");
        Api.Response approved = groupHead.post("/api/v1/personnel/travel/requests/" + trip + "/approve", "{}");
        assertThat(approved.json().get("status").asString()).as(approved.body()).isEqualTo("APPROVED");

        Api.Response early = officer.post(
                "/api/v1/personnel/travel/requests/" + trip + "/report",
                "{\"report\": \"ร่วมประชุม\", \"actual_cost\": 1200}");
        assertThat(early.status()).as("before the last day").isEqualTo(422);
        assertThat(early.json().get("detail_en").asString()).contains("from the last day");

        Api.Response leave = api("leave.7040").post("/api/v1/personnel/leave/requests", """
                {"type": "PERSONAL", "first_day": "2026-12-08", "last_day": "2026-12-08", "reason": "ธุระ"}""");
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        assertThat(groupHead
                        .post(
                                "/api/v1/personnel/leave/requests/"
                                        + leave.json().get("id").asLong() + "/approve",
                                "{}")
                        .status())
                .isEqualTo(200);

        moveTo(ZonedDateTime.of(2026, 12, 8, 8, 30, 20, 0, BANGKOK));
        assertThat(api("ontime.7040")
                        .post("/api/v1/personnel/attendance/sign-in", "{}")
                        .json()
                        .get("late")
                        .asBoolean())
                .as("08:30 and some seconds is on time")
                .isFalse();
        moveTo(ZonedDateTime.of(2026, 12, 8, 8, 31, 5, 0, BANGKOK));
        Api lateOne = api("late.7040");
        assertThat(lateOne.post("/api/v1/personnel/attendance/sign-in", "{}")
                        .json()
                        .get("late")
                        .asBoolean())
                .as("08:31 is late by a minute")
                .isTrue();
        Api.Response twice = lateOne.post("/api/v1/personnel/attendance/sign-in", "{}");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("detail_en").asString()).contains("signed in today already");
        assertThat(lateOne.post("/api/v1/personnel/attendance/sign-out", "{}")
                        .json()
                        .get("signed_out_at")
                        .isNull())
                .isFalse();

        JsonNode sheet = api("hr.7040")
                .get("/api/v1/personnel/attendance/sheet?area_code=7040&day=2026-12-08")
                .json();
        assertThat(sheet.get("working_day").asBoolean()).isTrue();
        Map<String, String> status = new HashMap<>();
        sheet.get("people")
                .forEach(p ->
                        status.put(p.get("name").asString(), p.get("status").asString()));
        assertThat(status)
                .containsEntry("นายมาสาย หนึ่งนาที", "PRESENT")
                .containsEntry("นายมาทัน ตรงเวลา", "PRESENT")
                .containsEntry("นายลาพัก กิจธุระ", "LEAVE")
                .containsEntry("นายไปราชการ ผู้ขอ", "TRAVEL")
                .containsEntry("นายผู้ร่วม เดินทาง", "TRAVEL")
                .containsEntry("นายไม่มา ลงเวลา", "ABSENT")
                .containsEntry("นายหัวหน้า กลุ่มเจ็ด", "ABSENT");
        assertThat(groupHead
                        .get("/api/v1/personnel/attendance/sheet?area_code=7040&day=2026-12-08&unit_code=PERSONNEL")
                        .status())
                .as("a group head sees only their own group")
                .isEqualTo(403);

        JsonNode month = groupHead
                .get("/api/v1/personnel/attendance/summary?area_code=7040&month=2026-12")
                .json();
        Map<String, JsonNode> byName = new HashMap<>();
        month.forEach(m -> byName.put(m.get("name").asString(), m));
        assertThat(byName.get("นายมาสาย หนึ่งนาที").get("late").asInt()).isEqualTo(1);
        assertThat(byName.get("นายลาพัก กิจธุระ").get("leave").asInt()).isEqualTo(1);
        assertThat(byName.get("นายผู้ร่วม เดินทาง").get("travel").asInt()).isEqualTo(1);
        JsonNode absent = byName.get("นายไม่มา ลงเวลา");
        assertThat(absent.get("absent").asInt())
                .isEqualTo(absent.get("working_days").asInt());

        moveTo(ZonedDateTime.of(2026, 12, 9, 16, 0, 0, 0, BANGKOK));
        Api.Response report = api("travel.7040")
                .post(
                        "/api/v1/personnel/travel/requests/" + trip + "/report",
                        "{\"report\": \"ร่วมประชุมและจัดทำร่างแผน\", \"actual_cost\": 1200}");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("actual_cost").asDouble()).isEqualTo(1200.0);

        JsonNode holiday = api("hr.7040")
                .get("/api/v1/personnel/attendance/sheet?area_code=7040&day=2026-12-10")
                .json();
        assertThat(holiday.get("working_day").asBoolean())
                .as("Constitution Day")
                .isFalse();
        assertThat(holiday.get("people")).isEmpty();
        moveTo(ZonedDateTime.of(2026, 12, 10, 8, 0, 0, 0, BANGKOK));
        assertThat(api("ontime.7040")
                        .post("/api/v1/personnel/attendance/sign-in", "{}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aRefusalNeedsAReasonAndACompanionMustBeOfTheArea() {
        TestArea area = TestArea.open(context, "7042");
        long plan = area.unit("PLAN");
        long head = area.unitPerson("704200000001", "หัวหน้า", "ปฏิเสธ", "GROUP_HEAD", plan);
        long officer = area.unitPerson("704200000002", "ขอไป", "ไม่ได้ไป", "GENERAL_OFFICER", plan);
        area.account("head.7042", Role.AREA_STAFF, plan);
        area.link(head, "head.7042");
        area.account("officer.7042", Role.AREA_STAFF, plan);
        area.link(officer, "officer.7042");
        Api me = api("officer.7042");
        String trip = """
                {"purpose": "อบรม", "place": "กรุงเทพฯ", "first_day": "2027-01-12", "last_day": "2027-01-13",
                 "companions": [%d]}""";
        Api.Response stranger = me.post("/api/v1/personnel/travel/requests", trip.formatted(Long.MAX_VALUE));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().get("detail_th").asString()).contains("ไม่พบผู้ร่วมเดินทาง");
        assertThat(me.get("/api/v1/personnel/travel").json())
                .as("nothing saved")
                .isEmpty();

        long id = me.post("/api/v1/personnel/travel/requests", trip.formatted(head))
                .json()
                .get("id")
                .asLong();
        Api groupHead = api("head.7042");
        assertThat(groupHead
                        .post("/api/v1/personnel/travel/requests/" + id + "/refuse", "{\"reason\": \" \"}")
                        .status())
                .isEqualTo(422);
        Api.Response refused = groupHead.post(
                "/api/v1/personnel/travel/requests/" + id + "/refuse", "{\"reason\": \"งบประมาณไม่พอ\"}");
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("decision_reason").asString()).isEqualTo("งบประมาณไม่พอ");
        assertThat(me.post("/api/v1/personnel/travel/requests/" + id + "/report", "{\"report\": \"-\"}")
                        .status())
                .as("a refused trip has no report")
                .isEqualTo(422);
    }

    @Test
    void aMinuteIsCountedAsTheWallClockShowsIt() {
        LocalTime rule = LocalTime.of(8, 30);
        assertThat(AttendanceRules.late(LocalTime.of(8, 30, 0), rule)).isFalse();
        assertThat(AttendanceRules.late(LocalTime.of(8, 30, 59), rule)).isFalse();
        assertThat(AttendanceRules.late(LocalTime.of(8, 31, 0), rule)).isTrue();
    }

    private void moveTo(ZonedDateTime at) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), at.toInstant()));
    }

    private Api api(String user) {
        return Api.asUser(port, user, TestArea.PASSWORD);
    }
}

package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/v1/personnel/leave…} with an area of its own (6961): a teacher reads their balance, files a request
 * (a holiday inside it not counted) that waits in their director's queue; a request beyond the balance is refused
 * with a bilingual problem and nothing saved; the director approves; another school's director is told the request
 * does not exist; a caller whose account is linked to nobody is told so.
 */
class LeaveApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeacherFilesLeaveTheDirectorApprovesItAndTheBalanceShowsIt() {
        TestArea area = TestArea.open(context, "6961");
        long school = area.school("0001", "โรงเรียนลา API");
        long other = area.school("0002", "โรงเรียนอื่นลา API");
        long teacher = area.person("696100000001", "ครู", "ลาเอพีไอ", "TEACHER", school);
        area.account("teacher.6961", Role.TEACHER, school);
        area.link(teacher, "teacher.6961");
        jdbc.sql("insert into personnel.employment (person_id, appointed_on) values (:p, :a)")
                .param("p", teacher)
                .param("a", LocalDate.of(2015, 5, 16))
                .update();
        area.account("director.6961", Role.SCHOOL_DIRECTOR, school);
        area.account("director2.6961", Role.SCHOOL_DIRECTOR, other);
        area.account("nobody.6961", Role.TEACHER, school);
        Api me = Api.asUser(port, "teacher.6961", TestArea.PASSWORD);
        Api director = Api.asUser(port, "director.6961", TestArea.PASSWORD);

        Api.Response filed = me.post("/api/v1/personnel/leave/requests", """
                {"type": "PERSONAL", "first_day": "2026-12-07", "last_day": "2026-12-11", "reason": "ธุระครอบครัว",
                 "contact": "0812345678"}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("days").asDouble())
                .as("the 7th and the 10th are holidays")
                .isEqualTo(3.0);
        assertThat(filed.json().get("approver").asString()).isEqualTo("SCHOOL_DIRECTOR");
        long id = filed.json().get("id").asLong();

        Api.Response tooMany = me.post("/api/v1/personnel/leave/requests", """
                {"type": "PERSONAL", "first_day": "2027-01-04", "last_day": "2027-03-05"}""");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("detail_th").asString()).contains("วันลาไม่พอ");
        assertThat(tooMany.json().get("detail_en").asString())
                .contains("Not enough leave")
                .contains("42 left");
        assertThat(me.get("/api/v1/personnel/leave").json().get("requests").size())
                .isEqualTo(1);

        assertThat(director.get("/api/v1/personnel/leave/queue").json().findValuesAsString("person_name"))
                .containsExactly("นางครู ลาเอพีไอ");
        assertThat(Api.asUser(port, "director2.6961", TestArea.PASSWORD)
                        .get("/api/v1/personnel/leave/requests/" + id)
                        .status())
                .isEqualTo(404);
        Api.Response approved = director.post("/api/v1/personnel/leave/requests/" + id + "/approve", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        var mine = me.get("/api/v1/personnel/leave").json();
        assertThat(mine.get("fiscal_year").asInt()).isEqualTo(2570);
        assertThat(mine.get("service_known").asBoolean()).isTrue();
        tools.jackson.databind.JsonNode personal = null;
        for (tools.jackson.databind.JsonNode b : mine.get("balances")) {
            if (b.get("type").asString().equals("PERSONAL")) {
                personal = b;
            }
        }
        assertThat(personal).isNotNull();
        assertThat(personal.get("allowed").asDouble()).isEqualTo(45.0);
        assertThat(personal.get("taken").asDouble()).isEqualTo(3.0);
        assertThat(personal.get("left").asDouble()).isEqualTo(42.0);

        Api.Response unlinked =
                Api.asUser(port, "nobody.6961", TestArea.PASSWORD).get("/api/v1/personnel/leave");
        assertThat(unlinked.status()).isEqualTo(422);
        assertThat(unlinked.json().get("detail_en").asString()).contains("not linked to a person");
    }
}

package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * Action Learning written over HTTP (area 7244): a teacher starts a project with a colleague, records the steps of a
 * cycle; finishing waits for a reflection; the school's director finishes it and each member's hours count at once
 * on {@code GET /api/v1/personnel/development}; another school's director does not find it; a finished project takes
 * no more steps; each step audited. Bad input is a bilingual 422 naming the field with nothing stored.
 */
class ActionLearningApiTest extends IntegrationTest {

    private static final String PROJECTS = "/api/v1/personnel/action-learning";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeamsProjectFinishedByItsDirectorCountsForEachMember() {
        TestArea area = TestArea.open(context, "7244");
        long school = area.school("0001", "โรงเรียนเรียนรู้จากการปฏิบัติ");
        long other = area.school("0002", "โรงเรียนอื่นเรียนรู้");
        long director = area.person("724400000001", "ผอ", "ผู้ปิดโครงการ", "SCHOOL_DIRECTOR", school);
        long lead = area.person("724400000002", "ครู", "หัวหน้าทีม", "TEACHER", school);
        long colleague = area.person("724400000003", "ครู", "สมาชิกทีม", "TEACHER", school);
        long stranger = area.person("724400000004", "ครู", "ต่างโรงเรียน", "TEACHER", other);
        area.account("director.7244", Role.SCHOOL_DIRECTOR, school);
        area.link(director, "director.7244");
        area.account("lead.7244", Role.TEACHER, school);
        area.link(lead, "lead.7244");
        area.account("clerk.7244", Role.SCHOOL_CLERK, school);
        area.account("otherdirector.7244", Role.SCHOOL_DIRECTOR, other);
        area.account("hr.7244", Role.AREA_STAFF, area.unit("PERSONNEL"));
        LocalDate day = context.getBean(DevelopmentRules.class).today();
        Api teacher = api("lead.7244");

        Refusals.eachNamesItsField(
                teacher,
                PROJECTS,
                List.of(
                        new Refusals.Bad(project(" ", "[" + colleague + "]"), "title"),
                        new Refusals.Bad(
                                project("ลดการอ่านไม่ออก", "[" + colleague + "]")
                                        .replace("\"goal\":\"อ่านออกทุกคน\"", "\"goal\":\"\""),
                                "goal"),
                        new Refusals.Bad(project("ลดการอ่านไม่ออก", "[" + stranger + "]"), "members"),
                        new Refusals.Bad(project("ลดการอ่านไม่ออก", "[\"x\"]"), "members.0")));
        assertThat(Refusals.field(api("clerk.7244").post(PROJECTS, project("ลดการอ่านไม่ออก", "[]"))))
                .as("an account linked to nobody")
                .isEqualTo("person");
        assertThat(jdbc.sql("select count(*) from personnel.action_learning where area_id = :a")
                        .param("a", area.id())
                        .query(Long.class)
                        .single())
                .as("nothing stored")
                .isZero();

        Api.Response started = teacher.post(PROJECTS, project("ลดการอ่านไม่ออก", "[" + colleague + "]"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        assertThat(started.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(started.json().get("members").findValuesAsString("name"))
                .containsExactlyInAnyOrder("นางครู หัวหน้าทีม", "นางครู สมาชิกทีม");
        String entries = PROJECTS + "/" + id + "/entries";
        Refusals.eachNamesItsField(
                teacher,
                entries,
                List.of(
                        new Refusals.Bad(entry(0, "PLAN", day, "วางแผน"), "cycle"),
                        new Refusals.Bad(entry(1, "DREAM", day, "วางแผน"), "step"),
                        new Refusals.Bad("{\"cycle\":1,\"day\":\"%s\",\"note\":\"ไม่มีขั้น\"}".formatted(day), "step"),
                        new Refusals.Bad(entry(1, "PLAN", day.plusDays(1), "วางแผน"), "day"),
                        new Refusals.Bad(entry(1, "PLAN", day, " "), "note")));
        assertThat(teacher.post(entries, entry(1, "PLAN", day, "แบ่งกลุ่มนักเรียนตามระดับการอ่าน"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
        Api.Response early =
                api("director.7244").post(PROJECTS + "/" + id + "/done", "{\"outcome\":\"อ่านออก\",\"hours\":10}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(Refusals.field(early))
                .as("a cycle must be reflected on first")
                .isEqualTo("outcome");
        teacher.post(entries, entry(1, "REFLECT", day, "นักเรียนอ่านคล่องขึ้น"));
        assertThat(api("otherdirector.7244").get(PROJECTS + "/" + id).status()).isEqualTo(404);
        assertThat(api("otherdirector.7244")
                        .post(entries, entry(2, "PLAN", day, "x"))
                        .status())
                .isEqualTo(404);

        JsonNode done = api("director.7244")
                .post(PROJECTS + "/" + id + "/done", "{\"outcome\":\"นักเรียนอ่านออกทุกคน\",\"hours\":10}")
                .json();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("entries").findValuesAsString("step")).containsExactly("PLAN", "REFLECT");
        JsonNode hours = api("hr.7244")
                .get("/api/v1/personnel/development?area_code=7244&fiscal_year="
                        + FiscalYear.of(day).buddhistYear())
                .json();
        java.util.Map<Long, Double> verified = new java.util.HashMap<>();
        hours.get("people")
                .forEach(p -> verified.put(
                        p.get("person_id").asLong(), p.get("verified_hours").asDouble()));
        assertThat(verified)
                .as("each member's hours verified by the director")
                .containsEntry(lead, 10.0)
                .containsEntry(colleague, 10.0)
                .containsEntry(director, 0.0);
        assertThat(teacher.post(entries, entry(2, "PLAN", day, "รอบใหม่")).status())
                .as("finished")
                .isEqualTo(422);
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'action_learning'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "STEP", "STEP", "FINISH");
    }

    private static String project(String title, String members) {
        return """
                {"title":"%s","problem":"นักเรียนชั้น ป.1 อ่านไม่ออก","goal":"อ่านออกทุกคน","members":%s}""".formatted(title, members);
    }

    private static String entry(int cycle, String step, LocalDate day, String note) {
        return """
                {"cycle":%d,"step":"%s","day":"%s","note":"%s"}""".formatted(cycle, step, day, note);
    }

    private Api api(String user) {
        return Api.asUser(port, user, TestArea.PASSWORD);
    }
}

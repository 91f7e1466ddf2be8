package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who reads and changes a personnel record (area 6911): the person reads their own, unaudited (the records page
 * takes them there); their school's
 * director reads it, audited, without a form; another school's director and another unit's staff are told it does
 * not exist and cannot change it; the national ID is masked for all; the personnel group's change is audited before
 * and after, and a form read before another's change is refused.
 */
class EmploymentPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readersAndEditorsOfARecord() {
        TestArea area = TestArea.open(context, "6911");
        long school = area.school("0001", "โรงเรียนประวัติ");
        long other = area.school("0002", "โรงเรียนอื่น");
        String nationalId = ThaiNationalId.withCheckDigit("691100000001");
        String csv = "area_code,national_id,first_name_th,last_name_th,position,school_code,birth_date,salary\n"
                + "6911," + nationalId + ",วิไล,ประวัติดี,TEACHER,69110001,1970-06-15,32000\n";
        context.getBean(PeopleImport.class).run(csv.getBytes(StandardCharsets.UTF_8), area.admin());
        long person = area.personId("691100000001");
        String path = "/personnel/people/" + person;
        area.account("teacher.6911", Role.TEACHER, school);
        area.link(person, "teacher.6911");
        area.account("director.6911", Role.SCHOOL_DIRECTOR, school);
        area.account("director2.6911", Role.SCHOOL_DIRECTOR, other);
        area.account("plan.6911", Role.AREA_STAFF, area.unit("PLAN"));
        area.account("personnel.6911", Role.AREA_STAFF, area.unit("PERSONNEL"));

        HttpResponse<String> own = session("teacher.6911").get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body())
                .contains("ประวัติดี", "15 มิ.ย. 2513", "32,000.00")
                .doesNotContain(nationalId);
        assertThat(own.body()).doesNotContain("id=\"record-form\"");
        assertThat(views(person)).isZero();
        HttpResponse<String> mine = session("teacher.6911").get("/personnel/people");
        assertThat(mine.statusCode()).isEqualTo(302);
        assertThat(mine.headers().firstValue("Location").orElseThrow()).endsWith(path);

        HttpResponse<String> director = session("director.6911").get(path);
        assertThat(director.statusCode()).isEqualTo(200);
        assertThat(director.body()).doesNotContain("id=\"record-form\"").doesNotContain(nationalId);
        assertThat(views(person)).isEqualTo(1);

        assertThat(session("director2.6911").get(path).statusCode()).isEqualTo(404);
        assertThat(session("plan.6911").get(path).statusCode()).isEqualTo(404);
        WebSession planner = session("plan.6911");
        HttpResponse<String> refused = planner.postForm("/", path, "salary=99999&version=0&employment_type=GOVERNMENT");
        assertThat(refused.statusCode()).isIn(403, 404);

        WebSession personnel = session("personnel.6911");
        HttpResponse<String> form = personnel.get(path);
        assertThat(form.body()).contains("id=\"record-form\"").doesNotContain(nationalId);
        HttpResponse<String> saved = personnel.postForm(
                path,
                path,
                "birth_date=1970-06-15&appointed_on=1993-05-17&salary=33000&salary_level=คศ.2"
                        + "&position_number=4455&employment_type=GOVERNMENT&version=0");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select salary::int from personnel.employment where person_id = :p")
                        .param("p", person)
                        .query(Integer.class)
                        .single())
                .isEqualTo(33000);
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event where entity_type = 'employment' and action = 'UPDATE'
                          and entity_id = :p and before ->> 'salary' = '32000.00' and after ->> 'salary' = '33000.00'""")
                        .param("p", String.valueOf(person))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> stale = personnel.postForm(
                path, path, "birth_date=1970-06-15&salary=34000&employment_type=GOVERNMENT&version=0");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select salary::int from personnel.employment where person_id = :p")
                        .param("p", person)
                        .query(Integer.class)
                        .single())
                .isEqualTo(33000);
        HttpResponse<String> early = personnel.postForm(
                path, path, "birth_date=1970-06-15&appointed_on=1960-01-01&employment_type=GOVERNMENT&version=1");
        assertThat(early.body()).contains("วันบรรจุต้องอยู่หลังวันเกิด");

        // The group finds her by name; another school's director does not.
        assertThat(personnel
                        .get("/personnel/people?q=" + WebSession.enc("ประวัติดี"))
                        .body())
                .contains("/personnel/people/" + person);
        assertThat(session("director2.6911")
                        .get("/personnel/people?q=" + WebSession.enc("ประวัติดี"))
                        .body())
                .doesNotContain("/personnel/people/" + person);

        // The import page tells which personnel columns the people import takes.
        assertThat(personnel.get("/imports").body()).contains("birth_date, appointed_on", "15/3/2510");
    }

    private WebSession session(String username) {
        return WebSession.signedIn(port, username, TestArea.PASSWORD);
    }

    private int views(long person) {
        return jdbc.sql("""
                        select count(*) from platform.audit_event where entity_type = 'employment' and action = 'VIEW'
                          and entity_id = :p""")
                .param("p", String.valueOf(person))
                .query(Integer.class)
                .single();
    }
}

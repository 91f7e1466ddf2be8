package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page of deadlines to acknowledge urgent letters (area 6754): the system administrator sets a rule from a day
 * on, the office reads them, a wrong entry is refused with its message and stores nothing, a school's clerk may not
 * see the page.
 */
class AcknowledgeRulePagesTest extends IntegrationTest {

    private static final String PAGE = "/correspondence/rules";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void noRuleLeftBehind(@Autowired JdbcClient jdbc) {
        jdbc.sql("delete from correspondence.acknowledge_rule where set_by is not null")
                .update();
    }

    @Test
    void theAdministratorSetsARuleFromADayOnAndAWrongOneChangesNothing() throws Exception {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String from = LocalDate.now().plusDays(30).toString();
        admin.postForm(PAGE, PAGE, "urgency=URGENT&workingDays=5&firstDay=" + from);
        assertThat(rules("URGENT", from)).containsExactly(5);

        var refused = admin.postForm(PAGE, PAGE, "urgency=URGENT&workingDays=99&firstDay=" + from);
        assertThat(admin.get(PAGE).body()).contains("จำนวนวันทำการต้องอยู่ระหว่าง 0–30");
        assertThat(refused.statusCode()).isLessThan(400);
        assertThat(rules("URGENT", from)).containsExactly(5);
        admin.postForm(PAGE, PAGE, "urgency=NORMAL&workingDays=1&firstDay=" + from);
        assertThat(rules("NORMAL", from)).isEmpty();
    }

    @Test
    void theOfficeReadsTheRulesAndASchoolClerkMayNot() throws Exception {
        TestArea area = TestArea.open(context, "6754");
        long school = area.school("0001", "โรงเรียนกฎ");
        area.account("director.6754", org.khet.platform.Role.AREA_DIRECTOR, null);
        area.account("clerk.6754", org.khet.platform.Role.SCHOOL_CLERK, school);

        var office =
                WebSession.signedIn(port, "director.6754", TestArea.PASSWORD).get(PAGE);
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(office.body()).contains("ด่วนที่สุด").doesNotContain("ตั้งกำหนดใหม่");
        assertThat(WebSession.signedIn(port, "clerk.6754", TestArea.PASSWORD)
                        .get(PAGE)
                        .statusCode())
                .isEqualTo(403);
    }

    private java.util.List<Integer> rules(String urgency, String from) {
        return jdbc.sql(
                        "select working_days from correspondence.acknowledge_rule where urgency = :u and first_day = :d")
                .param("u", urgency)
                .param("d", LocalDate.parse(from))
                .query(Integer.class)
                .list();
    }
}

package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the paper leave register held before Khet (area 7060): the personnel group enters an office officer's carried
 * vacation and days taken this fiscal year on the person's leave page; the balance counts them, the next year carries
 * over from them up to the ceiling, and what the rule does not allow changes nothing. Only the group may look.
 */
class LeaveOpeningTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LeaveBalances balances;

    @Autowired
    LeaveRules rules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGroupBringsTheRegisterForward() {
        TestArea area = TestArea.open(context, "7060");
        long unit = area.unit();
        long officer = area.unitPerson("706000000001", "ยกมา", "ทดสอบ", "EDUCATION_OFFICER", unit);
        jdbc.sql("insert into personnel.employment (person_id, appointed_on) values (:p, date '2005-05-16')")
                .param("p", officer)
                .update();
        area.account("officer.7060", Role.AREA_STAFF, unit);
        area.link(officer, "officer.7060");
        area.account("personnel.7060", Role.AREA_STAFF, area.unit("PERSONNEL"));
        int year = FiscalYear.of(LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        String page = "/personnel/people/" + officer + "/leave";
        assertThat(vacation(officer, year).carried()).isEqualByComparingTo("0");

        WebSession group = WebSession.signedIn(port, "personnel.7060", TestArea.PASSWORD);
        assertThat(group.postForm(page, page, form(year, "VACATION", "15", "2.5"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(group.get(page).body()).contains("บันทึกยอดยกมาแล้ว", "opening-rows");
        LeaveBalances.Balance now = vacation(officer, year);
        assertThat(now.carried()).isEqualByComparingTo("15");
        assertThat(now.allowed()).isEqualByComparingTo("25");
        assertThat(now.taken()).isEqualByComparingTo("2.5");
        assertThat(now.left()).isEqualByComparingTo("22.5");
        // Next year: 10 + 15 − 2.5 = 22.5 unused, but after ten years' service one holds at most 30 (10 + 20 carried).
        assertThat(vacation(officer, year + 1).carried()).isEqualByComparingTo("20");

        for (String[] refused : new String[][] {
            {Integer.toString(year), "VACATION", "25", "0", "วันสะสมยกมาได้ไม่เกิน 20 วัน"},
            {Integer.toString(year), "SICK", "3", "0", "ไม่มีวันสะสมยกไปปีถัดไป"},
            {Integer.toString(year + 1), "VACATION", "1", "0", "ปีงบประมาณต้องอยู่ระหว่าง"},
            {Integer.toString(year), "VACATION", "1.25", "0", "ครั้งละครึ่งวัน"}
        }) {
            group.postForm(page, page, form(Integer.parseInt(refused[0]), refused[1], refused[2], refused[3]));
            assertThat(group.get(page).body()).as(refused[4]).contains(refused[4]);
        }
        assertThat(vacation(officer, year).carried())
                .as("refusals change nothing")
                .isEqualByComparingTo("15");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'LEAVE_OPENING_SET'"
                                + " and entity_id = :p")
                        .param("p", Long.toString(officer))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        WebSession self = WebSession.signedIn(port, "officer.7060", TestArea.PASSWORD);
        assertThat(self.get(page).statusCode()).isEqualTo(403);
        assertThat(self.get("/personnel/leave").body()).contains("รวมวันลาสะสม 15 วัน");

        group.postForm(page, page, form(year, "VACATION", "0", "0"));
        assertThat(vacation(officer, year).carried()).as("all zero removes it").isEqualByComparingTo("0");
    }

    private LeaveBalances.Balance vacation(long person, int year) {
        LeaveRules.LeaveRule rule = rules.of(
                        LeaveType.VACATION, FiscalYear.ofBuddhistYear(year).start())
                .orElseThrow();
        return balances.of(
                person,
                new LeaveBalances.Service(balances.appointedOn(person), false),
                FiscalYear.ofBuddhistYear(year),
                rule);
    }

    private static String form(int year, String type, String carried, String taken) {
        return "fiscal_year=" + year + "&leave_type=" + type + "&carried=" + carried + "&taken=" + taken + "&note="
                + WebSession.enc("สมุดลงเวลา 2569");
    }
}

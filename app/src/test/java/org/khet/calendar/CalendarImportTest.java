package org.khet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year's holidays loaded from a file through the calendar page, over HTTP: a good file lands (and again changes
 * nothing), a file with bad rows lists each in the reader's language and changes nothing, and a director keeps only
 * the area's own days. The years used are far off, so no other test's deadlines move; the areas and the director
 * are the test's own (6532–6534).
 */
class CalendarImportTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    OfficeCalendar calendar;

    @Test
    void anAdministratorLoadsTheNationalHolidaysOfAYear() {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        byte[] file = csv("""
                date,name_th,name_en
                1/1/2578,วันขึ้นปีใหม่,New Year's Day
                13/4/2578,วันสงกรานต์,Songkran
                ๑๔/๔/๒๕๗๘,วันสงกรานต์,Songkran
                2035-05-01,วันแรงงานแห่งชาติ,
                """);
        HttpResponse<String> loaded = load(admin, 2035, null, true, file);
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("id=\"import-report\"").contains("เพิ่มใหม่ 4 วัน");
        assertThat(national(2035)).isEqualTo(4);
        assertThat(jdbc.sql("select name_en from calendar.holiday where day = '2035-04-14' and area_id is null")
                        .query(String.class)
                        .single())
                .isEqualTo("Songkran");
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event
                        where entity_type = 'holiday' and action = 'CREATE' and after ->> 'day' like '2035-%'""").query(Long.class).single()).isEqualTo(4);
        long area = TestArea.open(context, "6532").id();
        assertThat(calendar.isWorkingDay(area, LocalDate.of(2035, 4, 13))).isFalse();
        assertThat(calendar.workingDaysAfter(area, LocalDate.of(2035, 4, 12), 1))
                .as("Thursday 12 April: Friday to Sunday are Songkran and the weekend, Monday 16 is the next")
                .isEqualTo(LocalDate.of(2035, 4, 16));

        HttpResponse<String> again = load(admin, 2035, null, true, file);
        assertThat(again.body()).contains("ไม่เปลี่ยนแปลง 4 วัน");
        assertThat(national(2035)).isEqualTo(4);
        assertThat(admin.get("/calendar?year=2035").body())
                .contains("วันสงกรานต์")
                .contains("13 เม.ย. 2578");
    }

    @Test
    void badRowsAreListedInThaiAndInEnglishAndNothingIsSaved() {
        byte[] file = csv("""
                date,name_th,name_en
                2036-01-01,วันขึ้นปีใหม่,New Year's Day
                31/2/2579,วันที่ไม่มีจริง,
                2037-01-01,ปีถัดไป,
                13/4/2579,,Songkran
                2036-01-01,วันซ้ำ,
                """);
        WebSession thai = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String th = load(thai, 2036, null, true, file).body();
        assertThat(th)
                .contains("id=\"import-errors\"")
                .contains("ไฟล์มีข้อผิดพลาด 4 รายการ ไม่มีข้อมูลใดถูกบันทึก")
                .contains(row(3, "date", "วันที่ไม่ถูกต้อง (พบ &quot;31/2/2579&quot;)"))
                .contains(row(4, "date", "วันที่ 1 ม.ค. 2580 ไม่อยู่ในปี พ.ศ. 2579"))
                .contains(row(5, "name_th", "ต้องไม่ว่าง"))
                .contains(row(6, "date", "วันที่ซ้ำกับแถว 2"));

        WebSession english = englishAdministrator();
        String en = load(english, 2036, null, true, file).body();
        assertThat(en)
                .contains("The file has 4 error(s); nothing was saved")
                .contains(row(3, "date", "not a date (found &quot;31/2/2579&quot;)"))
                .contains(row(4, "date", "the date 2037-01-01 is not in 2036"))
                .contains(row(5, "name_th", "must not be empty"))
                .contains(row(6, "date", "the same date as row 2"));
        assertThat(national(2036)).isZero();
    }

    @Test
    void anAreaDirectorKeepsOnlyTheAreasOwnDays() {
        TestArea area = TestArea.open(context, "6533");
        long own = area.id();
        long other = TestArea.open(context, "6534").id();
        long nationalDay = jdbc.sql("""
                        insert into calendar.holiday (day, name_th) values ('2037-06-01', 'วันหยุดทั่วประเทศทดสอบ')
                        returning id""").query(Long.class).single();
        long otherDay = jdbc.sql("""
                        insert into calendar.holiday (area_id, day, name_th) values (:a, '2037-06-02', 'วันหยุดเขตอื่น')
                        returning id""").param("a", other).query(Long.class).single();
        area.account("director.6533", Role.AREA_DIRECTOR, null);
        WebSession director = WebSession.signedIn(port, "director.6533", TestArea.PASSWORD);
        byte[] file = csv("date,name_th\n2037-06-03,วันหยุดเฉพาะเขต\n");

        assertThat(load(director, 2037, null, true, file).statusCode()).isEqualTo(403);
        assertThat(load(director, 2037, other, false, file).statusCode()).isEqualTo(403);
        assertThat(remove(director, nationalDay, own).statusCode()).isEqualTo(403);
        assertThat(remove(director, otherDay, own).statusCode()).isEqualTo(403);
        assertThat(director.postForm(
                                "/calendar?year=2037",
                                "/calendar/holidays",
                                "year=2037&national=true&day=2037-06-04&nameTh=" + WebSession.enc("ทั่วประเทศ"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(count("day between '2037-01-01' and '2037-12-31'")).isEqualTo(2);

        HttpResponse<String> loaded = load(director, 2037, own, false, file);
        assertThat(loaded.body()).contains("เพิ่มใหม่ 1 วัน");
        assertThat(count("area_id = " + own + " and day = '2037-06-03'")).isEqualTo(1);
        assertThat(calendar.isWorkingDay(own, LocalDate.of(2037, 6, 3))).isFalse();
        assertThat(calendar.isWorkingDay(other, LocalDate.of(2037, 6, 3))).isTrue();
        assertThat(load(director, 2037, own, false, csv("date,name_th\n2037-06-01,ซ้ำกับวันหยุดทั่วประเทศ\n"))
                        .body())
                .contains(row(2, "date", "เป็นวันหยุดราชการทั่วประเทศอยู่แล้ว"));
    }

    private HttpResponse<String> load(WebSession session, int year, Long area, boolean national, byte[] file) {
        String query = "?year=" + year + (area == null ? "" : "&area=" + area) + "&national=" + national;
        return session.postFile("/calendar?year=" + year, "/calendar/import" + query, "holidays.csv", file);
    }

    private static HttpResponse<String> remove(WebSession session, long id, long area) {
        return session.postForm("/calendar", "/calendar/holidays/" + id + "/remove", "year=2037&area=" + area);
    }

    private long national(int year) {
        return count("area_id is null and extract(year from day) = " + year);
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from calendar.holiday where " + where)
                .query(Long.class)
                .single();
    }

    /** An administrator of their own who reads English, so the demo administrator's language stays Thai. */
    private WebSession englishAdministrator() {
        String username = "calendar.en." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(
                username,
                "Calendar reader",
                null,
                "calendar-test-password-2569",
                List.of(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null)));
        WebSession session = WebSession.signedIn(port, username, "calendar-test-password-2569");
        session.postForm("/calendar", "/language", "lang=en&back=/calendar");
        return session;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A row of the page's error table: its number, column and reason. */
    private static String row(int number, String column, String reason) {
        return "<td>" + number + "</td><td>" + column + "</td><td>" + reason;
    }
}

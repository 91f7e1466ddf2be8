package org.khet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar's API over its own data: an area's working days are the weekdays less the national holidays and its
 * own, never another area's; and a date's fiscal and academic years. The years used (2041, 2044) are no other
 * test's; the two areas (6535, 6536) are its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeCalendarTest extends IntegrationTest {

    @Autowired
    OfficeCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long area;
    long other;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void twoAreasAndTheirDays() {
        area = TestArea.open(context, "6535").id();
        other = TestArea.open(context, "6536").id();
        holiday(null, "2041-04-15", "สงกรานต์ทดสอบ");
        holiday(area, "2041-04-16", "วันหยุดของเขต");
        holiday(other, "2041-04-17", "วันหยุดของเขตอื่น");
    }

    @Test
    void anAreaWorksOnWeekdaysThatAreNeitherNationalNorItsOwnHolidays() {
        assertThat(calendar.isWorkingDay(area, LocalDate.of(2041, 4, 15)))
                .as("national")
                .isFalse();
        assertThat(calendar.isWorkingDay(area, LocalDate.of(2041, 4, 16)))
                .as("its own")
                .isFalse();
        assertThat(calendar.isWorkingDay(area, LocalDate.of(2041, 4, 17)))
                .as("another area's")
                .isTrue();
        assertThat(calendar.isWorkingDay(area, LocalDate.of(2041, 4, 20)))
                .as("a Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(other, LocalDate.of(2041, 4, 16))).isTrue();

        // From Friday 12 April the area is off on Monday 15 and Tuesday 16; the other area on Monday and Wednesday.
        LocalDate friday = LocalDate.of(2041, 4, 12);
        assertThat(calendar.workingDaysAfter(area, friday, 1)).isEqualTo(LocalDate.of(2041, 4, 17));
        assertThat(calendar.workingDaysAfter(other, friday, 1)).isEqualTo(LocalDate.of(2041, 4, 16));
        assertThat(calendar.workingDaysAfter(area, friday, 2)).isEqualTo(LocalDate.of(2041, 4, 18));
        assertThat(calendar.holidays(area, LocalDate.of(2041, 4, 1), LocalDate.of(2041, 4, 30)))
                .extracting(d -> d.name("th"))
                .containsExactly("สงกรานต์ทดสอบ", "วันหยุดของเขต");
        assertThat(calendar.holidays(null, LocalDate.of(2041, 4, 1), LocalDate.of(2041, 4, 30)))
                .extracting(d -> d.name("th"))
                .containsExactly("สงกรานต์ทดสอบ");
    }

    @Test
    void aLongCountReachesPastTheFirstWindowOfHolidaysItReads() {
        LocalDate from = LocalDate.of(2041, 1, 1);
        // 400 working days from 1 January 2041, counting by hand over the same three days.
        LocalDate expected = from;
        for (int left = 400; left > 0; ) {
            expected = expected.plusDays(1);
            if (expected.getDayOfWeek().getValue() <= 5
                    && !expected.equals(LocalDate.of(2041, 4, 15))
                    && !expected.equals(LocalDate.of(2041, 4, 16))) {
                left--;
            }
        }
        assertThat(calendar.workingDaysAfter(area, from, 400)).isEqualTo(expected);
    }

    @Test
    void anAreasOwnDayOnANationalHolidayIsOneDayOffWithBothNames() {
        holiday(null, "2044-04-18", "สงกรานต์ร่วม");
        holiday(area, "2044-04-18", "วันของเขตในวันสงกรานต์");
        LocalDate monday = LocalDate.of(2044, 4, 18);

        assertThat(calendar.holidays(area, monday.minusDays(3), monday.plusDays(3)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.day()).isEqualTo(monday);
                    assertThat(d.national()).isTrue();
                    assertThat(d.name("th")).isEqualTo("สงกรานต์ร่วม · วันของเขตในวันสงกรานต์");
                });
        assertThat(calendar.holidays(other, monday, monday))
                .extracting(d -> d.name("th"))
                .containsExactly("สงกรานต์ร่วม");
        // From Friday 15 April: Monday 18 is off once, so the first and second working days are Tuesday and Wednesday.
        assertThat(calendar.workingDaysAfter(area, monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));
        assertThat(calendar.workingDaysAfter(area, monday.minusDays(3), 2)).isEqualTo(monday.plusDays(2));

        String page = WebSession.signedIn(port, "admin", ADMIN_PASSWORD)
                .get("/calendar?year=2044&area=" + area)
                .body();
        assertThat(page).containsOnlyOnce("18 เม.ย. 2587").contains("วันของเขตในวันสงกรานต์");
    }

    @Test
    void aDateHasItsThaiFiscalAndAcademicYears() {
        assertThat(calendar.fiscalYear(LocalDate.of(2041, 9, 30)).buddhistYear())
                .isEqualTo(2584);
        assertThat(calendar.fiscalYear(LocalDate.of(2041, 10, 1)).buddhistYear())
                .isEqualTo(2585);
        assertThat(calendar.academicYear(LocalDate.of(2041, 5, 15)).buddhistYear())
                .isEqualTo(2583);
        assertThat(calendar.academicYear(LocalDate.of(2041, 5, 16)).buddhistYear())
                .isEqualTo(2584);
    }

    private void holiday(Long areaId, String day, String name) {
        jdbc.sql("""
                        insert into calendar.holiday (area_id, day, name_th) values (:a, cast(:d as date), :n)""").param("a", areaId).param("d", day).param("n", name).update();
    }
}

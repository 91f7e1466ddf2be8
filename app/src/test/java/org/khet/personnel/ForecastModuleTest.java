package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.khet.thai.BuddhistDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The five-year forecast: students move up a grade a year with the entry grade held, the criterion of each year is
 * the workforce plan's for the projected students, and a teacher who retires in the third forecast year's run-up is
 * gone from that year on (areas 7020–7021).
 */
@ModuleTest
class ForecastModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Forecast forecast;

    @Autowired
    Workforce workforce;

    @Autowired
    StaffingRules rules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void studentsMoveUpAGradeAYearWithTheEntryGradeHeld() {
        assertThat(Forecast.progress(grades("P1", 10, "P2", 11, "P3", 12)))
                .containsExactlyEntriesOf(grades("P1", 10, "P2", 10, "P3", 11));
        assertThat(Forecast.progress(Map.of("ALL", 70))).containsExactlyEntriesOf(Map.of("ALL", 70));

        TestArea area = TestArea.open(context, "7020");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        Enrolled.schools(context, area, year, "0001,โรงเรียนเลื่อนชั้น,30,25,20,15,10,5");
        ForecastPlan plan = forecast.readable(area(area), year, area.admin());

        List<ForecastYear> years = plan.school("70200001").orElseThrow().years();
        assertThat(years).hasSize(Forecast.YEARS + 1);
        assertThat(years.get(0).grades()).containsExactlyEntriesOf(grades6(30, 25, 20, 15, 10, 5));
        assertThat(years.get(1).grades()).containsExactlyEntriesOf(grades6(30, 30, 25, 20, 15, 10));
        assertThat(years.get(5).grades()).containsExactlyEntriesOf(grades6(30, 30, 30, 30, 30, 30));
        assertThat(years.get(5).academicYear()).isEqualTo(year + 5);
        assertThat(years.get(0).students()).isEqualTo(105);
        assertThat(years.get(5).students()).isEqualTo(180);
        // The base year's criterion is the workforce plan's, from the same rules.
        WorkforceRow base = workforce.of(area(area), year).rows().get(0);
        assertThat(years.get(0).criterion().teachers()).isEqualTo(base.criterionTeachers());
        assertThat(years.get(0).criterion().administrators()).isEqualTo(base.criterionAdministrators());
    }

    @Test
    void aTeacherWhoRetiresBeforeTheThirdYearIsGoneFromItOn() {
        TestArea area = TestArea.open(context, "7021");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        Enrolled.schools(context, area, year, "0001,โรงเรียนครูเกษียณ,10,10,10,10,10,10");
        long school = Enrolled.school(context, area, "0001");
        area.person("702100000011", "ผอ", "เกษียณ", "SCHOOL_DIRECTOR", school);
        area.person("702100000012", "ครู", "อยู่ต่อ", "TEACHER", school);
        long retiring = area.person("702100000013", "ครู", "เกษียณ", "TEACHER", school);
        // Reaches 60 on 31 May of the second forecast year's calendar year: retires on 30 September of it, after
        // that year's first day (16 May) and before the third's.
        int calendarYear = BuddhistDates.toGregorianYear(year + 2);
        jdbc.sql(
                        "insert into personnel.employment (person_id, employment_type, birth_date) values (:p, 'GOVERNMENT', :b)")
                .param("p", retiring)
                .param("b", LocalDate.of(calendarYear - 60, 6, 1))
                .update();

        List<ForecastYear> years = forecast.readable(area(area), year, area.admin())
                .school("70210001")
                .orElseThrow()
                .years();

        assertThat(years.stream().map(ForecastYear::teachers).toList()).containsExactly(2, 2, 2, 1, 1, 1);
        assertThat(years.stream().map(ForecastYear::administrators).toList()).containsExactly(1, 1, 1, 1, 1, 1);
        assertThat(years.stream().map(ForecastYear::retiring).toList()).containsExactly(0, 0, 1, 0, 0, 0);
    }

    private Area area(TestArea area) {
        return context.getBean(Areas.class).byCode(area.code()).orElseThrow();
    }

    private static Map<String, Integer> grades(Object... pairs) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, Integer> grades6(int... n) {
        return grades("P1", n[0], "P2", n[1], "P3", n[2], "P4", n[3], "P5", n[4], "P6", n[5]);
    }
}

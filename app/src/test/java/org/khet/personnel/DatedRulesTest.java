package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Rules that a circular changes, read and written through the shared dated table: a rule set from a day ends the one
 * in force of its own scope (an area's, a salary level's) and ends itself where a later one already set begins; the
 * same day twice is refused, or corrected where the family allows it; nothing is set backwards or by anyone but the
 * administrator (area 7250 and a salary level of its own).
 */
@ModuleTest
class DatedRulesTest {

    @Autowired
    AttendanceRules attendance;

    @Autowired
    SalaryRules salary;

    @Autowired
    ApplicationContext context;

    @Test
    void anAreasRuleFitsBetweenItsOwnRowsAndLeavesTheOthersAlone() {
        TestArea area = TestArea.open(context, "7250");
        KhetUser admin = area.admin();
        LocalDate today = attendance.today();
        LocalDate later = today.plusDays(20);
        LocalDate sooner = today.plusDays(10);
        LocalTime everyArea = attendance.lateAfter(area.id(), today).orElseThrow();

        attendance.add(area.id(), LocalTime.of(8, 0), later, "ประกาศเขต 7250 ฉบับ 2", false, admin);
        attendance.add(area.id(), LocalTime.of(8, 15), sooner, "ประกาศเขต 7250 ฉบับ 1", false, admin);

        assertThat(attendance.lateAfter(area.id(), today)).contains(everyArea);
        assertThat(attendance.lateAfter(area.id(), sooner.plusDays(1))).contains(LocalTime.of(8, 15));
        assertThat(attendance.lateAfter(area.id(), later)).contains(LocalTime.of(8, 0));
        assertThat(attendance.all().stream().filter(r -> Long.valueOf(area.id()).equals(r.areaId())))
                .extracting(AttendanceRules.Rule::validFrom, AttendanceRules.Rule::validUntil)
                .containsExactlyInAnyOrder(tuple(sooner, later), tuple(later, null));

        assertThatThrownBy(() -> attendance.add(area.id(), LocalTime.of(9, 0), sooner, "ซ้ำวัน", false, admin))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Texts.of("personnel.attendance.rule.sameDay")));
        assertThatThrownBy(() ->
                        attendance.add(area.id(), LocalTime.of(9, 0), today.minusDays(1), "ย้อนหลัง", false, admin))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Texts.of("personnel.attendance.rule.past", today)));
        KhetUser director = area.account("director.7250", Role.AREA_DIRECTOR, null);
        assertThatThrownBy(() ->
                        attendance.add(area.id(), LocalTime.of(9, 0), later.plusDays(1), "ไม่ใช่", false, director))
                .isInstanceOf(ForbiddenException.class);
        assertThat(attendance.all().stream().filter(r -> Long.valueOf(area.id()).equals(r.areaId())))
                .hasSize(2);
    }

    @Test
    void aCeilingSetAheadIsCorrectedOnTheSameDayAndEndedByALaterOne() {
        KhetUser admin = TestArea.open(context, "7251").admin();
        LocalDate first = salary.today().plusDays(30);
        LocalDate second = first.plusDays(30);

        long id = salary.setCeiling("ทดสอบ 7251", new BigDecimal("50000"), first, "ว 1/7251", false, admin);
        assertThat(salary.setCeiling("ทดสอบ 7251", new BigDecimal("52000"), first, "ว 2/7251", true, admin))
                .isEqualTo(id);
        salary.setCeiling("ทดสอบ 7251", new BigDecimal("60000"), second, "ว 3/7251", false, admin);

        assertThat(salary.ceilingOn("ทดสอบ 7251", first.minusDays(1))).isEmpty();
        assertThat(salary.ceilingOn(" ทดสอบ 7251 ", first))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("52000"));
        assertThat(salary.ceilingOn("ทดสอบ 7251", second))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("60000"));
        assertThat(salary.ceilings().stream().filter(c -> c.salaryLevel().equals("ทดสอบ 7251")))
                .extracting(
                        SalaryRules.Ceiling::validFrom, SalaryRules.Ceiling::validUntil, SalaryRules.Ceiling::circular)
                .containsExactly(tuple(first, second, "ว 2/7251"), tuple(second, null, "ว 3/7251"));
    }
}

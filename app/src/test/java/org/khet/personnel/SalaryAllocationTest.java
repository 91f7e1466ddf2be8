package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The allocation's arithmetic: a base part by criterion teachers and a quality part by criterion teachers × colour
 * weight; a HEADCOUNT share below one person pooled in its cluster; the whole parts received, the rest held centrally.
 */
class SalaryAllocationTest {

    static final SalaryRules.Rule RULE = new SalaryRules.Rule(
            1,
            LocalDate.of(2020, 1, 1),
            null,
            new BigDecimal("3"),
            new BigDecimal("15"),
            new BigDecimal("20"),
            new BigDecimal("6"),
            new BigDecimal("4"),
            new BigDecimal("3"),
            new BigDecimal("2"),
            new BigDecimal("1"),
            new BigDecimal("1"),
            "",
            true);

    @Test
    void headcountSharesPoolSmallSchoolsFractionsInTheirCluster() {
        List<SalaryAllocation.School> schools = List.of(
                new SalaryAllocation.School(1, "A", "a", "north", 30, "GREEN"),
                new SalaryAllocation.School(2, "B", "b", "north", 10, "RED"),
                new SalaryAllocation.School(3, "C", "c", "small", 3, "YELLOW"),
                new SalaryAllocation.School(4, "D", "d", "small", 2, null));
        // 45 criterion teachers × 15 % = 6.75 people: quality part 1.35, base part 5.4; weighted 120+10+9+2 = 141
        SalaryAllocation.Result r =
                SalaryAllocation.allocate(SalaryRound.Method.HEADCOUNT, new BigDecimal("6.75"), RULE, schools);

        assertThat(r.criterionTeachers()).isEqualTo(45);
        assertThat(r.weightedTeachers()).isEqualByComparingTo("141");
        SalaryAllocation.Share a = r.shares().get(0);
        assertThat(a.baseShare()).isEqualByComparingTo("3.6");
        assertThat(a.qualityShare()).isEqualByComparingTo("1.1489");
        assertThat(a.received()).isEqualByComparingTo("4");
        assertThat(a.pooled()).isFalse();
        SalaryAllocation.Share b = r.shares().get(1);
        assertThat(b.received()).isEqualByComparingTo("1");
        SalaryAllocation.Share c = r.shares().get(2);
        SalaryAllocation.Share d = r.shares().get(3);
        assertThat(c.pooled()).isTrue();
        assertThat(d.pooled()).isTrue();
        assertThat(c.received()).isZero();
        assertThat(r.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.name()).isEqualTo("small");
            assertThat(cluster.fractions()).isEqualByComparingTo(c.total().add(d.total()));
            assertThat(cluster.received()).isEqualByComparingTo("0");
        });
        assertThat(r.heldCentrally()).isEqualByComparingTo("1.75");
    }

    @Test
    void aPoolInBahtGivesWholeBahtAndKeepsTheRemainderCentrally() {
        List<SalaryAllocation.School> schools = List.of(
                new SalaryAllocation.School(1, "A", "a", "n", 2, "GREEN"),
                new SalaryAllocation.School(2, "B", "b", "n", 1, "GREEN"));
        SalaryAllocation.Result r =
                SalaryAllocation.allocate(SalaryRound.Method.POOL, new BigDecimal("1000"), RULE, schools);

        assertThat(r.shares().get(0).received()).isEqualByComparingTo("666");
        assertThat(r.shares().get(1).received()).isEqualByComparingTo("333");
        assertThat(r.shares()).noneMatch(SalaryAllocation.Share::pooled);
        assertThat(r.heldCentrally()).isEqualByComparingTo("1");
    }

    @Test
    void aUnitCountsItsStaffWithTheNoResultsWeightAndItsFractionIsHeldCentrallyNotPooled() {
        List<SalaryAllocation.School> schools = List.of(
                new SalaryAllocation.School(1, "A", "a", "small", 3, "GREEN"),
                new SalaryAllocation.School(2, "B", "b", "small", 1, "GREEN"));
        List<SalaryAllocation.Unit> units = List.of(new SalaryAllocation.Unit(9, "PLAN", "plan", 2));
        // 6 people: quality part 0.2 over weighted 3×4 + 1×4 + 2×1 = 18; base part 0.8 over 6
        SalaryAllocation.Result r =
                SalaryAllocation.allocate(SalaryRound.Method.HEADCOUNT, BigDecimal.ONE, RULE, schools, units);

        assertThat(r.criterionTeachers()).isEqualTo(6);
        assertThat(r.weightedTeachers()).isEqualByComparingTo("18");
        SalaryAllocation.UnitShare plan = r.units().get(0);
        assertThat(plan.weight()).isEqualByComparingTo(RULE.weight(null));
        assertThat(plan.baseShare()).isEqualByComparingTo("0.2666");
        assertThat(plan.qualityShare()).isEqualByComparingTo("0.0222");
        assertThat(plan.received()).isZero();
        assertThat(r.clusters()).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("small"));
        assertThat(r.heldCentrally()).isEqualByComparingTo("1");
    }
}

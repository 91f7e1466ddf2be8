package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workforce plan computed from the registry's enrolment and people and the staffing criterion in force on the
 * academic year's first day: the shipped small-school bands at their edges (20/21 and 120/121 students), contract
 * and temporary teachers listed apart, ครูไม่ครบชั้น, a school no rule covers; a formula the administrator enters
 * covers larger schools from its day; a new band ends the bands it overlaps (areas 6930–6932).
 */
@ModuleTest
class WorkforceModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Workforce workforce;

    @Autowired
    StaffingRules rules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void criterionAtTheBandEdgesAgainstGovernmentStaffWithContractTeachersApart() {
        TestArea area = TestArea.open(context, "6930");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนยี่สิบ,10,10,0,0,0,0",
                "0002,โรงเรียนยี่สิบเอ็ด,7,7,7,0,0,0",
                "0003,โรงเรียนร้อยยี่สิบ,20,20,20,20,20,20",
                "0004,โรงเรียนร้อยยี่สิบเอ็ด,20,20,20,20,20,21");
        long twenty = Enrolled.school(context, area, "0001");
        area.person("693000000011", "ผอ", "ยี่สิบ", "SCHOOL_DIRECTOR", twenty);
        area.person("693000000012", "ครู", "ยี่สิบ", "TEACHER", twenty);
        long twentyOne = Enrolled.school(context, area, "0002");
        area.person("693000000021", "ผอ", "ยี่สิบเอ็ด", "SCHOOL_DIRECTOR", twentyOne);
        area.person("693000000022", "ครู", "ยี่สิบเอ็ด", "TEACHER", twentyOne);
        area.person("693000000023", "ครูจ้าง", "ยี่สิบเอ็ด", "CONTRACT_TEACHER", twentyOne);
        long temporary = area.person("693000000024", "ครูชั่วคราว", "ยี่สิบเอ็ด", "TEACHER", twentyOne);
        jdbc.sql("insert into personnel.employment (person_id, employment_type) values (:p, 'TEMPORARY')")
                .param("p", temporary)
                .update();
        long full = Enrolled.school(context, area, "0003");
        area.person("693000000031", "ผอ", "ร้อยยี่สิบ", "SCHOOL_DIRECTOR", full);
        area.person("693000000032", "รองผอ", "ร้อยยี่สิบ", "SCHOOL_DEPUTY", full);
        for (int n = 0; n < 6; n++) {
            area.person("69300000004" + n, "ครู" + n, "ร้อยยี่สิบ", n == 0 ? "ASSISTANT_TEACHER" : "TEACHER", full);
        }
        area.school("0005", "โรงเรียนไม่มีนักเรียนปีนี้", 0);

        Workforce.Plan plan = workforce.readable(area(area), year, area.admin());
        Map<String, WorkforceRow> rows = byCode(plan);

        WorkforceRow a = rows.get("69300001");
        assertThat(a.students()).isEqualTo(20);
        assertThat(a.classes()).isEqualTo(2);
        assertThat(a.source()).isEqualTo(WorkforceRow.Criterion.BAND);
        assertThat(a.criterionAdministrators()).isEqualTo(1);
        assertThat(a.criterionTeachers()).isEqualTo(1);
        assertThat(a.difference()).isZero();
        assertThat(a.shortOfClasses()).as("one teacher for two classes").isTrue();

        WorkforceRow b = rows.get("69300002");
        assertThat(b.students()).isEqualTo(21);
        assertThat(b.criterionTeachers()).as("21 students: the band 21–40").isEqualTo(2);
        assertThat(b.teachers())
                .as("the contract and the temporary teacher are not counted")
                .isEqualTo(1);
        assertThat(b.contractTeachers()).isEqualTo(2);
        assertThat(b.differenceAdministrators()).isZero();
        assertThat(b.differenceTeachers()).isEqualTo(-1);
        assertThat(b.percentageTeachers()).isEqualByComparingTo(new BigDecimal("-50.0"));
        assertThat(b.percentage()).isEqualByComparingTo(new BigDecimal("-33.3"));

        WorkforceRow c = rows.get("69300003");
        assertThat(c.students()).isEqualTo(120);
        assertThat(c.criterionTeachers()).as("120 students: the band 101–120").isEqualTo(6);
        assertThat(c.administrators()).isEqualTo(2);
        assertThat(c.teachers()).as("an assistant teacher is a teacher").isEqualTo(6);
        assertThat(c.differenceAdministrators()).isEqualTo(1);
        assertThat(c.shortOfClasses()).isFalse();

        WorkforceRow d = rows.get("69300004");
        assertThat(d.students()).isEqualTo(121);
        assertThat(d.source())
                .as("121 students: past the bands, and no formula shipped")
                .isEqualTo(WorkforceRow.Criterion.NO_RULE);
        assertThat(d.criterionTeachers()).isNull();
        assertThat(d.difference()).isNull();
        assertThat(rows.get("69300005").source()).isEqualTo(WorkforceRow.Criterion.NO_STUDENTS);

        assertThat(plan.shortages()).extracting(WorkforceRow::schoolCode).containsExactly("69300002");
        assertThat(plan.surpluses()).extracting(WorkforceRow::schoolCode).containsExactly("69300003");
        assertThat(plan.shortOfClasses()).extracting(WorkforceRow::schoolCode).contains("69300001", "69300004");
        assertThat(plan.withoutRule()).extracting(WorkforceRow::schoolCode).containsExactly("69300004");
    }

    @Test
    void aFormulaTheAdministratorEntersCoversLargerSchoolsFromItsDayAndOnlyTheAreaAndTheDirectorRead() {
        TestArea area = TestArea.open(context, "6931");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        int next = year + 1;
        Enrolled.schools(context, area, year, "0001,โรงเรียนสูตร,22,22,22,22,21,21");
        Enrolled.schools(context, area, next, "0001,โรงเรียนสูตร,22,22,22,22,21,21");
        rules.addFormula(
                new StaffingRules.Formula(
                        0,
                        121,
                        null,
                        new BigDecimal("25"),
                        30,
                        new BigDecimal("1.5"),
                        2,
                        rules.today(),
                        null,
                        "ก.ค.ศ. ว 23/2563 (ทดสอบ 6931)",
                        false),
                area.admin());

        WorkforceRow now = byCode(workforce.of(area(area), year)).get("69310001");
        assertThat(now.source())
                .as("the formula starts after this year's first day")
                .isEqualTo(WorkforceRow.Criterion.NO_RULE);
        WorkforceRow then = byCode(workforce.of(area(area), next)).get("69310001");
        assertThat(then.source()).isEqualTo(WorkforceRow.Criterion.FORMULA);
        assertThat(then.criterionAdministrators()).isEqualTo(2);
        assertThat(then.criterionTeachers())
                .as("six classrooms × 1.5 = 9, more than 130 / 25 rounded up = 6")
                .isEqualTo(9);

        long school = Enrolled.school(context, area, "0001");
        area.account("director.6931", Role.SCHOOL_DIRECTOR, school);
        area.account("director2.6931", Role.SCHOOL_DIRECTOR, area.school("0002", "โรงเรียนอื่น"));
        area.account("teacher.6931", Role.TEACHER, school);
        var director = context.getBean(org.khet.platform.Accounts.class);
        assertThat(workforce
                        .readable(area(area), year, signedIn(director, "director.6931"))
                        .rows())
                .extracting(WorkforceRow::schoolCode)
                .containsExactly("69310001");
        assertThatThrownBy(() -> workforce.readable(area(area), year, signedIn(director, "teacher.6931")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(workforce
                        .readable(area(area), year, signedIn(director, "director2.6931"))
                        .rows())
                .extracting(WorkforceRow::schoolCode)
                .containsExactly("69310002");
    }

    @Test
    void aNewBandEndsTheBandsItOverlapsFromItsDayAndNothingBackwards() {
        TestArea area = TestArea.open(context, "6932");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        int later = year + 2;
        LocalDate from = Workforce.criterionDay(later).minusMonths(1);
        Enrolled.schools(context, area, year, "0001,โรงเรียนสามสิบห้า,5,5,5,5,5,10");
        Enrolled.schools(context, area, later, "0001,โรงเรียนสามสิบห้า,5,5,5,5,5,10");
        long id = rules.addBand(
                new StaffingRules.Band(0, 1, 30, 1, 3, from, null, "หนังสือทดสอบ 6932", false), area.admin());

        assertThat(rules.bands())
                .filteredOn(b -> b.validUntil() != null && b.validUntil().equals(from))
                .extracting(StaffingRules.Band::studentsFrom)
                .containsExactlyInAnyOrder(1, 21);
        assertThat(byCode(workforce.of(area(area), year)).get("69320001").criterionTeachers())
                .as("this year keeps the band 21–40")
                .isEqualTo(2);
        assertThat(byCode(workforce.of(area(area), later)).get("69320001").source())
                .as("35 students: the band 21–40 ended, the new one stops at 30")
                .isEqualTo(WorkforceRow.Criterion.NO_RULE);

        assertThatThrownBy(() -> rules.addBand(
                        new StaffingRules.Band(0, 25, 28, 1, 2, from, null, "ซ้ำวัน", false), area.admin()))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.addBand(
                        new StaffingRules.Band(0, 1, 30, 1, 3, rules.today().minusDays(1), null, "ย้อนหลัง", false),
                        area.admin()))
                .isInstanceOf(RejectedException.class);
        var accounts = context.getBean(org.khet.platform.Accounts.class);
        area.account("director.6932", Role.AREA_DIRECTOR, null);
        assertThatThrownBy(() ->
                        rules.end(StaffingRules.Kind.BAND, id, from.plusDays(1), signedIn(accounts, "director.6932")))
                .isInstanceOf(ForbiddenException.class);
        rules.end(StaffingRules.Kind.BAND, id, from.plusDays(1), area.admin());
        assertThat(rules.bands())
                .filteredOn(b -> b.id() == id)
                .extracting(StaffingRules.Band::validUntil)
                .containsExactly(from.plusDays(1));
    }

    private static org.khet.platform.KhetUser signedIn(org.khet.platform.Accounts accounts, String username) {
        return accounts.signedIn(accounts.byUsername(username).orElseThrow());
    }

    private org.khet.registry.Area area(TestArea area) {
        return context.getBean(org.khet.registry.Areas.class).byId(area.id()).orElseThrow();
    }

    private static Map<String, WorkforceRow> byCode(Workforce.Plan plan) {
        return plan.rows().stream().collect(Collectors.toMap(WorkforceRow::schoolCode, Function.identity()));
    }
}

package org.khet.personnel.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.personnel.Enrolled;
import org.khet.personnel.Workforce;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The subject shortages of a small primary school (six grades, one class each, 60 students) under the shipped
 * curriculum hours and load: Thai needs 1,080 hours = 1.5 teachers; a teacher with the major "คณิตศาสตร์" counts for
 * mathematics, " ภาษา อังกฤษ " for foreign languages (case and spaces ignored), a teacher counts once by their first
 * qualification, contract teachers not at all; an unmapped major and a teacher without one are listed apart, and
 * mapping the major counts the teacher; hours and a load set from a later day change that year only; who may change
 * and read what (areas 7160–7161).
 */
@ModuleTest
class SubjectShortagesModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubjectShortages shortages;

    @Autowired
    CurriculumRules rules;

    @Autowired
    MajorAreas majors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSmallPrimarySchoolsHoursNeedAndTeachersByMajor() {
        TestArea area = TestArea.open(context, "7160");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        Enrolled.schools(context, area, year, "0001,โรงเรียนหกชั้น,10,10,10,10,10,10");
        long school = Enrolled.school(context, area, "0001");
        teacher(area, school, "716000000011", "TEACHER", null, "คณิตศาสตร์");
        teacher(area, school, "716000000012", "TEACHER", null, " ภาษา  อังกฤษ ");
        teacher(area, school, "716000000013", "ASSISTANT_TEACHER", null, "การประถมศึกษา");
        teacher(area, school, "716000000014", "TEACHER", null);
        teacher(area, school, "716000000015", "TEACHER", "CONTRACT", "ภาษาไทย");
        teacher(area, school, "716000000016", "TEACHER", null, "ภาษาไทย", "คณิตศาสตร์");
        teacher(area, school, "716000000017", "CONTRACT_TEACHER", null, "วิทยาศาสตร์");

        SubjectPlan plan = shortages.of(area(area), year);
        Map<LearningArea, SubjectRow> rows = byArea(plan);

        assertThat(plan.load().hoursPerYear()).as("the shipped 18 h × 40 weeks").isEqualTo(720);
        SubjectRow thai = rows.get(LearningArea.THAI);
        assertThat(thai.hours()).as("P1–P3 200 h, P4–P6 160 h, one class each").isEqualTo(1080);
        assertThat(thai.needed()).isEqualByComparingTo("1.5");
        assertThat(thai.teachers())
                .as("the first qualification's Thai counts; the contract teacher's does not")
                .isEqualTo(1);
        assertThat(thai.difference()).isEqualByComparingTo("-0.5");
        assertThat(rows.get(LearningArea.MATHEMATICS).teachers())
                .as("คณิตศาสตร์ counts for mathematics; a second degree's major does not count again")
                .isEqualTo(1);
        assertThat(rows.get(LearningArea.FOREIGN_LANGUAGES).needed()).isEqualByComparingTo("0.5");
        assertThat(rows.get(LearningArea.FOREIGN_LANGUAGES).difference()).isEqualByComparingTo("0.5");
        assertThat(rows.get(LearningArea.SCIENCE).teachers())
                .as("a contract teacher is not counted")
                .isZero();
        assertThat(rows.get(LearningArea.HEALTH_PE).needed())
                .as("480 / 720 rounded to one decimal")
                .isEqualByComparingTo("0.7");

        assertThat(plan.shortages())
                .extracting(SubjectRow::learningArea)
                .containsExactly(
                        LearningArea.SCIENCE,
                        LearningArea.SOCIAL,
                        LearningArea.HEALTH_PE,
                        LearningArea.ARTS,
                        LearningArea.THAI,
                        LearningArea.MATHEMATICS,
                        LearningArea.OCCUPATIONS);
        assertThat(plan.unmappedMajors())
                .extracting(SubjectPlan.UnmappedMajor::major, SubjectPlan.UnmappedMajor::teachers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("การประถมศึกษา", 1),
                        org.assertj.core.groups.Tuple.tuple(null, 1));

        majors.map("การประถม ศึกษา", LearningArea.THAI, area.admin());
        SubjectPlan mapped = shortages.of(area(area), year);
        assertThat(byArea(mapped).get(LearningArea.THAI).teachers()).isEqualTo(2);
        assertThat(byArea(mapped).get(LearningArea.THAI).difference()).isEqualByComparingTo("0.5");
        assertThat(mapped.unmappedMajors())
                .extracting(SubjectPlan.UnmappedMajor::major)
                .containsExactly((String) null);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'major_area'"
                                + " and action = 'MAJOR_AREA_MAPPED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        long id = majors.all().stream()
                .filter(m -> m.major().equals("การประถม ศึกษา"))
                .findFirst()
                .orElseThrow()
                .id();
        majors.remove(id, area.admin());
        assertThat(byArea(shortages.of(area(area), year)).get(LearningArea.THAI).teachers())
                .isEqualTo(1);
    }

    @Test
    void hoursAndALoadSetFromALaterDayChangeThatYearOnlyAndOnlyTheAdministratorSetsThem() {
        TestArea area = TestArea.open(context, "7161");
        int before = 2599;
        int after = 2600;
        LocalDate from = Workforce.criterionDay(after).minusDays(15);
        Enrolled.schools(context, area, before, "0001,โรงเรียนกฎใหม่,10,10,10,10,10,10");
        Enrolled.schools(context, area, after, "0001,โรงเรียนกฎใหม่,10,10,10,10,10,10");
        long school = Enrolled.school(context, area, "0001");
        area.account("director.7161", Role.SCHOOL_DIRECTOR, school);
        area.account("personnel.7161", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Accounts accounts = context.getBean(Accounts.class);
        KhetUser director =
                accounts.signedIn(accounts.byUsername("director.7161").orElseThrow());
        KhetUser personnel =
                accounts.signedIn(accounts.byUsername("personnel.7161").orElseThrow());

        rules.setHours(LearningArea.THAI, List.of("P1", "P2"), 300, from, "หลักสูตรทดสอบ 7161", area.admin());
        rules.setLoad(20, 40, from, "ภาระงานทดสอบ 7161", area.admin());

        assertThat(byArea(shortages.of(area(area), before))
                        .get(LearningArea.THAI)
                        .hours())
                .as("the year before keeps the shipped hours")
                .isEqualTo(1080);
        SubjectRow thai = byArea(shortages.of(area(area), after)).get(LearningArea.THAI);
        assertThat(thai.hours()).as("P1 and P2 at 300 from the later day").isEqualTo(1280);
        assertThat(thai.needed()).as("1,280 / (20 × 40)").isEqualByComparingTo(new BigDecimal("1.6"));

        assertThatThrownBy(() -> rules.setHours(LearningArea.THAI, List.of("P1"), 250, from, "ซ้ำวัน", area.admin()))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.setLoad(18, 40, rules.today().minusDays(1), "ย้อนหลัง", area.admin()))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.setHours(LearningArea.THAI, List.of("K1"), 10, from, "อนุบาล", area.admin()))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.setLoad(20, 40, from.plusDays(1), "ไม่ใช่ผู้ดูแลระบบ", personnel))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> majors.map("ปรัชญา", LearningArea.SOCIAL, director))
                .isInstanceOf(ForbiddenException.class);

        assertThat(shortages.readable(area(area), after, director).rows())
                .extracting(SubjectRow::schoolCode)
                .containsOnly("71610001");
        assertThat(shortages.readable(area(area), after, personnel).rows()).hasSize(8);
    }

    /** A person at {@code school} in {@code position} with {@code majors} as their qualifications, in that order. */
    private void teacher(
            TestArea area, long school, String idSeed, String position, String employmentType, String... majors) {
        long person = area.person(idSeed, "ครู" + idSeed.substring(9), "สาระ", position, school);
        if (employmentType == null && majors.length == 0) {
            return;
        }
        jdbc.sql("insert into personnel.employment (person_id, employment_type) values (:p, :t)")
                .param("p", person)
                .param("t", employmentType == null ? "GOVERNMENT" : employmentType)
                .update();
        for (int i = 0; i < majors.length; i++) {
            jdbc.sql("insert into personnel.qualification (person_id, degree, major, position)"
                            + " values (:p, 'ปริญญาตรี', :m, :n)")
                    .param("p", person)
                    .param("m", majors[i])
                    .param("n", i + 1)
                    .update();
        }
    }

    private Area area(TestArea area) {
        return context.getBean(Areas.class).byId(area.id()).orElseThrow();
    }

    private static Map<LearningArea, SubjectRow> byArea(SubjectPlan plan) {
        return plan.rows().stream().collect(Collectors.toMap(SubjectRow::learningArea, Function.identity()));
    }
}

package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rules of development records (areas 7130–7134): only verified hours count, in the fiscal year of the last day
 * (30 September and 1 October fall in two years); hours of none or fewer, more than twelve a day or in quarter hours
 * are refused in Thai and English; the target is the rule in force on the fiscal year's first day; no one changes
 * another's record, verifies their own, or changes one once verified; an Action Learning project of one school's
 * team, finished by the director after a reflection, gives each member its hours, verified.
 */
@ModuleTest
class DevelopmentModuleTest {

    private static final FiscalYear FY2569 = FiscalYear.ofBuddhistYear(2569);
    private static final FiscalYear FY2570 = FiscalYear.ofBuddhistYear(2570);

    @Autowired
    ApplicationContext context;

    @Autowired
    TrainingFiling filing;

    @Autowired
    TrainingReview review;

    @Autowired
    DevelopmentHours hours;

    @Autowired
    DevelopmentRules rules;

    @Autowired
    ActionLearnings projects;

    @Test
    void onlyVerifiedHoursCountInTheFiscalYearOfTheLastDay() {
        School s = school("7130");
        long september =
                filing.file(training("สิ้นปีงบ", LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), "6"), s.teacher);
        long october = filing.file(
                training("ต้นปีงบ", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1), "7.5"), s.teacher);
        filing.file(training("ยังไม่ตรวจ", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), "3"), s.teacher);

        DevelopmentRow before = row(s, FY2570);
        assertThat(before.verifiedHours()).isEqualByComparingTo("0");
        assertThat(before.pendingHours()).as("waiting, not counted").isEqualByComparingTo("10.5");

        review.verify(september, s.director);
        review.verify(october, s.director);
        assertThat(row(s, FY2569).verifiedHours()).as("ends 30 September 2026").isEqualByComparingTo("6");
        DevelopmentRow now = row(s, FY2570);
        assertThat(now.verifiedHours()).as("ends 1 October 2026").isEqualByComparingTo("7.5");
        assertThat(now.pendingHours()).isEqualByComparingTo("3");
        assertThat(now.expectedHours()).as("the shipped starting figure").isEqualByComparingTo("20");
        assertThat(now.below()).isTrue();
        assertThat(now.missing()).isEqualByComparingTo("12.5");
    }

    @Test
    void hoursOfNoneOrTooManyAreRefusedInBothLanguages() {
        School s = school("7131");
        LocalDate day = LocalDate.of(2026, 11, 20);
        for (String bad : new String[] {"0", "-2", "12.5", "2.25"}) {
            assertThatThrownBy(() -> filing.file(training("ชั่วโมงผิด", day, day, bad), s.teacher))
                    .as(bad)
                    .isInstanceOfSatisfying(RejectedException.class, e -> {
                        assertThat(e.reason().th()).contains("จำนวนชั่วโมงต้องมากกว่า 0");
                        assertThat(e.reason().en()).contains("more than 0").contains("at most 12");
                    });
        }
        assertThatThrownBy(() -> filing.file(training("ไม่มีชั่วโมง", day, day, null), s.teacher))
                .isInstanceOf(RejectedException.class);
        assertThat(filing.file(training("สองวัน", day, day.plusDays(1), "24"), s.teacher))
                .as("twelve a day for two days")
                .isPositive();
        assertThatThrownBy(() ->
                        filing.file(training("ยังไม่จบ", day, rules.today().plusDays(1), "6"), s.teacher))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().en()).contains("after today"));
        assertThat(row(s, FY2570).pendingHours()).as("nothing refused was kept").isEqualByComparingTo("24");
    }

    @Test
    void theTargetIsTheRuleInForceOnTheFiscalYearsFirstDay() {
        School s = school("7132");
        KhetUser admin = s.area.admin();
        FiscalYear now = rules.currentYear();
        FiscalYear next = FiscalYear.ofBuddhistYear(now.buddhistYear() + 1);
        rules.add(rule(s, next.start(), "30"), admin);
        rules.add(rule(s, rules.today().plusDays(1), "25"), admin);

        assertThat(row(s, now).expectedHours())
                .as("a rule from tomorrow is not in force on this fiscal year's first day")
                .isEqualByComparingTo("20");
        assertThat(row(s, next).expectedHours()).isEqualByComparingTo("30");
        assertThat(rules.expected(s.area.id(), FiscalYear.ofBuddhistYear(now.buddhistYear() + 2))
                        .get(DevelopmentGroup.TEACHER))
                .isEqualByComparingTo("30");
        assertThat(rules.expected(s.area.id(), now)).containsKeys(DevelopmentGroup.values());
        assertThat(rules.all())
                .filteredOn(r -> s.area.id() == (r.areaId() == null ? -1 : r.areaId())
                        && r.hours().intValue() == 25)
                .singleElement()
                .satisfies(r -> assertThat(r.validUntil())
                        .as("ends when the later rule begins")
                        .isEqualTo(next.start()));

        assertThatThrownBy(() -> rules.add(rule(s, rules.today().minusDays(1), "10"), admin))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.add(rule(s, next.start().plusYears(1), "10"), s.director))
                .as("only the administrator")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void someoneElsesRecordIsNotEditableAndNoOneVerifiesTheirOwn() {
        School s = school("7133");
        long colleague = s.area.person("713300000004", "ครู", "เพื่อนร่วมงาน", "TEACHER", s.id);
        KhetUser other = s.area.account("colleague.7133", Role.TEACHER, s.id);
        s.area.link(colleague, "colleague.7133");
        LocalDate day = LocalDate.of(2026, 11, 21);
        long id = filing.file(training("ของฉัน", day, day, "6"), s.teacher);

        assertThatThrownBy(() -> filing.edit(id, training("ของคนอื่น", day, day, "12"), other))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.verify(id, other)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.verify(id, s.teacher))
                .as("not one's own")
                .isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> review.giveBack(id, " ", s.director)).isInstanceOf(RejectedException.class);
        review.giveBack(id, "แนบเกียรติบัตรด้วย", s.director);
        filing.edit(id, training("ของฉัน แก้แล้ว", day, day, "6"), s.teacher);
        assertThat(row(s, FY2570).pendingHours()).as("waiting again").isEqualByComparingTo("6");
        review.verify(id, s.director);
        assertThatThrownBy(() -> filing.edit(id, training("หลังตรวจ", day, day, "12"), s.teacher))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().en()).contains("verified"));
        assertThat(row(s, FY2570).verifiedHours()).isEqualByComparingTo("6");
    }

    @Test
    void finishingAnActionLearningProjectGivesEachMemberItsHours() {
        School s = school("7134");
        long colleague = s.area.person("713400000004", "ครู", "ร่วมทีม", "TEACHER", s.id);
        long elsewhere = s.area.person("713400000005", "ครู", "ต่างโรงเรียน", "TEACHER", s.area.school("0002", "อื่น"));
        assertThatThrownBy(() -> projects.start(
                        new ActionLearnings.NewProject(
                                "อ่านคล่อง", "ป.2 อ่านไม่คล่อง", "อ่านคล่องทุกคน", List.of(elsewhere)),
                        s.teacher))
                .as("a team of one school")
                .isInstanceOf(RejectedException.class);
        long id = projects.start(
                new ActionLearnings.NewProject("อ่านคล่อง", "ป.2 อ่านไม่คล่อง", "อ่านคล่องทุกคน", List.of(colleague)),
                s.teacher);
        LocalDate day = LocalDate.of(2026, 11, 9);
        projects.record(id, 1, "PLAN", day, "วางแผนฝึกอ่านวันละ 15 นาที", s.teacher);
        assertThat(projects.readable(id, s.director).status()).isEqualTo("RUNNING");
        assertThatThrownBy(() -> projects.finish(id, "อ่านได้", new BigDecimal("12"), s.director))
                .as("not before a reflection")
                .isInstanceOf(RejectedException.class);
        projects.record(id, 1, "ACT", day.plusDays(1), "ฝึกอ่าน", s.teacher);
        projects.record(id, 1, "OBSERVE", day.plusDays(7), "อ่านได้ดีขึ้น 8 จาก 10 คน", s.teacher);
        projects.record(id, 1, "REFLECT", day.plusDays(8), "เพิ่มหนังสือภาพ", s.teacher);
        projects.finish(id, "นักเรียนอ่านคล่อง 9 จาก 10 คน", new BigDecimal("12"), s.director);

        assertThat(projects.readable(id, s.teacher).done()).isTrue();
        assertThat(row(s, FY2570).verifiedHours())
                .as("finished by the director: verified")
                .isEqualByComparingTo("12");
        assertThat(hours.ofPerson(s.area.id(), colleague, FY2570).orElseThrow().verifiedHours())
                .isEqualByComparingTo("12");
        assertThatThrownBy(() -> projects.record(id, 2, "PLAN", day.plusDays(9), "อีกรอบ", s.teacher))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> projects.readable(id, s.area.account("stranger.7134", Role.TEACHER, s.id)))
                .as("not on the team")
                .isInstanceOf(org.khet.shared.NotFoundException.class);
    }

    /** An area with a school, its director and a teacher, each with a linked account. */
    private record School(TestArea area, long id, long teacherId, KhetUser teacher, KhetUser director) {}

    private School school(String code) {
        TestArea area = TestArea.open(context, code);
        long school = area.school("0001", "โรงเรียนพัฒนา " + code);
        long director = area.person(code + "00000001", "ผอ", "พัฒนา", "SCHOOL_DIRECTOR", school);
        long teacher = area.person(code + "00000002", "ครู", "ใฝ่รู้", "TEACHER", school);
        KhetUser directorUser = area.account("director." + code, Role.SCHOOL_DIRECTOR, school);
        area.link(director, "director." + code);
        KhetUser teacherUser = area.account("teacher." + code, Role.TEACHER, school);
        area.link(teacher, "teacher." + code);
        return new School(area, school, teacher, teacherUser, directorUser);
    }

    private DevelopmentRow row(School s, FiscalYear year) {
        return hours.ofPerson(s.area.id(), s.teacherId, year).orElseThrow();
    }

    private static TrainingFiling.NewTraining training(String title, LocalDate first, LocalDate last, String h) {
        return new TrainingFiling.NewTraining(
                title, "สพฐ.", TrainingKind.TRAINING, first, last, h == null ? null : new BigDecimal(h), null, null);
    }

    private static DevelopmentRules.NewRule rule(School s, LocalDate from, String h) {
        return new DevelopmentRules.NewRule(
                s.area.id(), DevelopmentGroup.TEACHER, new BigDecimal(h), from, "หนังสือทดสอบ " + from, false);
    }
}

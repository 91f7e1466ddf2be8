package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention on an area of its own (6690): when a register entry is due for the destruction list (a letter of 2558
 * kept ten years at the end of 2568, a permanent one never, a one-year one the year after), how a changed class
 * moves it, the committee of three and its decisions, the twenty-year transfer list, and classes as dated data.
 */
@ModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Retention retention;

    @Autowired
    RetentionClasses classes;

    @Autowired
    DestructionLists lists;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    JdbcClient jdbc;

    Organisation office;
    KhetUser staff;
    KhetUser clerk;
    BackDatedRegister old;

    @BeforeAll
    void anOfficeWithOneLetterSent() {
        TestArea area = TestArea.open(context, "6690");
        long school = area.school("0001", "โรงเรียนทดสอบการเก็บหนังสือ");
        office = organisations.byCode("6690").orElseThrow();
        staff = area.account("staff.6690", Role.AREA_STAFF, area.unit());
        clerk = area.account("clerk.6690", Role.SCHOOL_CLERK, school);
        long letter = letters.draft(
                office,
                new LetterDraft(
                        "EXTERNAL",
                        null,
                        "หนังสือต้นแบบ",
                        "ข้อความ",
                        null,
                        null,
                        null,
                        false,
                        false,
                        true,
                        null,
                        null,
                        null),
                staff);
        letters.send(letter, staff);
        old = new BackDatedRegister(jdbc, office, letter);
    }

    @Test
    void aLetterOf2558KeptTheDefaultTenYearsIsDueAtTheEndOf2568() {
        long entry = old.enteredOn(LocalDate.of(2015, 3, 2), "ขอเชิญประชุม ปี 2558");

        assertThat(retention.classOf(office, entry)).isEqualTo("TEN_YEARS");
        assertThat(ids(lists.destruction(office, 2567))).doesNotContain(entry);
        assertThat(lists.destruction(office, 2568))
                .filteredOn(r -> r.entryId() == entry)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.due()).isEqualTo(2568);
                    assertThat(r.subject()).isEqualTo("ขอเชิญประชุม ปี 2558");
                    assertThat(r.destroy()).isNull();
                });
        assertThat(ids(lists.destruction(office, 2569))).contains(entry);
    }

    @Test
    void aPermanentLetterIsNeverDueAndGoesToTheArchivesInItsTwentiethYear() {
        long entry = old.enteredOn(LocalDate.of(1990, 5, 10), "ประกาศจัดตั้งโรงเรียน ปี 2533");
        retention.set(office, entry, "PERMANENT", staff);

        assertThat(ids(lists.destruction(office, 2568))).doesNotContain(entry);
        assertThat(ids(lists.destruction(office, 2600))).doesNotContain(entry);
        assertThat(ids(lists.transfer(office, 2552))).doesNotContain(entry);
        assertThat(ids(lists.transfer(office, 2553))).contains(entry);
    }

    @Test
    void aOneYearLetterIsDueAtTheEndOfTheYearAfterItsRegistration() {
        long entry = old.enteredOn(LocalDate.of(2024, 11, 20), "แจ้งวันหยุดราชการ ปี 2567");
        retention.set(office, entry, "ONE_YEAR", staff);

        assertThat(ids(lists.destruction(office, 2567))).doesNotContain(entry);
        assertThat(ids(lists.destruction(office, 2568))).contains(entry);
    }

    @Test
    void aChangedClassMovesTheLetterInAndOutOfTheList() {
        long entry = old.enteredOn(LocalDate.of(2017, 8, 1), "รายงานผลโครงการ ปี 2560");
        assertThat(ids(lists.destruction(office, 2568))).as("2560 + 10 = 2570").doesNotContain(entry);

        retention.set(office, entry, "FIVE_YEARS", staff);
        assertThat(retention.classOf(office, entry)).isEqualTo("FIVE_YEARS");
        assertThat(ids(lists.destruction(office, 2568))).as("2560 + 5 = 2565").contains(entry);

        retention.set(office, entry, "PERMANENT", staff);
        assertThat(ids(lists.destruction(office, 2568))).doesNotContain(entry);
    }

    @Test
    void onlyAClassOfferedNowByThoseWhoActForTheOrganisation() {
        long entry = old.enteredOn(LocalDate.of(2016, 1, 5), "คำสั่งแต่งตั้ง ปี 2559");

        assertThatThrownBy(() -> retention.set(office, entry, "FOREVER_AND_A_DAY", staff))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> retention.set(office, entry, "PERMANENT", clerk))
                .as("a school's clerk does not act for the office")
                .isInstanceOf(ForbiddenException.class);
        assertThat(retention.classOf(office, entry)).isEqualTo("TEN_YEARS");
    }

    @Test
    void aCommitteeOfFewerThanThreeIsRefusedAndTheDecisionsOfThreeHoldInLaterYears() {
        long destroyed = old.enteredOn(LocalDate.of(2009, 2, 3), "ขอความอนุเคราะห์ ปี 2552");
        long kept = old.enteredOn(LocalDate.of(2009, 2, 4), "ผลการประเมิน ปี 2552");
        var two = new DestructionLists.Committee("นายประธาน ทดสอบ", List.of("นางกรรมการ หนึ่ง", " "));

        assertThatThrownBy(() -> lists.decide(office, 2562, two, List.of(), staff))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("อย่างน้อย 2 คน");
        assertThat(lists.committee(office, 2562)).isEmpty();

        var three = new DestructionLists.Committee("นายประธาน ทดสอบ", List.of("นางกรรมการ หนึ่ง", "นายกรรมการ สอง"));
        assertThatThrownBy(() ->
                        lists.decide(office, 2562, three, List.of(new DestructionLists.Decision(kept, 2562)), staff))
                .as("kept longer means a later year")
                .isInstanceOf(RejectedException.class);
        lists.decide(office, 2562, three, List.of(new DestructionLists.Decision(kept, 2565)), staff);

        assertThat(lists.committee(office, 2562)).contains(three);
        assertThat(lists.destruction(office, 2562))
                .filteredOn(r -> r.entryId() == destroyed || r.entryId() == kept)
                .extracting(
                        DestructionLists.Row::entryId, DestructionLists.Row::destroy, DestructionLists.Row::keepUntil)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(destroyed, true, null),
                        org.assertj.core.groups.Tuple.tuple(kept, false, 2565));
        assertThat(ids(lists.destruction(office, 2564))).doesNotContain(destroyed, kept);
        assertThat(ids(lists.destruction(office, 2565))).contains(kept).doesNotContain(destroyed);
    }

    @Test
    void theClassesAndTheDefaultAreDataAnAdministratorChangesFromADayNeverBackwards() {
        LocalDate later = LocalDate.of(2100, 1, 1);
        schedule.define("twenty_years", 20, "เก็บไว้ 20 ปี", "Kept 20 years", later);
        schedule.makeDefault("FIVE_YEARS", later);
        schedule.withdraw("ONE_YEAR", later);

        assertThat(classes.offered(later.minusDays(1)))
                .extracting(RetentionClasses.RetentionClass::code)
                .containsExactly("ONE_YEAR", "FIVE_YEARS", "TEN_YEARS", "PERMANENT");
        assertThat(classes.offered(later))
                .extracting(RetentionClasses.RetentionClass::code)
                .containsExactly("FIVE_YEARS", "TEN_YEARS", "TWENTY_YEARS", "PERMANENT");
        assertThat(classes.defaultOn(later.minusDays(1))).isEqualTo("TEN_YEARS");
        assertThat(classes.defaultOn(later)).isEqualTo("FIVE_YEARS");
        assertThat(classes.version("ONE_YEAR", later))
                .as("a letter that kept a withdrawn class keeps its years")
                .map(RetentionClasses.RetentionClass::years)
                .contains(1);

        LocalDate yesterday = context.getBean(Registers.class).today().minusDays(1);
        assertThatThrownBy(() -> schedule.define("SEVEN_YEARS", 7, "เก็บไว้ 7 ปี", "Kept 7 years", yesterday))
                .as("never backwards")
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> schedule.define("TWENTY_YEARS", 25, "เก็บไว้ 25 ปี", "Kept 25 years", later))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> schedule.define("7 ปี", 7, "เก็บไว้ 7 ปี", "Kept 7 years", later))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> schedule.withdraw("FIVE_YEARS", later))
                .as("not the default of that day")
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> schedule.makeDefault("NO_SUCH_CLASS", later)).isInstanceOf(RejectedException.class);
        assertThat(classes.offered(LocalDate.of(2099, 6, 1)))
                .extracting(RetentionClasses.RetentionClass::code)
                .doesNotContain("SEVEN_YEARS");
    }

    private static List<Long> ids(List<DestructionLists.Row> rows) {
        return rows.stream().map(DestructionLists.Row::entryId).toList();
    }
}

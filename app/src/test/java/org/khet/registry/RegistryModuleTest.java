package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The registry alone (with the platform it stands on), on an area it makes for itself: what it tells other modules
 * when a school is merged, a person leaves or a person moves to another school.
 */
@ModuleTest
class RegistryModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Schools schools;

    @Autowired
    People people;

    @Autowired
    PersonEditor editor;

    @Autowired
    Units units;

    @Autowired
    Accounts accounts;

    @Test
    void mergingASchoolIntoAnotherPublishesItOnce(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8201");
        long small = area.school("0001", "โรงเรียนบ้านเล็กควบรวม");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่รับควบรวม");

        School merged = schools.update(small, mergeForm(schools.byId(small).orElseThrow(), "82010002"), area.admin());

        assertThat(merged.mergedInto()).isEqualTo(receiving);
        assertThat(events)
                .contains(SchoolMerged.class)
                .matching(e -> e.school() == small
                        && e.into() == receiving
                        && e.area() == area.id()
                        && Long.valueOf(area.admin().id()).equals(e.editor()));
        schools.update(small, mergeForm(merged, "82010002"), area.admin());
        assertThat(events.ofType(SchoolMerged.class))
                .as("saving the merged school again merges nothing")
                .hasSize(1);
    }

    @Test
    void aPersonMarkedNoLongerActiveHasLeftAndAnEditThatKeepsThemActiveHasNot(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8202");
        long school = area.school("0001", "โรงเรียนบ้านคนย้าย");
        long clerk = area.person("820200000011", "สมศรี", "ลาออก", "GENERAL_OFFICER", school);
        long teacher = area.person("820200000021", "สมชาย", "ยังอยู่", "TEACHER", school);

        editor.update(teacher, form(people.byId(teacher).orElseThrow(), "82020001", true), area.admin());
        assertThat(events.ofType(PersonLeft.class)).isEmpty();

        editor.update(clerk, form(people.byId(clerk).orElseThrow(), "82020001", false), area.admin());
        assertThat(events.ofType(PersonLeft.class))
                .containsExactly(new PersonLeft(
                        clerk, area.id(), school, null, area.admin().id()));
    }

    @Test
    void aLeaverEventNamesTheEditorWhoMarkedThemSuchAsTheirSchoolsClerk(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8205");
        long school = area.school("0001", "โรงเรียนบ้านธุรการแก้ไข");
        long director = area.person("820500000011", "สมบัติ", "ผู้อำนวยการ", "SCHOOL_DIRECTOR", school);
        long id = accounts.create(
                "clerk.8205",
                "ธุรการ 8205",
                null,
                "module-test-clerk-8205",
                List.of(new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, school)));
        KhetUser clerk = accounts.signedIn(accounts.byId(id).orElseThrow());

        editor.update(director, form(people.byId(director).orElseThrow(), "82050001", false), clerk);

        assertThat(events.ofType(PersonLeft.class))
                .containsExactly(new PersonLeft(director, area.id(), school, null, clerk.id()));
    }

    @Test
    void aPersonEditedIntoAnotherSchoolHasMovedAndOneWhoLeavesAtTheSameTimeHasLeft(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8203");
        long from = area.school("0001", "โรงเรียนบ้านต้นทางครูย้าย");
        long to = area.school("0002", "โรงเรียนบ้านปลายทางครูย้าย");
        long teacher = area.person("820300000011", "สมพร", "ย้ายโรงเรียน", "TEACHER", from);

        editor.update(teacher, form(people.byId(teacher).orElseThrow(), "82030001", true), area.admin());
        assertThat(events.ofType(PersonMoved.class))
                .as("an edit at the same school")
                .isEmpty();

        editor.update(teacher, form(people.byId(teacher).orElseThrow(), "82030002", true), area.admin());
        assertThat(events.ofType(PersonMoved.class))
                .containsExactly(new PersonMoved(
                        teacher, area.id(), from, to, null, null, area.admin().id()));

        editor.update(teacher, form(people.byId(teacher).orElseThrow(), "82030001", false), area.admin());
        assertThat(events.ofType(PersonLeft.class)).hasSize(1);
        assertThat(events.ofType(PersonMoved.class))
                .as("leaving ends everything held in the area; no move besides")
                .hasSize(1);
    }

    @Test
    void thePeopleImportPublishesAMoveForEachPersonWhoseSchoolChangedAndNoOther(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8204");
        long from = area.school("0001", "โรงเรียนบ้านต้นทางนำเข้า");
        long to = area.school("0002", "โรงเรียนบ้านปลายทางนำเข้า");
        long mover = area.person("820400000011", "สมทรง", "ย้ายตามไฟล์", "TEACHER", from);
        area.person("820400000021", "สมศักดิ์", "อยู่ที่เดิม", "TEACHER", from);

        ImportReport report = area.importPeople(
                area.personRow("820400000011", "สมทรง", "ย้ายตามไฟล์", "TEACHER", to),
                area.personRow("820400000021", "สมศักดิ์", "เปลี่ยนนามสกุล", "TEACHER", from),
                area.personRow("820400000031", "สมหญิง", "มาใหม่", "TEACHER", to));

        assertThat(report.updated()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(1);
        assertThat(events.ofType(PersonMoved.class))
                .singleElement()
                .isEqualTo(new PersonMoved(
                        mover, area.id(), from, to, null, null, area.admin().id()));
    }

    @Test
    void aPersonMovedBetweenUnitsOrBetweenAUnitAndASchoolHasMoved(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8206");
        long school = area.school("0001", "โรงเรียนบ้านไปกลุ่มงาน");
        long first = units.inArea(area.id()).get(0).id();
        long second = units.inArea(area.id()).get(1).id();
        long person = area.person("820600000011", "สมนึก", "ย้ายกลุ่มงาน", "TEACHER", school);
        long admin = area.admin().id();

        editor.update(person, form(people.byId(person).orElseThrow(), null, first, true), area.admin());
        editor.update(person, form(people.byId(person).orElseThrow(), null, second, true), area.admin());
        editor.update(person, form(people.byId(person).orElseThrow(), null, second, true), area.admin());
        editor.update(person, form(people.byId(person).orElseThrow(), "82060001", null, true), area.admin());

        assertThat(events.ofType(PersonMoved.class))
                .as("school to unit, unit to unit, unit to school; an edit in the same unit is no move")
                .containsExactly(
                        new PersonMoved(person, area.id(), school, null, null, first, admin),
                        new PersonMoved(person, area.id(), null, null, first, second, admin),
                        new PersonMoved(person, area.id(), null, school, second, null, admin));
    }

    private static SchoolForm mergeForm(School s, String intoCode) {
        return new SchoolForm(
                s.code10(),
                s.nameTh(),
                s.nameEn(),
                s.networkId(),
                s.amphoe(),
                s.tambon(),
                "MERGED",
                intoCode,
                s.phone(),
                s.email(),
                s.version());
    }

    private static PersonForm form(Person p, String schoolCode, boolean active) {
        return form(p, schoolCode, p.unitId(), active);
    }

    private static PersonForm form(Person p, String schoolCode, Long unitId, boolean active) {
        return new PersonForm(
                p.title(),
                p.firstNameTh(),
                p.lastNameTh(),
                p.positionId(),
                p.academicStanding(),
                schoolCode,
                unitId,
                null,
                p.phone(),
                p.email(),
                active,
                p.version());
    }
}

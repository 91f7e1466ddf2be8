package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The registry alone (with the platform it stands on), on an area it makes for itself: what it tells other modules
 * when a school is merged or a person leaves.
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

    @Test
    void mergingASchoolIntoAnotherPublishesItOnce(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8201");
        long small = area.school("0001", "โรงเรียนบ้านเล็กควบรวม");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่รับควบรวม");

        School merged = schools.update(small, mergeForm(schools.byId(small).orElseThrow(), "82010002"), area.admin());

        assertThat(merged.mergedInto()).isEqualTo(receiving);
        assertThat(events)
                .contains(SchoolMerged.class)
                .matching(e -> e.school() == small && e.into() == receiving && e.area() == area.id());
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
        assertThat(events)
                .contains(PersonLeft.class)
                .matching(e -> e.person() == clerk
                        && e.area() == area.id()
                        && Long.valueOf(school).equals(e.school()));
        assertThat(events.ofType(PersonLeft.class)).hasSize(1);
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
        return new PersonForm(
                p.title(),
                p.firstNameTh(),
                p.lastNameTh(),
                p.positionId(),
                p.academicStanding(),
                schoolCode,
                p.unitId(),
                null,
                p.phone(),
                p.email(),
                active,
                p.version());
    }
}

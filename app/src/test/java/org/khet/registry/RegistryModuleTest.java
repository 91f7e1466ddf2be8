package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The registry alone (with the platform it stands on), on data it makes for itself. */
@ModuleTest
class RegistryModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Units units;

    @Test
    void aNewAreaStartsWithItsUnitsAndTakesSchools() {
        TestArea area = TestArea.open(context, "8201");
        assertThat(units.inArea(area.id())).extracting(Unit::code).contains("PERSONNEL");
        long school = area.school("0001", "โรงเรียนทดสอบโมดูล");
        assertThat(area.person("820100000011", "ทดสอบ", "โมดูล", "SCHOOL_DIRECTOR", school))
                .isPositive();
    }
}

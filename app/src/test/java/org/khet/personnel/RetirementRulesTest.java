package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The age of retirement as dated data: the shipped age 60 with its law; a new age set by the administrator from a day
 * to come applies to those who would retire under the old one on or after that day; a past day, an age out of range
 * and anyone but the administrator are refused (area 6903 for the one who may not).
 */
@ModuleTest
class RetirementRulesTest {

    @Autowired
    RetirementRules rules;

    @Autowired
    ApplicationContext context;

    @Test
    void aNewAgeAppliesFromItsDayOnly() {
        KhetUser admin = context.getBean(Accounts.class)
                .signedIn(context.getBean(Accounts.class).byUsername("admin").orElseThrow());
        assertThat(rules.all().get(0).age()).isEqualTo(60);
        assertThat(rules.all().get(0).circular()).contains("2494");

        rules.set(62, LocalDate.of(2031, 10, 1), "พ.ร.บ. ทดสอบ", true, admin);

        RetirementRules.Ages ages = rules.ages();
        assertThat(ages.retiresOn(LocalDate.of(1971, 1, 1))).isEqualTo(LocalDate.of(2031, 9, 30));
        assertThat(ages.retiresOn(LocalDate.of(1972, 10, 5))).isEqualTo(LocalDate.of(2035, 9, 30));
        assertThat(ages.ageOn(LocalDate.of(2026, 9, 30))).isEqualTo(60);
        assertThat(ages.ageOn(LocalDate.of(2035, 9, 30))).isEqualTo(62);
        assertThat(rules.all().get(0).validUntil()).isEqualTo(LocalDate.of(2031, 10, 1));

        assertThatThrownBy(() -> rules.set(61, LocalDate.of(2000, 1, 1), "ย้อนหลัง", false, admin))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.set(99, LocalDate.of(2040, 1, 1), "เกิน", false, admin))
                .isInstanceOf(RejectedException.class);
        KhetUser director = TestArea.open(context, "6903").account("director.6903", Role.AREA_DIRECTOR, null);
        assertThatThrownBy(() -> rules.set(61, LocalDate.of(2040, 1, 1), "ไม่ใช่ผู้ดูแล", false, director))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rules.all()).hasSize(2);
    }
}

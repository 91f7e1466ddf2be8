package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vacancies a round proposes count the teachers who retire before its moves take effect (area 7105): school 0001
 * has the three teachers its 60 students' criterion asks, one of whom turns 60 this fiscal year — a round taking
 * effect after 30 September proposes a place there, one taking effect before does not.
 */
@ModuleTest
class TransferVacanciesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aTeacherRetiringBeforeTheMovesLeavesAPlace() {
        TestArea area = TestArea.open(context, "7105");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        for (String seed : new String[] {"01", "02", "03"}) {
            TransferSchools.teacher(context, area, seed, "ครู" + seed, "0001", LocalDate.of(2010, 5, 16), null);
        }
        // Sixty in this fiscal year: retires on its last day, 30 September.
        LocalDate lastDay = FiscalYear.of(today).end();
        jdbc.sql("update personnel.employment set birth_date = :b where person_id = :p")
                .param("b", lastDay.minusYears(60).minusMonths(3))
                .param("p", area.personId("7105000000" + "01"))
                .update();
        KhetUser group = area.account("personnel.7105", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Area a = context.getBean(Areas.class).byCode("7105").orElseThrow();
        TransferRounds rounds = context.getBean(TransferRounds.class);
        TransferVacancies vacancies = context.getBean(TransferVacancies.class);

        long before = rounds.create(a, 2569, today, today.plusDays(14), lastDay, group);
        vacancies.propose(a, before, group);
        assertThat(vacancies.of(before))
                .extracting(TransferVacancies.Vacancy::schoolCode)
                .doesNotContain("71050001");

        long after = rounds.create(a, 2569, today, today.plusDays(14), lastDay.plusDays(1), group);
        vacancies.propose(a, after, group);
        assertThat(vacancies.of(after))
                .filteredOn(v -> v.schoolCode().equals("71050001"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.places()).isEqualTo(1);
                    assertThat(v.note()).contains("เกษียณก่อนวันที่ย้ายมีผล 1 คน");
                });
    }
}

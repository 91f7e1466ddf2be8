package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * What the registry answers other modules instead of letting them join its tables: who heads a unit, whose account is
 * whose, and the published views, on an area this test makes for itself.
 */
class PublishedRegistryTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    PersonAccounts links;

    @Autowired
    Accounts accounts;

    long area;
    long unit;
    long head;
    long formerHead;
    long officer;
    long headAccount;

    @BeforeEach
    void anAreaWithAUnitItsHeadAFormerHeadAndAnOfficer() {
        String code = "PR" + System.nanoTime() % 100_000_000L;
        area = jdbc.sql("""
                        insert into registry.area (code, name_th, name_en, letter_prefix)
                        values (:c, 'เขตทดสอบหัวหน้ากลุ่ม', 'Unit head test area', 'ศธ 09999') returning id""").param("c", code).query(Long.class).single();
        unit = jdbc.sql("""
                        insert into registry.unit (area_id, code, name_th, name_en)
                        values (:a, 'PERSONNEL', 'กลุ่มบริหารงานบุคคล', 'Personnel') returning id""").param("a", area).query(Long.class).single();
        head = person("GROUP_HEAD", "1100000000011", true);
        formerHead = person("GROUP_HEAD", "1100000000029", false);
        officer = person("LEGAL_OFFICER", "1100000000037", true);
        headAccount = accounts.create(
                "unit.head." + code.toLowerCase(java.util.Locale.ROOT),
                "หัวหน้ากลุ่มทดสอบ",
                null,
                "a-long-test-password-1",
                List.of(new RoleGrant(Role.LEGAL_OFFICER, area, null, null)));
        jdbc.sql("insert into registry.person_account (person_id, user_id) values (:p, :u)")
                .param("p", head)
                .param("u", headAccount)
                .update();
    }

    @Test
    void aUnitIsHeadedByItsActiveGroupHeadWithTheirAccount() {
        assertThat(units.headsOf(unit)).containsExactly(new UnitHead(unit, head, headAccount));
        jdbc.sql("update registry.person set active = false where id = :p")
                .param("p", head)
                .update();
        assertThat(units.headsOf(unit)).as("a vacant post").isEmpty();
    }

    @Test
    void theAccountOfAPersonAndThePersonOfAnAccount() {
        assertThat(links.personOf(headAccount)).contains(head);
        assertThat(links.personOf(-1)).isEmpty();
        assertThat(accounts.holdersOf(new RoleGrant(Role.LEGAL_OFFICER, area, null, null)))
                .containsExactly(headAccount);
        assertThat(accounts.holdersOf(new RoleGrant(Role.AREA_DIRECTOR, area, null, null)))
                .isEmpty();
    }

    @Test
    void holdingALinkNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> links.holdLink(head)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void thePersonSummaryNamesThePersonWithoutTheirNationalId() {
        assertThat(jdbc.sql("select full_name, user_id, unit_id from registry.person_summary where id = :p")
                        .param("p", head)
                        .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                        .single())
                .containsExactly("นายทดสอบ หัวหน้า", headAccount, unit);
        assertThat(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = 'registry' and table_name = 'person_summary'""").query(String.class).list()).doesNotContain("national_id", "phone", "email");
    }

    private long person(String position, String nationalId, boolean active) {
        return jdbc.sql("""
                        insert into registry.person (area_id, unit_id, title, first_name_th, last_name_th, position_id,
                                                     national_id, active)
                        values (:a, :u, 'นาย', 'ทดสอบ', 'หัวหน้า', (select id from registry.position where code = :pos),
                                :n, :active) returning id""")
                .param("a", area)
                .param("u", unit)
                .param("pos", position)
                .param("n", nationalId)
                .param("active", active)
                .query(Long.class)
                .single();
    }
}

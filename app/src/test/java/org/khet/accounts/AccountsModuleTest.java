package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PersonLeft;
import org.khet.registry.SchoolMerged;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * Accounts with the platform and the registry under them, on areas the test makes: how an account follows a
 * person who left and a school that was merged, each change audited.
 */
@ModuleTest
class AccountsModuleTest {

    private static final String PASSWORD = "module-test-account-password";

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    PersonAccounts personAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonWhoLeftLosesTheirRolesInTheAreaAndAnAccountWithNoRoleLeftIsDisabled(Scenario scenario) {
        TestArea area = TestArea.open(context, "8301");
        long school = area.school("0001", "โรงเรียนบ้านธุรการลาออก");
        long person = area.person("830100000011", "สมใจ", "ธุรการ", "GENERAL_OFFICER", school);
        long user = account("leaver.8301", new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, school));
        personAccounts.link(person, "leaver.8301", area.admin());

        scenario.publish(new PersonLeft(person, area.id(), school, null))
                .andWaitForStateChange(() -> accounts.byId(user).filter(a -> !a.enabled()))
                .andVerify(disabled -> assertThat(accounts.grantsOf(user)).isEmpty());
        assertThat(auditActions(user)).contains("REVOKE_ROLE", "DISABLE");
    }

    @Test
    void aPersonWhoLeftKeepsAnAccountThatHoldsARoleInAnotherArea(Scenario scenario) {
        TestArea area = TestArea.open(context, "8302");
        TestArea other = TestArea.open(context, "8303");
        long school = area.school("0001", "โรงเรียนบ้านสองเขต");
        long person = area.person("830200000011", "สมหมาย", "สองเขต", "SCHOOL_DIRECTOR", school);
        RoleGrant elsewhere = new RoleGrant(Role.AREA_DIRECTOR, other.id(), null, null);
        long user = account("twoareas.8302", new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, school), elsewhere);
        personAccounts.link(person, "twoareas.8302", area.admin());

        scenario.publish(new PersonLeft(person, area.id(), school, null))
                .andWaitForStateChange(() -> accounts.grantsOf(user), grants -> grants.size() == 1)
                .andVerify(grants -> assertThat(grants).containsExactly(elsewhere));
        assertThat(accounts.byId(user).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theRolesHeldAtAMergedSchoolEndAndThoseAtTheReceivingSchoolStay(Scenario scenario) {
        TestArea area = TestArea.open(context, "8304");
        long small = area.school("0001", "โรงเรียนบ้านเล็กยุบ");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่รับ");
        long director = account("merged.8304", new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, small));
        RoleGrant stays = new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, receiving);
        long receivingDirector = account("receiving.8304", stays);

        scenario.publish(new SchoolMerged(small, receiving, area.id()))
                .andWaitForStateChange(() -> accounts.grantsOf(director), List::isEmpty)
                .andVerify(grants -> assertThat(accounts.holdersAtSchool(small)).isEmpty());
        assertThat(accounts.grantsOf(receivingDirector)).containsExactly(stays);
        assertThat(accounts.byId(director).orElseThrow().enabled())
                .as("the area gives the merged school's director a role at the receiving school, if any")
                .isTrue();
        assertThat(auditActions(director)).contains("REVOKE_ROLE");
    }

    private long account(String username, RoleGrant... grants) {
        return accounts.create(username, username, null, PASSWORD, List.of(grants));
    }

    private List<String> auditActions(long user) {
        return jdbc.sql("select action from platform.audit_event where entity_type = 'user' and entity_id = :u")
                .param("u", Long.toString(user))
                .query(String.class)
                .list();
    }
}

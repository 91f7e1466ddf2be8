package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestPeers;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PersonLeft;
import org.khet.registry.PersonMoved;
import org.khet.registry.SchoolMerged;
import org.khet.registry.TestArea;
import org.khet.registry.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * Accounts with the platform, the registry and notifications under them, on areas the test makes: how an account
 * follows a person who left, a person who moved to another school or unit and a school that was merged, never
 * further than the editor of the change could go by hand, each change audited as the editor's; what stays is told
 * to the area director by e-mail (at the SMTP stand-in).
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

    @Autowired
    Units units;

    @Test
    void aPersonWhoLeftLosesTheirRolesInTheAreaAndAnAccountWithNoRoleLeftIsDisabled(Scenario scenario) {
        TestArea area = TestArea.open(context, "8301");
        long school = area.school("0001", "โรงเรียนบ้านธุรการลาออก");
        long person = area.person("830100000011", "สมใจ", "ธุรการ", "GENERAL_OFFICER", school);
        long user =
                linkedAccount(area, person, "leaver.8301", new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, school));

        scenario.publish(new PersonLeft(
                        person, area.id(), school, null, area.admin().id()))
                .andWaitForStateChange(() -> accounts.byId(user).filter(a -> !a.enabled()))
                .andVerify(disabled -> assertThat(accounts.grantsOf(user)).isEmpty());
        assertThat(auditActions(user)).contains("REVOKE_ROLE", "DISABLE");
    }

    @Test
    void aPersonWhoLeftKeepsARoleInAnotherAreaAndTheAreasOwnRolesOfWhichTheAreaDirectorIsTold(Scenario scenario) {
        TestArea area = TestArea.open(context, "8302");
        TestArea other = TestArea.open(context, "8303");
        long school = area.school("0001", "โรงเรียนบ้านสองเขต");
        long person = area.person("830200000011", "สมหมาย", "สองเขต", "SCHOOL_DIRECTOR", school);
        RoleGrant elsewhere = new RoleGrant(Role.AREA_DIRECTOR, other.id(), null, null);
        RoleGrant areaRole = new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null);
        long user = linkedAccount(
                area,
                person,
                "twoareas.8302",
                new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, school),
                elsewhere,
                areaRole);
        String areaDirector = areaDirectorWithMail(area);

        scenario.publish(new PersonLeft(
                        person, area.id(), school, null, area.admin().id()))
                .andWaitForStateChange(() -> accounts.grantsOf(user), grants -> grants.size() == 2)
                .andVerify(grants -> assertThat(grants)
                        .as("the area's own role is never ended by a registry change")
                        .containsExactly(elsewhere, areaRole));
        assertThat(accounts.byId(user).orElseThrow().enabled()).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestPeers.mailTo(areaDirector).size() == 1);
    }

    @Test
    void aPersonWhoMovedLosesTheRolesOfTheSchoolTheyLeftAndKeepsTheRest(Scenario scenario) {
        TestArea area = TestArea.open(context, "8305");
        long from = area.school("0001", "โรงเรียนบ้านเดิมผู้อำนวยการย้าย");
        long to = area.school("0002", "โรงเรียนบ้านใหม่ผู้อำนวยการย้าย");
        long person = area.person("830500000011", "สมคิด", "ย้ายไป", "SCHOOL_DIRECTOR", from);
        RoleGrant kept = new RoleGrant(Role.SUPERVISOR, area.id(), null, null);
        long user = linkedAccount(
                area, person, "mover.8305", new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, from), kept);

        scenario.publish(new PersonMoved(
                        person, area.id(), from, to, null, null, area.admin().id()))
                .andWaitForStateChange(() -> accounts.grantsOf(user), grants -> grants.size() == 1)
                .andVerify(grants -> assertThat(grants).containsExactly(kept));
        assertThat(accounts.byId(user).orElseThrow().enabled()).isTrue();
        assertThat(auditActions(user)).contains("REVOKE_ROLE").doesNotContain("DISABLE");
    }

    @Test
    void aClerkTheImportMovesWhoseOnlyRoleWasAtTheOldSchoolIsDisabled(Scenario scenario) {
        TestArea area = TestArea.open(context, "8306");
        long from = area.school("0001", "โรงเรียนบ้านเดิมธุรการย้าย");
        long to = area.school("0002", "โรงเรียนบ้านใหม่ธุรการย้าย");
        long person = area.person("830600000011", "สมปอง", "ธุรการย้าย", "GENERAL_OFFICER", from);
        long user =
                linkedAccount(area, person, "movedclerk.8306", new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, from));

        scenario.stimulate(() ->
                        area.importPeople(area.personRow("830600000011", "สมปอง", "ธุรการย้าย", "GENERAL_OFFICER", to)))
                .andWaitForStateChange(() -> accounts.byId(user).filter(a -> !a.enabled()))
                .andVerify(disabled -> assertThat(accounts.grantsOf(user)).isEmpty());
        assertThat(auditActions(user)).contains("REVOKE_ROLE", "DISABLE");
    }

    @Test
    void theRolesHeldAtAMergedSchoolEndAndThoseAtTheReceivingSchoolStay(Scenario scenario) {
        TestArea area = TestArea.open(context, "8304");
        long small = area.school("0001", "โรงเรียนบ้านเล็กยุบ");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่รับ");
        long director = account("merged.8304", new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, small));
        RoleGrant stays = new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, receiving);
        long receivingDirector = account("receiving.8304", stays);

        scenario.publish(new SchoolMerged(
                        small, receiving, area.id(), area.admin().id()))
                .andWaitForStateChange(() -> accounts.grantsOf(director), List::isEmpty)
                .andVerify(grants -> assertThat(accounts.holdersAtSchool(small)).isEmpty());
        assertThat(accounts.grantsOf(receivingDirector)).containsExactly(stays);
        assertThat(accounts.byId(director).orElseThrow().enabled())
                .as("the area gives the merged school's director a role at the receiving school, if any")
                .isTrue();
        assertThat(auditActions(director)).contains("REVOKE_ROLE");
    }

    @Test
    void aClerkMarkingTheirDirectorInactiveEndsNoneOfTheDirectorsRolesAndTellsTheAreaDirector(Scenario scenario)
            throws Exception {
        TestArea area = TestArea.open(context, "8307");
        long school = area.school("0001", "โรงเรียนบ้านธุรการแก้ผู้อำนวยการ");
        long person = area.person("830700000011", "สมควร", "ผู้อำนวยการ", "SCHOOL_DIRECTOR", school);
        List<RoleGrant> held = List.of(
                new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, school),
                new RoleGrant(Role.SUPERVISOR, area.id(), null, null));
        long director = linkedAccount(area, person, "director.8307", held.toArray(RoleGrant[]::new));
        KhetUser clerk = signedIn(account("clerk.8307", new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, school)));
        String areaDirector = areaDirectorWithMail(area);

        scenario.publish(new PersonLeft(person, area.id(), school, null, clerk.id()))
                .andWaitForStateChange(() -> TestPeers.mailTo(areaDirector), m -> !m.isEmpty())
                .andVerify(mails -> assertThat(mails).hasSize(1));
        MimeMessage mail = TestPeers.mailTo(areaDirector).get(0);
        assertThat(mail.getSubject()).isEqualTo("บทบาทที่ต้องตรวจสอบ: director.8307 (director.8307)");
        assertThat(String.valueOf(mail.getContent()))
                .contains("พ้นจากการปฏิบัติงานในเขตพื้นที่แล้ว")
                .contains("ผู้อำนวยการโรงเรียน ที่")
                .contains("โรงเรียนบ้านธุรการแก้ผู้อำนวยการ")
                .contains("ศึกษานิเทศก์ ที่");
        assertThat(accounts.grantsOf(director)).containsExactlyElementsOf(held);
        assertThat(accounts.byId(director).orElseThrow().enabled()).isTrue();
        assertThat(auditActions(director)).doesNotContain("REVOKE_ROLE", "DISABLE");
    }

    @Test
    void anAreaDirectorMarkingATeacherInactiveEndsTheSchoolRoleAndDisablesTheAccountAsTheirOwnActs(Scenario scenario) {
        TestArea area = TestArea.open(context, "8308");
        long school = area.school("0001", "โรงเรียนบ้านครูลาออก");
        long person = area.person("830800000011", "สมจิตร", "ครูลาออก", "TEACHER", school);
        long teacher =
                linkedAccount(area, person, "teacher.8308", new RoleGrant(Role.TEACHER, area.id(), null, school));
        KhetUser areaDirector =
                signedIn(account("areadirector.8308", new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null)));

        scenario.publish(new PersonLeft(person, area.id(), school, null, areaDirector.id()))
                .andWaitForStateChange(() -> accounts.byId(teacher).filter(a -> !a.enabled()))
                .andVerify(disabled -> assertThat(accounts.grantsOf(teacher)).isEmpty());
        assertThat(audit(teacher))
                .containsExactlyInAnyOrder(
                        "REVOKE_ROLE by areadirector.8308 in " + area.id(),
                        "DISABLE by areadirector.8308 in " + area.id());
    }

    @Test
    void aMergeRecordedByAreaStaffEndsNoRoleAtTheMergedSchoolAndTellsTheAreaDirector(Scenario scenario) {
        TestArea area = TestArea.open(context, "8310");
        long small = area.school("0001", "โรงเรียนบ้านเล็กเจ้าหน้าที่ยุบ");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่เจ้าหน้าที่รับ");
        RoleGrant held = new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, small);
        long director = account("merged.8310", held);
        long unit = units.inArea(area.id()).get(0).id();
        KhetUser staff = signedIn(account("staff.8310", new RoleGrant(Role.AREA_STAFF, area.id(), unit, null)));
        String areaDirector = areaDirectorWithMail(area);

        scenario.publish(new SchoolMerged(small, receiving, area.id(), staff.id()))
                .andWaitForStateChange(() -> TestPeers.mailTo(areaDirector), m -> !m.isEmpty())
                .andVerify(mails -> assertThat(accounts.grantsOf(director)).containsExactly(held));
        assertThat(auditActions(director)).doesNotContain("REVOKE_ROLE");
    }

    @Test
    void aPersonMovedToAnotherUnitByTheAreaDirectorLosesTheStaffRoleOfTheUnitTheyLeft(Scenario scenario) {
        TestArea area = TestArea.open(context, "8311");
        long school = area.school("0001", "โรงเรียนบ้านก่อนย้ายกลุ่ม");
        long person = area.person("831100000011", "สมเกียรติ", "ย้ายกลุ่มงาน", "TEACHER", school);
        long from = units.inArea(area.id()).get(0).id();
        long to = units.inArea(area.id()).get(1).id();
        RoleGrant kept = new RoleGrant(Role.AREA_STAFF, area.id(), to, null);
        long user = linkedAccount(
                area, person, "unitmover.8311", new RoleGrant(Role.AREA_STAFF, area.id(), from, null), kept);
        KhetUser areaDirector =
                signedIn(account("areadirector.8311", new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null)));

        scenario.publish(new PersonMoved(person, area.id(), null, null, from, to, areaDirector.id()))
                .andWaitForStateChange(() -> accounts.grantsOf(user), grants -> grants.size() == 1)
                .andVerify(grants -> assertThat(grants).containsExactly(kept));
        assertThat(accounts.byId(user).orElseThrow().enabled()).isTrue();
    }

    /** An account holding {@code grants}, linked to the person {@code person} by the area's administrator. */
    private long linkedAccount(TestArea area, long person, String username, RoleGrant... grants) {
        long user = account(username, grants);
        personAccounts.link(person, username, area.admin());
        return user;
    }

    private long account(String username, RoleGrant... grants) {
        return accounts.create(username, username, null, PASSWORD, List.of(grants));
    }

    /** The area's director, with an e-mail address at the SMTP stand-in; the address. */
    private String areaDirectorWithMail(TestArea area) {
        String username = "areadirector." + area.code();
        String address = username + "@example.org";
        accounts.create(
                username,
                username,
                address,
                PASSWORD,
                List.of(new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null)));
        return address;
    }

    private KhetUser signedIn(long user) {
        return accounts.signedIn(accounts.byId(user).orElseThrow());
    }

    /** Each audit row about the account as "action by actor in area". */
    private List<String> audit(long user) {
        return jdbc.sql("""
                        select action || ' by ' || username || ' in ' || coalesce(area_id::text, '-') from platform.audit_event
                        where entity_type = 'user' and entity_id = :u and action <> 'CREATE' and action <> 'GRANT_ROLE'""").param("u", Long.toString(user)).query(String.class).list();
    }

    private List<String> auditActions(long user) {
        return jdbc.sql("select action from platform.audit_event where entity_type = 'user' and entity_id = :u")
                .param("u", Long.toString(user))
                .query(String.class)
                .list();
    }
}

package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestClock;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Urgent letters left unacknowledged (area codes 6650–6659): raised to the recipient's director after the working
 * days of the rule in force, once; letters acknowledged in time, and normal ones, never; a letter urgent by a set
 * time once that time has passed; a changed rule applies to letters sent from its first day.
 */
@ModuleTest
class UrgentEscalationsModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Receipts receipts;

    @Autowired
    UrgentEscalations escalations;

    @Autowired
    AcknowledgeRules rules;

    @Autowired
    SchoolPrefixes prefixes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUrgentLetterLeftUnacknowledgedIsRaisedOnceToTheRecipientsDirectorAndItsWriter() {
        Area a = area("6650");
        long urgent = send(a, "URGENT", null);
        long normal = send(a, "NORMAL", null);
        receipts.accept(receipts.of(urgent, a.first, null).id(), a.clerk);
        long directorMails = mails(a.director);
        long writerMails = mails(a.staff);

        escalations.runNow();
        assertThat(escalated(urgent)).as("not yet overdue").isEmpty();
        clock.advance(Duration.ofDays(10));
        escalations.runNow();
        escalations.runNow();

        assertThat(escalated(urgent)).as("only the second school's copy").containsExactly(a.second.schoolId());
        assertThat(escalated(normal)).isEmpty();
        assertThat(mails(a.director)).as("raised once").isEqualTo(directorMails + 1);
        assertThat(mails(a.staff)).isEqualTo(writerMails + 1);
    }

    @Test
    void aLetterUrgentByASetTimeIsRaisedOnceThatTimeHasPassed() {
        Area a = area("6651");
        long id = send(a, "WITHIN", Instant.now().plus(Duration.ofHours(2)));
        escalations.runNow();
        assertThat(escalated(id)).isEmpty();
        clock.advance(Duration.ofHours(3));
        escalations.runNow();
        assertThat(escalated(id)).hasSize(2);
    }

    @Test
    void aRuleChangedFromADayOnAppliesToLettersSentFromThatDay() {
        Area a = area("6652");
        rules.set(Urgency.VERY_URGENT, 30, LocalDate.now().minusDays(1), admin());
        try {
            long id = send(a, "VERY_URGENT", null);
            clock.advance(Duration.ofDays(10));
            escalations.runNow();
            assertThat(escalated(id)).isEmpty();
        } finally {
            jdbc.sql("delete from correspondence.acknowledge_rule where urgency = 'VERY_URGENT' and set_by is not null")
                    .update();
        }
    }

    private record Area(
            Organisation office,
            Organisation first,
            Organisation second,
            KhetUser staff,
            KhetUser clerk,
            KhetUser director) {}

    private Area area(String code) {
        TestArea area = TestArea.open(context, code);
        long first = area.school("0001", "โรงเรียนด่วน " + code);
        long second = area.school("0002", "โรงเรียนช้า " + code);
        KhetUser staff = account("staff." + code, new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null));
        return new Area(
                organisations.byCode(code).orElseThrow(),
                organisations.byId(area.id(), first),
                organisations.byId(area.id(), second),
                staff,
                account("clerk." + code, new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, first)),
                account("director." + code, new RoleGrant(Role.SCHOOL_DIRECTOR, area.id(), null, second)));
    }

    private long send(Area a, String urgency, Instant urgentBy) {
        long id = letters.draft(
                a.office,
                new LetterDraft(
                        "EXTERNAL",
                        null,
                        "ขอข้อมูลด่วน",
                        "",
                        urgency,
                        urgentBy,
                        null,
                        false,
                        false,
                        true,
                        null,
                        null,
                        null),
                a.staff);
        letters.send(id, a.staff);
        return id;
    }

    private List<Long> escalated(long letterId) {
        return jdbc.sql(
                        "select school_id from correspondence.delivery where letter_id = :l and escalated_at is not null")
                .param("l", letterId)
                .query(Long.class)
                .list();
    }

    private KhetUser account(String username, RoleGrant grant) {
        long id =
                accounts.create(username, username, username + "@area.test", "module-test-" + username, List.of(grant));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    private KhetUser admin() {
        return accounts.signedIn(accounts.byUsername("admin").orElseThrow());
    }

    private long mails(KhetUser user) {
        return jdbc.sql("select count(*) from notifications.delivery where account_id = :a")
                .param("a", user.id())
                .query(Long.class)
                .single();
    }
}

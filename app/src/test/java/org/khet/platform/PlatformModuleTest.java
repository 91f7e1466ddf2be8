package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestClock;
import org.khet.registry.TestArea;
import org.khet.shared.RejectedException;
import org.khet.shared.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The platform on its own data: accounts and their grants (made, revoked, an account disabled), the one audit event
 * of an import, and the limits every instance shares in the database. Areas 880x.
 */
// The platform names places through Places, which the registry implements; so the registry starts too.
@ModuleTest(extraIncludes = "registry")
class PlatformModuleTest {

    private static final String PASSWORD = "module-test-platform-password";

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    AuditLog audit;

    @Autowired
    RateLimits limits;

    @Autowired
    PublicLimits publicLimits;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aRevokedGrantAndADisabledAccountTakeEffectAndAreAudited() {
        TestArea area = TestArea.open(context, "8801");
        long school = area.school("0001", "โรงเรียนบ้านแพลตฟอร์ม");
        RoleGrant clerk = new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, school);
        RoleGrant supervisor = new RoleGrant(Role.SUPERVISOR, area.id(), null, null);
        long user = accounts.create("platform.8801", "ทดสอบ แพลตฟอร์ม", null, PASSWORD, List.of(clerk, supervisor));

        assertThat(accounts.grantsOf(user)).containsExactlyInAnyOrder(clerk, supervisor);
        assertThat(accounts.holdersOf(clerk)).containsExactly(user);
        KhetUser signedIn = (KhetUser) authenticate("platform.8801", PASSWORD).getPrincipal();
        assertThat(signedIn.holdsAtSchool(school, Role.SCHOOL_CLERK)).isTrue();

        assertThat(accounts.revokeGrants(user, g -> g.atSchool(school))).isEqualTo(1);
        assertThat(accounts.grantsOf(user)).containsExactly(supervisor);
        assertThat(accounts.holdersAtSchool(school)).doesNotContain(user);
        assertThat(((KhetUser) authenticate("platform.8801", PASSWORD).getPrincipal()).schoolIds())
                .as("signed in again, the account no longer reaches the school")
                .doesNotContain(school);

        accounts.setEnabled(user, false);
        assertThat(accounts.byId(user))
                .hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
        assertThat(accounts.holdersOf(supervisor))
                .as("a disabled account is told nothing")
                .doesNotContain(user);
        assertThatThrownBy(() -> authenticate("platform.8801", PASSWORD))
                .as("the right password of a disabled account is refused like a wrong one")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(auditActions(user)).containsExactly("GRANT_ROLE", "GRANT_ROLE", "CREATE", "REVOKE_ROLE", "DISABLE");
    }

    @Test
    void anAccountIsNotMadeOnATakenUsernameOrAWeakPassword() {
        accounts.create("platform.8802", "ทดสอบ ชื่อซ้ำ", null, PASSWORD, List.of());

        assertThatThrownBy(() -> accounts.create("platform.8802", "อีกคน", null, PASSWORD, List.of()))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> accounts.create("platform.8802.short", "รหัสสั้น", null, "short", List.of()))
                .isInstanceOf(RejectedException.class);
        assertThat(accounts.byUsername("platform.8802"))
                .hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("ทดสอบ ชื่อซ้ำ"));
        assertThat(accounts.exists("platform.8802.short")).isFalse();
    }

    @Test
    void anImportIsOneAuditEventHoldingEveryRowItChanged() {
        TestArea area = TestArea.open(context, "8803");
        AuditLog.ChangedRows rows = new AuditLog.ChangedRows(
                """
                select 'platform_test' as entity_type, x.id as entity_id, cast(:area as bigint) as area_id,
                       case when x.id = 'b' then jsonb_build_object('name', 'old') end as before,
                       jsonb_build_object('name', x.name) as after
                from unnest(cast(:ids as text[]), cast(:names as text[])) as x(id, name)""", Map.of("area", area.id(), "ids", new String[] {"b", "a"}, "names", new String[] {"บี", "เอ"}));

        int held =
                audit.imported(new AuditLog.Import(null, area.admin(), "IMPORT_8803", "platform_test", "2 rows"), rows);

        assertThat(held).isEqualTo(2);
        var event = jdbc.sql("""
                        select area_id, username, change_count, summary, changes->0->>'id' as first_id,
                               changes->0->'after'->>'name' as first_name, changes->1->'before'->>'name' as replaced
                        from platform.audit_event where action = 'IMPORT_8803'""")
                .query((rs, n) -> Map.of(
                        "area", rs.getLong("area_id"),
                        "by", rs.getString("username"),
                        "count", rs.getInt("change_count"),
                        "first", rs.getString("first_id") + " " + rs.getString("first_name"),
                        "replaced", rs.getString("replaced")))
                .single();
        assertThat(event)
                .as("one event, its area taken from its rows, the rows in order of their ids")
                .containsEntry("area", area.id())
                .containsEntry("by", "admin")
                .containsEntry("count", 2)
                .containsEntry("first", "a เอ")
                .containsEntry("replaced", "old");

        int none = audit.imported(
                new AuditLog.Import(area.id(), area.admin(), "IMPORT_8803_EMPTY", "platform_test", "nothing"),
                new AuditLog.ChangedRows(
                        rows.select(), Map.of("area", area.id(), "ids", new String[0], "names", new String[0])));
        assertThat(none).isZero();
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'IMPORT_8803_EMPTY'")
                        .query(Integer.class)
                        .single())
                .as("an import that changed nothing is still one event")
                .isEqualTo(1);
        assertThatThrownBy(() -> new AuditLog.ChangedRows("select 1", Map.of("audit_user", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLimitRefusesAClientThatUsedItUpUntilItRefills() {
        RateLimits.Limit limit = limits.limit("module-test-8804", 2, Duration.ofMinutes(10));
        String client = "2001:db8:8804:1::1";

        assertThat(limit.check(client).allowed()).isTrue();
        assertThat(limit.take(client).allowed()).isTrue();
        assertThat(limit.take("2001:db8:8804:1::2").allowed())
                .as("another address of the same /64 is the same client")
                .isTrue();
        RateLimits.Taken refused = limit.take(client);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 600L);
        assertThat(limit.check(client).allowed()).isFalse();
        assertThat(limit.take("2001:db8:8804:2::1").allowed())
                .as("the next /64 is another client")
                .isTrue();

        clock.advance(Duration.ofMinutes(10));
        assertThat(limit.take(client).allowed()).as("refilled after its window").isTrue();
    }

    @Test
    void thePublicFormsShareFiveSubmissionsAndTooManyMissesStopLookups() {
        String client = "198.51.100.88";
        for (int i = 1; i <= 5; i++) {
            assertThat(publicLimits.take(PublicLimits.Kind.SUBMIT, client).allowed())
                    .as("submission %d", i)
                    .isTrue();
        }
        assertThatThrownBy(() -> publicLimits.check(PublicLimits.Kind.SUBMIT, client))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> assertThat(e.retryAfterSeconds())
                        .isPositive());
        assertThat(publicLimits.take(PublicLimits.Kind.LOOKUP, client).allowed())
                .as("lookups are counted apart from submissions")
                .isTrue();

        for (int i = 0; i < 10; i++) {
            publicLimits.missed(client);
        }
        assertThat(publicLimits.take(PublicLimits.Kind.LOOKUP, client).allowed())
                .as("a client guessing codes is refused its lookups")
                .isFalse();
        assertThat(publicLimits.take(PublicLimits.Kind.LOOKUP, "198.51.100.89").allowed())
                .isTrue();
    }

    private Authentication authenticate(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private List<String> auditActions(long user) {
        return jdbc.sql("""
                        select action from platform.audit_event
                        where entity_type = 'user' and entity_id = :id order by id""")
                .param("id", String.valueOf(user))
                .query(String.class)
                .list();
    }
}

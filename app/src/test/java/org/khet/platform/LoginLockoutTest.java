package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestPeers;
import org.khet.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock as a guesser and as the account's owner meet it, over HTTP: the login form and HTTP Basic on the token
 * endpoint answer a locked or disabled account exactly as a wrong password, failures keep counting, and the owner
 * is told by e-mail and on their profile. Each test speaks from its own client address.
 */
class LoginLockoutTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RateLimits limits;

    @Test
    void aLockedAccountAnswersTheRightPasswordAsAWrongOneOnTheFormAndOnBasic() {
        long id = user("lockme", "lockme@example.org", "right-password-1");
        WebSession browser = new WebSession(port, "198.51.100.150");
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn("lockme", "wrong-" + i))).endsWith("/login?error");
        }
        assertThat(accounts.byId(id).orElseThrow().lockedUntil()).isNotNull();

        HttpResponse<String> wrongForm = browser.signIn("lockme", "still-wrong");
        HttpResponse<String> rightForm = browser.signIn("lockme", "right-password-1");
        assertThat(rightForm.statusCode()).isEqualTo(wrongForm.statusCode()).isEqualTo(302);
        assertThat(location(rightForm)).isEqualTo(location(wrongForm)).endsWith("/login?error");
        assertThat(rightForm.body()).isEqualTo(wrongForm.body());

        Api.Response wrongBasic = basic("lockme", "still-wrong-2");
        Api.Response rightBasic = basic("lockme", "right-password-1");
        assertThat(rightBasic.status()).isEqualTo(wrongBasic.status()).isEqualTo(401);
        assertThat(rightBasic.body()).isEqualTo(wrongBasic.body());
    }

    @Test
    void failuresDuringTheLockKeepCountingAndExtendIt() {
        long id = user("relocked", null, "right-password-2");
        for (int i = 0; i < 5; i++) {
            basic("relocked", "wrong-" + i);
        }
        var firstLock = accounts.byId(id).orElseThrow().lockedUntil();
        assertThat(firstLock).isNotNull();
        for (int i = 0; i < 4; i++) {
            basic("relocked", "again-wrong-" + i);
        }
        assertThat(accounts.byId(id).orElseThrow().failedAttempts())
                .as("failures while locked are counted")
                .isEqualTo(4);
        basic("relocked", "again-wrong-4");
        assertThat(accounts.byId(id).orElseThrow().lockedUntil())
                .as("as many failures again lock the account anew from then")
                .isAfter(firstLock);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'LOCKED' and entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theOwnerIsToldOfTheLockByMailAndOnTheProfileAfterSigningIn() throws Exception {
        long id = user("toldof", "toldof@example.org", "right-password-3");
        for (int i = 0; i < 5; i++) {
            basic("toldof", "wrong-" + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("toldof@example.org") != null);
        MimeMessage mail = mailTo("toldof@example.org");
        assertThat(mail.getSubject()).contains("ล็อก").contains("locked");
        assertThat(String.valueOf(mail.getContent()))
                .contains("toldof")
                .contains("5")
                .contains("ถูกล็อกถึง")
                .contains("is locked until")
                .contains("/profile");

        accounts.setPassword(id, "a-new-password-3");
        WebSession owner = new WebSession(port, "198.51.100.151");
        assertThat(location(owner.signIn("toldof", "a-new-password-3")))
                .as("the first page after signing in is the profile with the notice")
                .endsWith("/profile");
        assertThat(owner.get("/profile").body()).contains("id=\"lock-notice\"");

        owner.postForm("/profile", "/profile/lock-notice", "");
        assertThat(owner.get("/profile").body()).doesNotContain("id=\"lock-notice\"");
        WebSession again = new WebSession(port, "198.51.100.151");
        assertThat(location(again.signIn("toldof", "a-new-password-3"))).doesNotEndWith("/profile");
    }

    @Test
    void guessingOnAtALockedAccountMailsItsOwnerOnce() throws Exception {
        long id = user("flooded-owner", "flooded-owner@example.org", "right-password-8");
        for (int i = 0; i < 15; i++) {
            basic("flooded-owner", "wrong-" + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("flooded-owner@example.org") != null);
        await().atMost(Duration.ofSeconds(10))
                .alias("every lock notice published for this account has been handled")
                .until(() -> lockNotices(id, "") == lockNotices(id, "and completion_date is not null"));
        assertThat(lockNotices(id, ""))
                .as("the lock was extended, not told anew")
                .isEqualTo(1);
        assertThat(mailsTo("flooded-owner@example.org")).isEqualTo(1);
        assertThat(accounts.byId(id).orElseThrow().lockedUntil()).isNotNull();
    }

    /** The AccountLocked events published about this user, with a further condition on their row. */
    private long lockNotices(long userId, String condition) {
        return jdbc.sql("""
                        select count(*) from platform.event_publication
                        where event_type like '%AccountLocked' and serialized_event ~ :id """ + " " + condition)
                .param("id", "\"user_?[iI]d\":" + userId + "[,}]")
                .query(Long.class)
                .single();
    }

    @Test
    void anAdministratorsResetUnlocks() {
        long id = user("unlockme", null, "right-password-4");
        for (int i = 0; i < 5; i++) {
            basic("unlockme", "wrong-" + i);
        }
        assertThat(basic("unlockme", "right-password-4").status()).isEqualTo(401);
        accounts.setPassword(id, "a-new-password-4");
        assertThat(basic("unlockme", "a-new-password-4").status()).isEqualTo(201);
    }

    @Test
    void aDisabledAccountAnswersAsAWrongPassword() {
        long id = user("leaver", null, "leaver-password");
        accounts.setEnabled(id, false);
        Api.Response wrong = basic("leaver", "not-the-password");
        Api.Response right = basic("leaver", "leaver-password");
        assertThat(right.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(right.body()).isEqualTo(wrong.body());

        WebSession browser = new WebSession(port, "198.51.100.152");
        assertThat(location(browser.signIn("leaver", "leaver-password"))).endsWith("/login?error");
    }

    @Test
    void aFloodOfFailuresFromOneAddressDoesNotStopAnotherAccountsSignInThere() {
        user("schoolmate", null, "schoolmate-password");
        String school = "203.0.113.77";
        for (int i = 0; i < 40; i++) {
            assertThat(Api.basic(port, i % 2 == 0 ? "flooded" : "nobody-" + i, "guess-" + i)
                            .with("X-Forwarded-For", school)
                            .post("/api/v1/tokens", "{}")
                            .status())
                    .isEqualTo(401);
        }
        assertThat(Api.basic(port, "schoolmate", "schoolmate-password")
                        .with("X-Forwarded-For", school)
                        .post("/api/v1/tokens", "{}")
                        .status())
                .as("40 failures are far below the per-address ceiling")
                .isEqualTo(201);
        assertThat(location(new WebSession(port, school).signIn("schoolmate", "schoolmate-password")))
                .doesNotContain("/login");
    }

    @Test
    void anAddressOverItsCeilingWaitsWhileAnotherAddressSignsIn() {
        user("ceiling", null, "ceiling-password");
        String flooder = "203.0.113.200";
        RateLimits.Limit ceiling = limits.limit("sign-in-address", 300, Duration.ofMinutes(10));
        for (int i = 0; i < ceiling.capacity(); i++) {
            ceiling.take(flooder);
        }
        Api.Response basic = Api.basic(port, "ceiling", "ceiling-password")
                .with("X-Forwarded-For", flooder)
                .post("/api/v1/tokens", "{}");
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.body()).contains("detail_th");
        WebSession browser = new WebSession(port, flooder);
        assertThat(location(browser.signIn("ceiling", "ceiling-password"))).endsWith("/login?throttled");

        assertThat(Api.basic(port, "ceiling", "ceiling-password")
                        .with("X-Forwarded-For", "203.0.113.201")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theRightPasswordOfALockedAccountCostsWhatAWrongOneCosts() {
        user("timed", null, "right-password-7");
        for (int i = 0; i < 5; i++) {
            basic("timed", "wrong-" + i);
        }
        long[][] times = new long[3][11];
        for (int i = 0; i < 11; i++) {
            // Interleaved, so that a busy moment of the machine falls on all three alike.
            times[0][i] = millis(() -> basic("timed", "another-wrong"));
            times[1][i] = millis(() -> basic("timed", "right-password-7"));
            times[2][i] = millis(() -> basic("nobody-at-all", "right-password-7"));
        }
        long wrong = median(times[0]);
        long right = median(times[1]);
        long unknown = median(times[2]);
        System.out.printf(
                "sign-in median ms: wrong %d, right while locked %d, unknown user %d%n", wrong, right, unknown);
        assertThat(right).as("both pay for one bcrypt check").isBetween(wrong / 2, wrong * 2 + 5);
    }

    private static long millis(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHash() {
        assertThat(accounts.byUsername("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        var r = Api.anonymous(port).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
    }

    private long user(String username, String email, String password) {
        return accounts.create(
                username,
                "ทดสอบ " + username,
                email,
                password,
                List.of(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null)));
    }

    private Api.Response basic(String username, String password) {
        return Api.basic(port, username, password)
                .with("X-Forwarded-For", "198.51.100.149")
                .post("/api/v1/tokens", "{}");
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static MimeMessage mailTo(String address) {
        return mails(address).findFirst().orElse(null);
    }

    private static long mailsTo(String address) {
        return mails(address).count();
    }

    private static Stream<MimeMessage> mails(String address) {
        return Arrays.stream(TestPeers.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        });
    }
}

package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.TestPeers;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A secret (a first password) sent by the person's own channel, to the SMS and LINE stand-ins: it arrives whole, the
 * row keeps it only until it is sent or gives up, and neither the person's history nor the failures page shows it.
 */
class SecretDeliveryTest extends AdminApiTest {

    private static final String PASSWORD = "own-secret-test-2569";

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Test
    void aSecretGoesBySmsWholeAndTheRowForgetsItOnceSent() {
        String user = "secret.sms." + unique();
        long id = accounts.create(user, "ผู้รับรหัสทาง SMS", null, PASSWORD, List.of());
        String phone = DispatchLeaseTest.uniquePhone();
        jdbc.sql("insert into notifications.preference (account_id, channels, phone) values (:a, '{SMS}', :p)")
                .param("a", id)
                .param("p", phone)
                .update();
        String secret = "sms-" + unique();

        assertThat(notifications.secretToPerson(id, firstPassword(user), secret))
                .as("where it goes, masked")
                .containsExactly(new Destination(Channel.SMS, "•••" + phone.substring(phone.length() - 3)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(TestPeers.sms())
                .anyMatch(s -> s.contains(phone) && s.contains(secret) && s.contains(user)));
        await().atMost(Duration.ofSeconds(5)).until(() -> state(phone).equals("SENT"));
        assertThat(copiesOf(secret)).as("rows holding the secret anywhere").isZero();
        assertThat(WebSession.signedIn(port, user, PASSWORD).get("/profile").body())
                .contains("เรียน ผู้รับ")
                .doesNotContain(secret);
    }

    @Test
    void aSecretThatLineRefusesIsWipedAndCannotBeRetried() {
        String user = "secret.line." + unique();
        long id = accounts.create(user, "ผู้รับรหัสทาง LINE", null, PASSWORD, List.of());
        String lineUser = rows().linkLine(id);
        TestPeers.failLinePushesTo(lineUser, 400, 1);
        String secret = "line-" + unique();

        notifications.secretToPerson(id, firstPassword(user), secret);

        await().atMost(Duration.ofSeconds(15)).until(() -> state(lineUser).equals("GAVE_UP"));
        assertThat(copiesOf(secret)).isZero();
        long row = rows().id(lineUser);
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        assertThat(admin.get("/admin/notifications").body())
                .contains("data-delivery=\"" + row + "\"")
                .doesNotContain(secret);
        admin.postForm("/admin/notifications", "/admin/notifications/" + row + "/retry", "");
        assertThat(admin.get("/admin/notifications").body()).contains("ถูกลบแล้วเมื่อเลิกลองส่ง จึงส่งใหม่ไม่ได้");
        assertThat(state(lineUser)).isEqualTo("GAVE_UP");
        assertThat(TestPeers.linePushes()).noneMatch(p -> p.body().contains(lineUser));
    }

    @Test
    void aSecretGoesByLineWhenItIsTheChosenChannel() {
        String user = "secret.push." + unique();
        long id = accounts.create(user, "ผู้รับรหัสทาง LINE สำเร็จ", null, PASSWORD, List.of());
        String lineUser = rows().linkLine(id);
        String secret = "push-" + unique();

        notifications.secretToPerson(id, firstPassword(user), secret);

        LineLinkingTest.awaitPushTo(lineUser, secret);
        await().atMost(Duration.ofSeconds(5)).until(() -> state(lineUser).equals("SENT"));
        assertThat(copiesOf(secret)).isZero();
    }

    @Test
    void aPersonWithoutAUsableChannelGetsNothingAndATemplateWithoutAPlaceForTheSecretIsRefused() {
        long id = accounts.create("secret.none." + unique(), "ไม่มีช่องทาง", null, PASSWORD, List.of());
        assertThat(notifications.secretToPerson(id, firstPassword("x"), "nowhere-" + unique()))
                .isEmpty();
        long withMail =
                accounts.create("secret.mail." + unique(), "มีอีเมล", unique() + "@example.org", PASSWORD, List.of());
        assertThatThrownBy(() -> notifications.secretToPerson(
                        withMail, Message.of("test", "no place", "notifications.line.linked", "x"), "lost-secret"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(copiesOf("lost-secret")).isZero();
    }

    /**
     * A row that breaks the rule that a secret is kept only while due is refused, and the refusal does not quote the
     * row (PostgreSQL's detail of a failed check would, secret and all, and it would land in a log).
     */
    @Test
    void aRowBreakingTheSecretRuleIsRefusedWithoutQuotingIt() {
        String secret = "quoted-" + unique();
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into notifications.delivery
                                    (address, channel, body, state, module, about, kind, secret)
                                values ('nobody@example.org', 'EMAIL', 'x', 'SENT', 'test', 'quoted', 'SECRET', :s)""").param("s", secret).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("delivery_secret_only_while_due")
                .satisfies(e -> assertThat(fullText(e)).doesNotContain(secret));
    }

    /** Every message of an exception and its causes. */
    private static String fullText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    private static Message firstPassword(String username) {
        return Message.of("test", "secret", "accounts.firstPassword", "ผู้รับ", username, "http://khet.test/login");
    }

    /** Rows of the outbox that hold the text anywhere, in any column. */
    private long copiesOf(String secret) {
        return jdbc.sql("select count(*) from notifications.delivery d where strpos(d::text, :s) > 0")
                .param("s", secret)
                .query(Long.class)
                .single();
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }

    private String state(String address) {
        return rows().state(address);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

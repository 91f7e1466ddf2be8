package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.TestPeers;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox delivering to real peers (GreenMail, the SMS and LINE stand-ins): retries per row, role holders each
 * in their language, nothing from a rolled-back transaction, and the pages that show deliveries.
 */
class DeliveryTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    @Test
    void aFailingSmsIsRetriedWhileItsEmailGoesOnce() {
        String email = unique() + "@example.org";
        String phone = "081" + (1_000_000 + (int) (Math.random() * 8_999_999));
        TestPeers.failSmsTo(phone, 2);

        notifications.toContact(
                new Contact(email, phone, Set.of(Channel.EMAIL, Channel.SMS), "th"),
                Message.of("test", "retry", "complaints.notify.complainant", "R-" + phone, "ทดสอบ", "http://x"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(TestPeers.sms()).anyMatch(s -> s.contains(phone)));
        assertThat(mailTo(email)).hasSize(1);
        assertThat(jdbc.sql("select attempts from notifications.delivery where address = :p and state = 'SENT'")
                        .param("p", phone)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select attempts from notifications.delivery where address = :e and state = 'SENT'")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(TestPeers.sms().stream().filter(s -> s.contains(phone))).hasSize(1);
    }

    @Test
    void aRoleInAnAreaReachesEachHolderOnceInTheirLanguage() {
        long area = TestArea.open(context, "6542").id();
        String th = unique() + ".th@example.org";
        String en = unique() + ".en@example.org";
        RoleGrant auditor = new RoleGrant(Role.INTERNAL_AUDITOR, area, null, null);
        accounts.create(unique(), "ผู้ตรวจสอบ ไทย", th, "auditor-test-2569", List.of(auditor));
        long english = accounts.create(unique(), "Auditor English", en, "auditor-test-2569", List.of(auditor));
        accounts.setLocale(english, "en");
        // Two grants of the same role in the area still make one holder.
        accounts.grant(english, new RoleGrant(Role.SUPERVISOR, area, null, null));
        String code = "ROLE-" + unique();

        notifications.toHoldersOf(
                new RoleGrant(Role.INTERNAL_AUDITOR, area, null, null),
                Message.of(
                        "test",
                        "role",
                        "complaints.notify.staff",
                        code,
                        Message.text("complaints.step.ASSIGNED"),
                        "http://x",
                        "1"));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> mailTo(th).size() == 1 && mailTo(en).size() == 1);
        assertThat(subject(mailTo(th).get(0))).isEqualTo("เรื่องร้องเรียน " + code + ": มอบหมายผู้รับผิดชอบแล้ว");
        assertThat(subject(mailTo(en).get(0))).isEqualTo("Complaint " + code + ": Assigned to an officer");
        assertThat(rowsTo(th)).isEqualTo(1);
        assertThat(rowsTo(en)).isEqualTo(1);
    }

    /** Two dispatchers at once, as two instances on one database would run, with the background one as a third. */
    @Test
    void dispatchersRunningAtOnceSendEachDeliveryOnce() throws Exception {
        String batch = unique();
        List<String> addresses = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "once." + i + "." + batch + "@example.org")
                .toList();
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> addresses.forEach(a -> notifications.toContact(
                        new Contact(a, null, Set.of(Channel.EMAIL), "th"),
                        Message.of("test", "once", "complaints.notify.complainant", "ONCE", "x", "http://x"))));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(dispatcher::dispatchDue);
            var second = pool.submit(dispatcher::dispatchDue);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(addresses)
                .allSatisfy(a -> assertThat(mailTo(a)).hasSize(1)));
        assertThat(jdbc.sql("""
                        select count(*) from notifications.delivery
                        where address like :b and state = 'SENT' and attempts = 1""")
                        .param("b", "%." + batch + "@example.org")
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
    }

    @Test
    void aDeliveryWrittenInARolledBackTransactionIsNeverSent() {
        String email = unique() + "@example.org";
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.toContact(
                    new Contact(email, null, Set.of(Channel.EMAIL), "th"),
                    Message.of("test", "rollback", "complaints.notify.complainant", "RB", "x", "http://x"));
            assertThat(rowsTo(email)).isEqualTo(1);
            status.setRollbackOnly();
        });

        dispatcher.dispatchDue();

        assertThat(rowsTo(email)).isZero();
        assertThat(mailTo(email)).isEmpty();
    }

    @Test
    void theAdministratorSeesFailuresMaskedAndRetriesThem() {
        String user = "fail." + unique();
        long id = accounts.create(user, "ผู้รับที่ LINE ปฏิเสธ", null, "failure-test-2569", List.of());
        String lineUser = new OutboxRows(jdbc).linkLine(id);
        TestPeers.failLinePushesTo(lineUser, 400, 1);
        String phone = "0899" + (100_000 + (int) (Math.random() * 899_999));
        TestPeers.failSmsTo(phone, 100);

        notifications.toPerson(id, Message.of("test", "refused", "complaints.notify.staff", "F-1", "x", "y", "1"));
        notifications.toContact(
                new Contact(null, phone, Set.of(Channel.SMS), "th"),
                Message.of("test", "unreachable", "complaints.notify.complainant", "F-2", "x", "y"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> state(lineUser).equals("GAVE_UP") && state(phone).equals("FAILED"));

        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String page = admin.get("/admin/notifications").body();
        assertThat(page)
                .contains("ผู้รับที่ LINE ปฏิเสธ (" + user + ")")
                .contains("LINE API answered HTTP 400")
                .contains("SMS gateway answered HTTP 503")
                .contains("•••" + phone.substring(phone.length() - 3))
                .doesNotContain(phone)
                .doesNotContain(lineUser);
        assertThat(WebSession.signedIn(port, user, "failure-test-2569")
                        .get("/admin/notifications")
                        .statusCode())
                .isEqualTo(403);

        long row = jdbc.sql("select id from notifications.delivery where address = :l")
                .param("l", lineUser)
                .query(Long.class)
                .single();
        admin.postForm("/admin/notifications", "/admin/notifications/" + row + "/retry", "");
        LineLinkingTest.awaitPushTo(lineUser, "F-1");
        await().atMost(Duration.ofSeconds(5)).until(() -> state(lineUser).equals("SENT"));
        assertThat(admin.get("/admin/notifications").body()).doesNotContain("data-delivery=\"" + row + "\"");
    }

    @Test
    void aPersonSeesWhatWasSentToThem() {
        String email = unique() + "@example.org";
        String user = "mine." + unique();
        long id = accounts.create(user, "ผู้รับของตนเอง", email, "own-list-test-2569", List.of());
        String code = "OWN-" + unique();

        notifications.toPerson(id, Message.of("test", "own", "complaints.notify.staff", code, "x", "y", "1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(email).size() == 1);

        String profile = WebSession.signedIn(port, user, "own-list-test-2569")
                .get("/profile")
                .body();
        assertThat(profile)
                .contains("เรื่องร้องเรียน " + code)
                .contains("ส่งแล้ว")
                .contains("อีเมล");
        String someoneElse = WebSession.signedIn(port, "admin", ADMIN_PASSWORD)
                .get("/profile")
                .body();
        assertThat(someoneElse).doesNotContain(code);
    }

    private String state(String address) {
        return new OutboxRows(jdbc).state(address);
    }

    private long rowsTo(String address) {
        return jdbc.sql("select count(*) from notifications.delivery where address = :a")
                .param("a", address)
                .query(Long.class)
                .single();
    }

    private static List<MimeMessage> mailTo(String address) {
        return TestPeers.mailTo(address);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.TestPeers;
import org.khet.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with a slow gateway: two dispatchers (as two instances would run) send each row once although the rows
 * together take longer than a lease; "retry now" leaves a row that is being sent alone and says so; the failures
 * page goes page by page.
 */
class DispatchLeaseTest extends AdminApiTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    List<Sender> senders;

    @Autowired
    PlatformTransactionManager transactionManager;

    /**
     * Four messages of a second each and a lease of a second and a half: a dispatcher that claimed them together
     * would still hold the last two when their lease ran out, and the other would send them again.
     */
    @Test
    void twoDispatchersWithASlowGatewaySendEachRowOnce() throws Exception {
        List<String> phones = IntStream.range(0, 4).mapToObj(i -> uniquePhone()).toList();
        phones.forEach(p -> TestPeers.slowSmsTo(p, Duration.ofSeconds(1)));
        Dispatcher first = dispatcher(Duration.ofMillis(1500));
        Dispatcher second = dispatcher(Duration.ofMillis(1500));
        // Written straight to the outbox, so that no dispatcher is woken before these two start.
        Message about = Message.of("test", "slow", "complaints.notify.complainant");
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> phones.forEach(p -> outbox.write(
                        new Outbox.Draft(null, p, Channel.SMS, "th", null, "SLOW", Delivery.Kind.NOTICE, null),
                        about)));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(first::dispatchDue);
            var b = pool.submit(second::dispatchDue);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
            first.stop();
            second.stop();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> phones.stream().allMatch(p -> state(p).equals("SENT")));
        assertThat(phones).allSatisfy(p -> assertThat(TestPeers.sms().stream().filter(s -> s.contains(p)))
                .as("messages to " + p)
                .hasSize(1));
    }

    @Test
    void retryNowLeavesARowThatIsBeingSentAlone() {
        String phone = uniquePhone();
        TestPeers.failSmsTo(phone, 1);
        TestPeers.slowSmsTo(phone, Duration.ofSeconds(4));
        notifications.toContact(
                new Contact(null, phone, Set.of(Channel.SMS), "th"),
                Message.of("test", "busy", "complaints.notify.complainant", "BUSY", "x", "http://x"));
        await().atMost(Duration.ofSeconds(15)).until(() -> state(phone).equals("SENDING") && attempts(phone) == 2);
        long row = id(phone);

        WebSession page = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        assertThat(page.get("/admin/notifications").body()).contains("data-delivery=\"" + row + "\"");
        var refused = page.postForm("/admin/notifications", "/admin/notifications/" + row + "/retry", "");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(page.get("/admin/notifications").body())
                .contains("รายการนี้กำลังถูกส่งอยู่ในขณะนี้ จึงยังไม่ส่งซ้ำ");
        assertThat(attempts(phone)).as("the row is as it was").isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event
                        where action = 'RETRY_DELIVERY' and entity_type = 'delivery' and entity_id = :r""")
                        .param("r", String.valueOf(row))
                        .query(Long.class)
                        .single())
                .isZero();

        await().atMost(Duration.ofSeconds(15)).until(() -> state(phone).equals("SENT"));
        assertThat(TestPeers.sms().stream().filter(s -> s.contains(phone))).hasSize(1);
        assertThat(attempts(phone)).isEqualTo(2);
    }

    @Test
    void theFailuresPageGoesPageByPage() {
        String batch = "paging-" + System.nanoTime();
        jdbc.sql("""
                        insert into notifications.delivery
                            (address, channel, body, state, attempts, last_error, module, about, created_at)
                        select 'pages' || i || '@example.org', 'EMAIL', 'x', 'GAVE_UP', 4, 'test', 'test', :b,
                               now() + interval '1 hour' + i * interval '1 second'
                        from generate_series(1, 105) as i""").param("b", batch).update();
        List<Long> ours = jdbc.sql("select id from notifications.delivery where about = :b order by created_at desc")
                .param("b", batch)
                .query(Long.class)
                .list();

        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String first = admin.get("/admin/notifications").body();
        assertThat(first.split("data-delivery=\"", -1)).hasSize(101);
        assertThat(ours.subList(0, 100)).allSatisfy(id -> assertThat(first).contains("data-delivery=\"" + id + "\""));
        assertThat(first)
                .contains("/admin/notifications?page=1")
                .doesNotContain("data-delivery=\"" + ours.get(100) + "\"");

        String second = admin.get("/admin/notifications?page=1").body();
        assertThat(ours.subList(100, 105))
                .allSatisfy(id -> assertThat(second).contains("data-delivery=\"" + id + "\""));
        assertThat(second).contains("/admin/notifications?page=0");
        assertThat(admin.get("/admin/notifications?page=99999").body())
                .as("a page past the end shows the last")
                .contains("/admin/notifications?page=0");
        jdbc.sql("delete from notifications.delivery where about = :b")
                .param("b", batch)
                .update();
    }

    private Dispatcher dispatcher(Duration lease) {
        return new Dispatcher(outbox, senders, List.of(Duration.ofSeconds(1)), lease);
    }

    private String state(String address) {
        return new OutboxRows(jdbc).state(address);
    }

    private int attempts(String address) {
        return jdbc.sql("select attempts from notifications.delivery where address = :a")
                .param("a", address)
                .query(Integer.class)
                .single();
    }

    private long id(String address) {
        return new OutboxRows(jdbc).id(address);
    }

    static String uniquePhone() {
        return "09" + (10_000_000 + (long) (Math.random() * 89_999_999));
    }
}

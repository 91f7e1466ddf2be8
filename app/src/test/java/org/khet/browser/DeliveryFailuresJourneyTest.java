package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khet.TestPeers;
import org.khet.notifications.Channel;
import org.khet.notifications.Contact;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator finds an SMS the gateway keeps refusing on the failures page, the complainant's number masked,
 * and sends it again once the gateway is back; a person choosing SMS without a number is told what is missing.
 */
class DeliveryFailuresJourneyTest extends BrowserTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesAFailingSmsMaskedAndSendsItAgain() {
        String phone = "0861" + (100_000 + System.nanoTime() % 899_999);
        TestPeers.failSmsTo(phone, 100);
        notifications.toContact(
                new Contact(null, phone, Set.of(Channel.SMS), "th"),
                Message.of(
                        "complaints",
                        "complaint journey",
                        "complaints.notify.complainant",
                        "FJ-1",
                        "รับเรื่องแล้ว",
                        "http://x"));
        // Once its retries are over: "retry now" refuses a row while an attempt is being sent.
        await().atMost(Duration.ofSeconds(15)).until(() -> state(phone).equals("GAVE_UP"));

        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/"));
        page.locator("a.card-count[href='/admin/notifications']").click();
        page.waitForURL(u -> u.endsWith("/admin/notifications"));
        String id = String.valueOf(jdbc.sql("select id from notifications.delivery where address = :p")
                .param("p", phone)
                .query(Long.class)
                .single());
        var row = page.locator("tr[data-delivery='" + id + "']");
        assertThat(row).containsText("•••" + phone.substring(phone.length() - 3));
        assertThat(row).containsText("SMS gateway answered HTTP 503");
        assertThat(page.locator("#failures")).not().containsText(phone);
        screenshot("notification-failures");
        assertAccessible();

        TestPeers.failSmsTo(phone, 0);
        row.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ลองส่งใหม่ตอนนี้"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("กำลังส่งใหม่");
        await().atMost(Duration.ofSeconds(15)).until(() -> state(phone).equals("SENT"));
        assertThat(TestPeers.sms().stream().filter(s -> s.contains(phone))).hasSize(1);
        page.navigate(url("/admin/notifications"));
        assertThat(page.locator("tr[data-delivery='" + id + "']")).hasCount(0);
    }

    /** A long list goes page by page, and a first password that gave up says why it cannot be sent again. */
    @Test
    void theFailuresGoPageByPageAndAGoneSecretSaysWhy() {
        String batch = "journey-pages-" + System.nanoTime();
        jdbc.sql("""
                        insert into notifications.delivery
                            (address, channel, body, state, attempts, last_error, module, about, created_at, kind)
                        select 'journey' || i || '@example.org', 'EMAIL', 'x', 'GAVE_UP', 4, 'SMTP refused', 'accounts',
                               :b, now() + interval '2 hours' + i * interval '1 second',
                               case when i = 105 then 'SECRET' else 'NOTICE' end
                        from generate_series(1, 105) as i""").param("b", batch).update();
        try {
            signIn("admin", ADMIN_PASSWORD);
            page.navigate(url("/admin/notifications"));
            assertThat(page.locator("#failures tbody tr").first()).containsText("รหัสผ่านถูกลบแล้ว ส่งใหม่ไม่ได้");
            assertThat(page.locator("#failures tbody tr")).hasCount(100);
            assertAccessible();
            screenshot("notification-failures-paged");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ถัดไป"))
                    .click();
            assertThat(page.locator("main")).containsText("รายการที่ 101–");
        } finally {
            jdbc.sql("delete from notifications.delivery where about = :b")
                    .param("b", batch)
                    .update();
        }
    }

    @Test
    void choosingSmsWithoutANumberIsRefusedWithAReason() {
        String username = "sms.chooser." + System.nanoTime();
        accounts.create(username, "ผู้เลือก SMS", username + "@example.org", DEMO_PASSWORD, List.of());
        page.setViewportSize(PHONE_WIDTH, 800);
        signIn(username, DEMO_PASSWORD);
        page.navigate(url("/profile"));
        page.locator("#channel-sms").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกช่องทาง"))
                .click();
        assertThat(page.locator("#notifications .alert-danger")).containsText("ใส่หมายเลขโทรศัพท์มือถือ");
        assertThat(page.locator("#channel-sms")).not().isChecked();

        page.locator("#channel-sms").check();
        page.locator("#phone").fill("081-222 4444");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกช่องทาง"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกช่องทางรับแจ้งเตือนแล้ว");
        assertThat(page.locator("#channel-sms")).isChecked();
        assertThat(page.locator("#phone")).hasValue("0812224444");
        screenshot("notification-channels-chosen");
        assertAccessible();
    }

    private String state(String address) {
        return jdbc.sql("select state from notifications.delivery where address = :a")
                .param("a", address)
                .query(String.class)
                .optional()
                .orElse("PENDING");
    }
}

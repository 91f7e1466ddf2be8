package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestPeers;
import org.khet.platform.Accounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications with only the platform under them, delivering to the real SMTP stand-in: a person is told in their
 * own language, and a disabled account is told nothing.
 */
// The platform's user pages name places through Places, which the registry implements; so it starts too.
@ModuleTest(extraIncludes = "registry")
class NotificationsModuleTest {

    private static final String PASSWORD = "module-test-notify-password";

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Test
    void aPersonIsToldByEmailInTheirLanguageAndADisabledAccountIsNot() throws Exception {
        long english =
                accounts.create("notify.en.8501", "Notify EN", "notify.en.8501@example.org", PASSWORD, List.of());
        accounts.setLocale(english, "en");
        long disabled =
                accounts.create("notify.off.8501", "Notify off", "notify.off.8501@example.org", PASSWORD, List.of());
        accounts.setEnabled(disabled, false);

        Message message =
                Message.of("test", "module", "complaints.notify.complainant", "M-8501", "module test", "http://x");
        assertThat(notifications.toPerson(english, message)).isEqualTo(1);
        assertThat(notifications.toPerson(disabled, message)).isZero();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> to("notify.en.8501@example.org").size() == 1);
        MimeMessage mail = to("notify.en.8501@example.org").get(0);
        assertThat(mail.getSubject()).isEqualTo("Case M-8501: module test");
        assertThat(to("notify.off.8501@example.org")).isEmpty();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(TestPeers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()).contains(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}

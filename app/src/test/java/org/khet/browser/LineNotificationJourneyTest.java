package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.TestPeers;
import org.khet.notifications.LineWebhookCalls;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer links LINE from their profile: they ask for a code, "send" it to the office's Official Account (the test
 * plays LINE and posts the signed webhook with the code shown on the page), see LINE linked and the confirmation in
 * their list; then a case assigned to them reaches them as a LINE push.
 */
class LineNotificationJourneyTest extends CaseJourneyTest {

    @Autowired
    Accounts accounts;

    @Test
    void anOfficerLinksLineAndHearsOfTheCaseGivenToThemThere() {
        long area = demoArea();
        long unit = jdbc.sql("""
                        select g.unit_id from platform.role_grant g join platform.app_user u on u.id = g.user_id
                        where u.username = 'personnel' and g.unit_id is not null""").query(Long.class).single();
        String username = "line.officer." + System.nanoTime();
        long officer = accounts.create(
                username,
                "เจ้าหน้าที่ทดสอบ LINE",
                username + "@example.org",
                DEMO_PASSWORD,
                List.of(new RoleGrant(Role.AREA_STAFF, area, unit, null)));

        page.setViewportSize(PHONE_WIDTH, 800);
        signIn(username, DEMO_PASSWORD);
        page.navigate(url("/profile"));
        assertThat(page.locator("#notifications")).containsText("แจ้งเตือนฉันทาง");
        screenshot("line-profile-before");
        assertThat(page.locator("#channel-line")).isDisabled();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ขอรหัสเชื่อมต่อ LINE"))
                .click();
        String code = page.locator("#line-code").innerText().strip();
        assertThat(code).matches("\\d{6}");
        screenshot("line-code-on-profile");
        assertAccessible();

        String lineUser = "Ujourney" + System.nanoTime();
        assertThat(LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser, code))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> TestPeers.linePushes().stream()
                .anyMatch(p -> p.body().contains(lineUser) && p.body().contains("เชื่อมต่อ LINE")));
        page.navigate(url("/profile"));
        assertThat(page.locator("#line-linked")).isVisible();
        assertThat(page.locator("#channel-line")).isChecked();
        assertThat(page.locator("#channel-email")).isChecked();
        assertThat(page.locator("#my-deliveries")).containsText("ส่งแล้ว");
        screenshot("line-linked-on-profile");
        assertAccessible();

        String tracking = fileAnonymously("203.0.113.233", "ขอเอกสารรับรอง", "ยังไม่ได้รับเอกสาร");
        long id = caseId(tracking);
        context.clearCookies();
        signIn("legal", DEMO_PASSWORD);
        move(id, "to=ACCEPTED");
        move(id, "to=ASSIGNED&unitId=" + unit + "&officerId=" + officer);

        await().atMost(Duration.ofSeconds(15)).until(() -> TestPeers.linePushes().stream()
                .anyMatch(p -> p.body().contains(lineUser) && p.body().contains(tracking)));
        assertThat(TestPeers.linePushes().stream()
                        .filter(p -> p.body().contains(lineUser) && p.body().contains(tracking)))
                .singleElement()
                .satisfies(p -> assertThat(p.body()).contains("มอบหมาย").contains("/complaints/" + id));
        assertThat(TestPeers.mail().getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().contains(tracking)
                        && m.getAllRecipients()[0].toString().contains(username);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }

    private void move(long id, String fields) {
        page.navigate(url("/complaints/" + id));
        FormData form = FormData.create()
                .set("_csrf", page.locator("input[name=_csrf]").first().inputValue())
                .set("version", page.locator("input[name=version]").first().inputValue());
        for (String pair : fields.split("&")) {
            String[] kv = pair.split("=", 2);
            form.set(kv[0], kv[1]);
        }
        APIResponse answer = page.request()
                .post(
                        url("/complaints/" + id + "/move"),
                        RequestOptions.create().setForm(form).setMaxRedirects(0));
        assertThat(answer.status()).isEqualTo(302);
    }
}

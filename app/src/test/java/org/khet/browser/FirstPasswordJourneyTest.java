package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.TestPeers;
import org.khet.accounts.SchoolOfTwo;

/**
 * An area director has the new accounts' first passwords sent by each person's channel: the page says how many went
 * that way, and the sheet to print holds only the person without one. On a phone, as a director often works.
 */
class FirstPasswordJourneyTest extends BrowserTest {

    private static final String AREA = "8632";
    private static final String EMAIL = "director.8632@example.org";

    @Test
    void theDirectorSendsPasswordsByChannelAndPrintsOnlyTheRest() {
        SchoolOfTwo.make(Api.asUser(port, "admin", ADMIN_PASSWORD), AREA, EMAIL);
        phone();
        signIn("dir" + AREA, "director-" + AREA + "-pw");
        page.navigate(url("/accounts/area"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูรายชื่อก่อนสร้าง"))
                .click();
        assertThat(page.locator("#preview-result")).containsText("อีเมล d•••@example.org");
        assertThat(page.locator("#preview-result")).containsText("ใบแจ้งรหัสผ่านสำหรับพิมพ์ (ไม่มีอีเมล)");
        page.locator("#by-channel").check();
        assertAccessible();
        screenshot("first-passwords-by-channel-choice");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("สร้าง 2 บัญชี"))
                .click();
        assertThat(page.locator("#batch-sent")).containsText("ส่งรหัสผ่านครั้งแรกทางช่องทางของแต่ละคนแล้ว 1 คน");
        assertThat(page.locator("#sent-to")).containsText("d•••@example.org");
        assertThat(page.locator(".slip")).hasCount(1);
        assertThat(page.locator(".slip-username")).hasText(AREA + "0001.clerk");
        assertAccessible();
        screenshot("first-passwords-by-channel-sheet");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> TestPeers.mailTo(EMAIL).size() == 1);
    }
}

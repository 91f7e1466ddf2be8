package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khet.TestPeers;

/**
 * The public pages are served without a session, so a visitor's language is kept in a cookie: chosen there, it
 * holds on every public page and at sign-in, and no session is made for it. A signed-in user's choice on a staff
 * page is kept on their account and in the same cookie, so the public pages follow it too.
 */
class PublicLanguageJourneyTest extends BrowserTest {

    @Test
    void aVisitorChoosesEnglishOnThePublicComplaintFormWithoutASession() {
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.157"));
        page.navigate(url("/public/complaints"));
        assertThat(page.locator("h1")).hasText("ร้องเรียน แจ้งเบาะแส ขอรับบริการ");
        button("English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Complaints, tip-offs and service requests");
        assertAccessible();
        page.navigate(url("/public/questions"));
        assertThat(page.locator("h1")).hasText("Questions on transfers, promotions and appointments");
        Locator ask = page.locator("#ask");
        chooseDemoAreaToAsk();
        ask.getByLabel("Topic").selectOption("TRANSFER");
        ask.getByLabel("Question", new Locator.GetByLabelOptions().setExact(true))
                .fill("Which papers does a special transfer need? " + System.nanoTime());
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the question"))
                .click();
        assertThat(page.locator("#question-asked")).isVisible();
        // No switch on a page answering a form, which it could not show again.
        assertThat(page.locator("form[action='/public/language']")).hasCount(0);
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.navigate(url("/public/complaints"));
        button("ภาษาไทย").click();
        assertThat(page.locator("h1")).hasText("ร้องเรียน แจ้งเบาะแส ขอรับบริการ");
    }

    @Test
    void aComplainantWhoFiledInEnglishIsToldOfProgressInEnglish() throws Exception {
        String email = "english.parent@example.org";
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.158"));
        page.navigate(url("/public/complaints"));
        button("English").click();
        page.locator("#cat-HELP").check();
        page.locator("#subject").fill("Moving my child mid-term");
        page.locator("#details").fill("We move to Chiang Mai in January; which papers does the school need?");
        chooseDemoArea();
        page.locator("#identity-named").check();
        page.locator("#name").fill("Jane Parent");
        page.locator("#email").fill(email);
        page.locator("#notify-email").check();
        button("Send").click();
        String code = page.locator("#tracking-code").textContent();

        MimeMessage mail = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> Arrays.stream(TestPeers.mail().getReceivedMessages())
                                .filter(m -> to(m).contains(email))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(mail.getSubject()).contains("Case " + code + ": Received");
        assertThat((String) mail.getContent()).contains("Educational service area: case " + code + " Received");
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void thePublicPagesShowNoSessionCookieToAVisitor() {
        page.navigate(url("/public/complaints"));
        button("English").click();
        assertThat(page.locator("h1")).hasText("Complaints, tip-offs and service requests");
        assertThat(context.cookies()).noneMatch(c -> c.name.equals("SESSION"));
        assertThat(context.cookies()).anyMatch(c -> c.name.equals("khet-lang") && c.value.equals("en"));
    }

    @Test
    void aSignedInUsersChoiceHoldsOnThePublicPagesToo() {
        signIn("supervisor", DEMO_PASSWORD);
        button("English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(url("/public/complaints"));
        assertThat(page.locator("h1")).hasText("Complaints, tip-offs and service requests");
        page.navigate(url("/"));
        button("ภาษาไทย").click();
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        page.navigate(url("/public/complaints"));
        assertThat(page.locator("h1")).hasText("ร้องเรียน แจ้งเบาะแส ขอรับบริการ");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}

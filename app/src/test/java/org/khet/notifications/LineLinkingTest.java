package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestPeers;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * LINE's webhook and linking by code, against the running application and a local stand-in for LINE's Messaging
 * API: only signed bodies are read, a code links once and only while it is fresh, and a linked person gets pushes.
 */
class LineLinkingTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("id=\"line-code\"[^>]*>(\\d{6})<");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyWithoutTheChannelsSignatureIsRefusedAndChangesNothing() {
        String user = newUser();
        WebSession web = WebSession.signedIn(port, user, PASSWORD);
        String code = codeShownTo(web);
        String lineUser = lineUser();
        String body = LineWebhookCalls.textFrom(lineUser, code);

        Api.Response missing = Api.anonymous(port).post("/api/v1/line/webhook", body);
        Api.Response forged = Api.anonymous(port)
                .with("X-Line-Signature", LineWebhookCalls.signature(body, "not-the-channel-secret"))
                .post("/api/v1/line/webhook", body);
        Api.Response garbled =
                Api.anonymous(port).with("X-Line-Signature", "%%%").post("/api/v1/line/webhook", body);

        assertThat(List.of(missing.status(), forged.status(), garbled.status())).containsOnly(401);
        assertThat(linkOf(user)).isEmpty();
        // The code was not spent by the refused calls: the signed one still links.
        assertThat(LineWebhookCalls.signed(port, body).status()).isEqualTo(200);
        assertThat(linkOf(user)).contains(lineUser);
    }

    @Test
    void aFreshCodeLinksOnceAndTheConfirmationReachesLine() {
        String user = newUser();
        WebSession web = WebSession.signedIn(port, user, PASSWORD);
        String code = codeShownTo(web);
        String lineUser = lineUser();

        assertThat(LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser, " " + code + " "))
                        .status())
                .isEqualTo(200);

        assertThat(linkOf(user)).contains(lineUser);
        TestPeers.LinePush confirmation = awaitPushTo(lineUser, "เชื่อมต่อ LINE");
        assertThat(confirmation.authorization()).isEqualTo("Bearer " + TestPeers.LINE_TOKEN);
        assertThat(confirmation.body()).contains("\"type\":\"text\"");
        assertThat(web.get("/profile").body()).contains("id=\"line-linked\"");

        // The same code again, from someone else: spent, ignored, answered alike.
        String other = lineUser();
        assertThat(LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(other, code))
                        .status())
                .isEqualTo(200);
        assertThat(linkOf(user)).contains(lineUser);
        assertThat(jdbc.sql("select count(*) from notifications.line_link where line_user_id = :l")
                        .param("l", other)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredOrUnknownCodeLinksNobodyAndLooksTheSame() {
        String user = newUser();
        WebSession web = WebSession.signedIn(port, user, PASSWORD);
        String code = codeShownTo(web);
        long id = accounts.byUsername(user).orElseThrow().id();
        jdbc.sql("update notifications.line_code set expires_at = now() - interval '1 second' where account_id = :a")
                .param("a", id)
                .update();
        String lineUser = lineUser();

        Api.Response expired = LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser, code));
        Api.Response unknown = LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser, "000000x"));

        assertThat(expired.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(expired.body()).isEqualTo(unknown.body());
        assertThat(linkOf(user)).isEmpty();
    }

    @Test
    void aLineUserWhoGuessesCodesIsNotHeardAfterTenTries() {
        String user = newUser();
        WebSession web = WebSession.signedIn(port, user, PASSWORD);
        String code = codeShownTo(web);
        String guesser = lineUser();
        for (int i = 0; i < 10; i++) {
            LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(guesser, "99999" + i + "x"));
        }

        Api.Response hit = LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(guesser, code));

        assertThat(hit.status()).isEqualTo(200);
        assertThat(linkOf(user))
                .as("the eleventh text of one LINE user within the hour is not read")
                .isEmpty();
        assertThat(LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser(), code))
                        .status())
                .isEqualTo(200);
        assertThat(linkOf(user))
                .as("the code is still open for its owner's LINE")
                .isPresent();
    }

    @Test
    void aLinkedPersonWhoChoseLineGetsPushesInTheirLanguageAndCanUnlink() {
        String user = newUser();
        long id = accounts.byUsername(user).orElseThrow().id();
        accounts.setLocale(id, "en");
        WebSession web = WebSession.signedIn(port, user, PASSWORD);
        String lineUser = lineUser();
        LineWebhookCalls.signed(port, LineWebhookCalls.textFrom(lineUser, codeShownTo(web)));
        awaitPushTo(lineUser, "linked");

        notifications.toPerson(id, Message.of("test", "push", "complaints.notify.staff", "T-1", "moved", "x", "1"));

        assertThat(awaitPushTo(lineUser, "Case T-1 moved").body()).contains("\"to\":\"" + lineUser + "\"");

        web.postForm("/profile", "/profile/line/unlink", "");
        assertThat(linkOf(user)).isEmpty();
        assertThat(web.get("/profile").body()).doesNotContain("id=\"line-linked\"");
    }

    static final String PASSWORD = "line-test-password-2569";

    private String newUser() {
        String name = "line." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "ผู้ทดสอบ LINE", null, PASSWORD, List.of());
        return name;
    }

    private static String lineUser() {
        return "U" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String codeShownTo(WebSession web) {
        web.postForm("/profile", "/profile/line/code", "");
        Matcher m = CODE.matcher(web.get("/profile").body());
        assertThat(m.find()).as("a linking code on the profile").isTrue();
        return m.group(1);
    }

    private java.util.Optional<String> linkOf(String username) {
        return jdbc.sql("select line_user_id from notifications.line_link where account_id = :a")
                .param("a", accounts.byUsername(username).orElseThrow().id())
                .query(String.class)
                .optional();
    }

    static TestPeers.LinePush awaitPushTo(String lineUser, String text) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> TestPeers.linePushes().stream()
                                .filter(p -> p.body().contains("\"to\":\"" + lineUser + "\"")
                                        && p.body().contains(text))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}

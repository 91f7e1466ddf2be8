package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestClock;
import org.khet.WebSession;
import org.khet.platform.tokens.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens over HTTP: they expire, show their last use, and die with a new password or a disabled account. */
class ApiTokenLifetimeTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokens tokens;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aTokenLastsAYearByDefaultOrWhatItsMakerChoseAndThenStops() {
        Api basic = basicAsNewUser("tokenlife");

        Api.Response byDefault = basic.post("/api/v1/tokens", "{\"name\":\"default\"}");
        assertThat(byDefault.status()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(byDefault.json().get("expires_at").asString()))
                .isBetween(
                        OffsetDateTime.now().plusDays(364), OffsetDateTime.now().plusDays(366));

        Api.Response shortOne = basic.post("/api/v1/tokens", "{\"name\":\"short\",\"expires_in_days\":1}");
        assertThat(shortOne.status()).isEqualTo(201);
        Api bearer = bearer(shortOne);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        assertThat(bearer.get("/api/v1/me").status()).as("expired").isEqualTo(401);
        assertThat(bearer(byDefault).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anExpiryOutsideTheAllowedRangeIsRefused() {
        Api basic = basicAsNewUser("tokenrange");
        Api.Response tooLong = basic.post("/api/v1/tokens", "{\"name\":\"x\",\"expires_in_days\":5000}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("730");
        Api.Response past =
                basic.post("/api/v1/tokens", "{\"name\":\"x\",\"expires_at\":\"2020-01-01T00:00:00+07:00\"}");
        assertThat(past.status()).isEqualTo(422);
        Api.Response at = basic.post(
                "/api/v1/tokens",
                "{\"name\":\"x\",\"expires_at\":\"" + OffsetDateTime.now().plusDays(10) + "\"}");
        assertThat(at.status()).isEqualTo(201);
        assertThat(bearer(at).get("/api/v1/tokens").json()).hasSize(1);
    }

    @Test
    void theListShowsWhenATokenWasLastUsed() {
        user("tokenuse", "tokenuse-password");
        Api token = Api.asUser(port, "tokenuse", "tokenuse-password");
        var listed = token.get("/api/v1/tokens").json().get(0);
        assertThat(listed.get("last_used_at").isNull()).isFalse();
        assertThat(listed.get("expires_at").isNull()).isFalse();
        assertThat(listed.get("active").asBoolean()).isTrue();
    }

    @Test
    void aPasswordChangedByItsOwnerOnTheProfileRevokesTheirTokens() {
        user("tokenowner", "tokenowner-password");
        Api token = Api.asUser(port, "tokenowner", "tokenowner-password");
        WebSession browser = new WebSession(port, "198.51.100.160");
        browser.signIn("tokenowner", "tokenowner-password");
        var changed = browser.postForm(
                "/profile", "/profile/password", "current=tokenowner-password&password=another-password-5");
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/profile");
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorsResetOrDisablingRevokesTheTokens() {
        long reset = user("tokenreset", "tokenreset-password");
        Api resetToken = Api.asUser(port, "tokenreset", "tokenreset-password");
        accounts.setPassword(reset, "reset-password-6");
        assertThat(resetToken.get("/api/v1/me").status()).isEqualTo(401);

        long leaver = user("tokenleaver", "tokenleaver-password");
        Api leaverToken = Api.asUser(port, "tokenleaver", "tokenleaver-password");
        accounts.setEnabled(leaver, false);
        accounts.setEnabled(leaver, true);
        assertThat(leaverToken.get("/api/v1/me").status())
                .as("enabling the account again does not bring its tokens back")
                .isEqualTo(401);
    }

    @Test
    void theProfileFormChoosesTheLifetimeAndTheListShowsIt() {
        user("tokenform", "tokenform-password");
        WebSession browser = new WebSession(port, "198.51.100.161");
        browser.signIn("tokenform", "tokenform-password");
        assertThat(browser.get("/profile").body()).contains("name=\"days\"");
        var made = browser.postForm("/profile", "/profile/tokens", "name=" + WebSession.enc("แบบฟอร์ม") + "&days=30");
        assertThat(made.body()).contains("id=\"new-token\"");
        var expiry = OffsetDateTime.now().plusDays(30);
        assertThat(accountsTokens("tokenform")).singleElement().satisfies(t -> assertThat(t.expiresAt())
                .isBetween(expiry.minusHours(1), expiry.plusHours(1)));
    }

    private List<ApiTokens.TokenInfo> accountsTokens(String username) {
        return tokens.of(accounts.byUsername(username).orElseThrow().id());
    }

    /** A new user, password {@code username-password}, over HTTP Basic. */
    private Api basicAsNewUser(String username) {
        user(username, username + "-password");
        return Api.basic(port, username, username + "-password");
    }

    /** The token a creation answered with, as a bearer. */
    private Api bearer(Api.Response created) {
        return Api.bearer(port, created.json().get("token").asString());
    }

    private long user(String username, String password) {
        return accounts.create(username, "ทดสอบ " + username, null, password, List.of());
    }
}

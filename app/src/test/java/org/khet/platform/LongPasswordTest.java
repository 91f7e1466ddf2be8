package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** BCrypt reads 72 bytes: a longer password is refused where it is set, instead of being silently cut. */
class LongPasswordTest extends IntegrationTest {

    /** 26 Thai characters, 78 bytes in UTF-8. */
    private static final String THAI_26 = "รักษาความปลอดภัยของข้อมูลน";

    /** 24 Thai characters, exactly 72 bytes. */
    private static final String THAI_24 = THAI_26.substring(0, 24);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void theSamplesAreWhatTheyClaim() {
        assertThat(THAI_26.getBytes(StandardCharsets.UTF_8)).hasSize(78);
        assertThat(THAI_24.getBytes(StandardCharsets.UTF_8)).hasSize(72);
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedOnTheProfileAndTheOldOneStillWorks() {
        accounts.create("longpass", "รหัสยาว", null, "longpass-password", List.of());
        WebSession browser = new WebSession(port, "198.51.100.180");
        browser.signIn("longpass", "longpass-password");

        var refused = browser.postForm(
                "/profile", "/profile/password", "current=longpass-password&password=" + WebSession.enc(THAI_26));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("72").contains("78");
        assertThat(Api.basic(port, "longpass", "longpass-password")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .as("nothing changed")
                .isEqualTo(201);

        var accepted = browser.postForm(
                "/profile", "/profile/password", "current=longpass-password&password=" + WebSession.enc(THAI_24));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/profile");
        assertThat(Api.basic(port, "longpass", THAI_24)
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(201);
        assertThat(Api.basic(port, "longpass", THAI_24.substring(0, 23) + "ก")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .as("every character of an accepted password counts")
                .isEqualTo(401);
    }

    @Test
    void aLongPasswordAtSignInIsAWrongPasswordNotAnError() {
        // Sign-in still reads 72 bytes, as bcrypt does, so that an account whose long password was set before
        // this rule keeps signing in; a long wrong password must answer 401, not fail in the encoder.
        accounts.create("longpass3", "รหัสยาว", null, THAI_24, List.of());
        assertThat(Api.basic(port, "longpass3", "ก" + THAI_26)
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorCannotSetOneEither() {
        assertThatThrownBy(() -> accounts.create("longpass2", "รหัสยาว", null, THAI_26, List.of()))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("password");
        assertThat(accounts.exists("longpass2")).isFalse();
    }
}

package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class LoginLockoutTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        accounts.create(
                "lockme",
                "ทดสอบล็อก",
                null,
                "right-password-1",
                List.of(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null)));
        for (int i = 0; i < 5; i++) {
            assertThat(Api.basic(port, "lockme", "wrong-" + i)
                            .post("/api/v1/tokens", "{}")
                            .status())
                    .isEqualTo(401);
        }
        assertThat(Api.basic(port, "lockme", "right-password-1")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(401);
        assertThat(accounts.byUsername("lockme").orElseThrow().lockedUntil()).isNotNull();

        long id = accounts.byUsername("lockme").orElseThrow().id();
        accounts.setPassword(id, "a-new-password-2");
        assertThat(Api.basic(port, "lockme", "a-new-password-2")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .as("an administrator's reset unlocks")
                .isEqualTo(201);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        long id = accounts.create("leaver", "ย้ายออก", null, "leaver-password", List.of());
        accounts.setEnabled(id, false);
        assertThat(Api.basic(port, "leaver", "leaver-password")
                        .post("/api/v1/tokens", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHash() {
        assertThat(accounts.byUsername("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        var r = Api.anonymous(port).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
    }
}

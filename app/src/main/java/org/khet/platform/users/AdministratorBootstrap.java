package org.khet.platform.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start creates the system administrator {@code admin}: with {@code KHET_ADMIN_PASSWORD} when given,
 * otherwise with a random password printed once in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;

    AdministratorBootstrap(Accounts accounts, @Value("${khet.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create(
                ADMIN, "ผู้ดูแลระบบ", null, password, List.of(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null)));
        if (generated) {
            log.warn(
                    "Created the system administrator '{}' with password: {}  (shown once; change it after signing in)",
                    ADMIN,
                    password);
        } else {
            log.info("Created the system administrator '{}' with the password from KHET_ADMIN_PASSWORD", ADMIN);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.khet.demo;

import org.khet.platform.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code KHET_DEMO=false}, a database that once ran the demo loses the use of its demo accounts at start:
 * turning the demo off is how an operator moves from a trial to real use, and the published password must stop
 * working there and then.
 */
@Component
@Order(9)
class DemoAccountRetirement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountRetirement.class);

    private final boolean demo;
    private final DemoAccounts accounts;

    DemoAccountRetirement(@Value("${khet.demo}") boolean demo, DemoAccounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        int retired = accounts.retire();
        if (retired > 0) {
            log.warn(
                    "KHET_DEMO=false: disabled {} demo accounts, revoked their tokens and ended their sessions;"
                            + " the demo area's data is kept",
                    retired);
        }
    }
}

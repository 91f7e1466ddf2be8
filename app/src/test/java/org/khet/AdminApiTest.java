package org.khet;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test that works the API as the administrator, signed in afresh before each test, and looks into the database. */
public abstract class AdminApiTest extends IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
    }
}

package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database as the application and a local intruder meet it: no superuser, no way in without a password. */
class DatabaseRoleTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Value("${khet.data-dir}")
    Path dataDir;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationConnectsAsItsOwnRoleThatIsNoSuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("khet");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
                        .query(String.class)
                        .single())
                .isEqualTo("khet");
    }

    @Test
    void everyRoleNeedsItsPasswordWhichOnlyKhetsUserMayRead() throws Exception {
        for (String file : new String[] {"postgres-khet.password", "postgres-superuser.password"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file))))
                    .as(file)
                    .isEqualTo("rw-------");
        }
        TestArea.open(context, "6420").school("0001", "โรงเรียนบ้านรหัสผ่านฐานข้อมูล");
        String password =
                Files.readString(dataDir.resolve("postgres-khet.password")).strip();
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/khet";
        for (String role : new String[] {"khet", "postgres"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, ""))
                    .as(role + " without a password")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "khet"))
                    .as(role + " with a guessed password")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        try (var c = DriverManager.getConnection(url, "khet", password);
                var rs = c.createStatement()
                        .executeQuery("select count(*) from registry.school where code = '64200001'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1))
                    .as("the school area 6420 of this test has")
                    .isOne();
        }
    }
}

package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.KhetApplication;
import org.khet.WebSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Khet started as an operator starts it: embedded and restarted, without demo data, and on an external server. */
@ExtendWith(OutputCaptureExtension.class)
class StartupModesTest {

    @Test
    void embeddedDataSurvivesARestartAndTheDemoLoadsOnlyOnce() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-");
        long schools;
        try (var app = start("khet.data-dir=" + dir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            schools = count(jdbc, "registry.school");
            assertThat(schools).isGreaterThan(100);
            jdbc.sql(
                            "insert into registry.network (area_id, name_th) select id, 'เครือข่ายหลังรีสตาร์ต' from registry.area limit 1")
                    .update();
        }
        try (var app = start("khet.data-dir=" + dir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "registry.school")).isEqualTo(schools);
            assertThat(count(jdbc, "registry.area")).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from registry.network where name_th = 'เครือข่ายหลังรีสตาร์ต'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(count(jdbc, "platform.app_user where username = 'admin'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void withDemoOffTheDatabaseStartsEmptyButForAnAdministratorWhosePasswordIsLoggedOnce(CapturedOutput output)
            throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nodemo-");
        try (var app = start("khet.data-dir=" + dir, "khet.demo=false", "khet.admin-password=")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "registry.area")).isZero();
            assertThat(count(jdbc, "platform.app_user")).isEqualTo(1);
            Matcher logged = Pattern.compile("administrator 'admin' with password: (\\S+)")
                    .matcher(output.getOut());
            assertThat(logged.find()).isTrue();
            String hash = jdbc.sql("select password_hash from platform.app_user where username = 'admin'")
                    .query(String.class)
                    .single();
            assertThat(app.getBean(PasswordEncoder.class).matches(logged.group(1), hash))
                    .isTrue();
        }
    }

    @Test
    void anExternalServerIsMigratedAndGetsNoDemoData() throws IOException {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-");
            try (var app = start(
                    "khet.data-dir=" + dir,
                    "khet.db.url=" + url,
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(count(jdbc, "registry.area")).isZero();
                assertThat(count(jdbc, "registry.size_scheme")).isGreaterThanOrEqualTo(3);
                assertThat(Files.exists(dir.resolve("postgres")))
                        .as("no embedded server was started")
                        .isFalse();
            }
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsHandedToKhetsOwnRole() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgrade-");
        try (var app = start("khet.data-dir=" + dir)) {
            app.getBean(JdbcClient.class)
                    .sql(
                            "insert into registry.network (area_id, name_th) select id, 'เครือข่ายก่อนอัปเกรด' from registry.area limit 1")
                    .update();
        }
        EarlierVersion.makeOf(dir);
        try (var app = start("khet.data-dir=" + dir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThat(jdbc.sql("""
                            select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                              and pg_get_userbyid(c.relowner) <> 'khet'
                              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')""").query(Long.class).single())
                    .as("tables, views and sequences left to postgres")
                    .isZero();
            assertThat(count(jdbc, "registry.network where name_th = 'เครือข่ายก่อนอัปเกรด'"))
                    .isEqualTo(1);
            // The owner can change its tables, as later migrations will.
            jdbc.sql("alter table registry.network add column upgrade_probe int")
                    .update();
            jdbc.sql("alter table registry.network drop column upgrade_probe").update();
        }
    }

    @Test
    void turningTheDemoOffRetiresTheDemoAccountsButKeepsTheirData() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "demo-off-");
        String token;
        try (var app = start("khet.data-dir=" + dir)) {
            int port = port(app);
            token = Api.basic(port, "teacher", IntegrationTest.DEMO_PASSWORD)
                    .post("/api/v1/tokens", "{\"name\":\"before demo off\"}")
                    .json()
                    .get("token")
                    .asString();
            WebSession.signedIn(port, "supervisor", IntegrationTest.DEMO_PASSWORD);
            app.getBean(Accounts.class).create("real.teacher", "ครูจริง", null, "a-real-password-2569", List.of());
        }
        try (var app = start("khet.data-dir=" + dir, "khet.demo=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            int port = port(app);
            assertThat(count(jdbc, "platform.app_user where demo")).isEqualTo(9);
            assertThat(count(jdbc, "platform.app_user where demo and enabled")).isZero();
            assertThat(
                            count(
                                    jdbc,
                                    "platform.api_token t join platform.app_user u on u.id = t.user_id where u.demo and t.revoked_at is null"))
                    .isZero();
            assertThat(count(jdbc, "platform.spring_session where principal_name = 'supervisor'"))
                    .isZero();
            assertThat(count(jdbc, "platform.audit_event where action = 'RETIRE_DEMO_ACCOUNT'"))
                    .isEqualTo(9);
            assertThat(Api.basic(port, "teacher", IntegrationTest.DEMO_PASSWORD)
                            .post("/api/v1/tokens", "{\"name\":\"after demo off\"}")
                            .status())
                    .as("the published password no longer signs in")
                    .isEqualTo(401);
            assertThat(Api.bearer(port, token).get("/api/v1/schools").status()).isEqualTo(401);
            assertThat(count(jdbc, "platform.app_user where username in ('admin', 'real.teacher') and enabled"))
                    .isEqualTo(2);
            assertThat(count(jdbc, "registry.school"))
                    .as("the demo area's registry is kept")
                    .isGreaterThan(100);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** Properties go in as command-line arguments, which win over application.yml as an operator's would. */
    private static ConfigurableApplicationContext start(String... properties) {
        var args = new java.util.ArrayList<String>();
        for (String p : properties) {
            args.add("--" + p);
        }
        args.add("--server.port=0");
        if (java.util.Arrays.stream(properties).noneMatch(p -> p.startsWith("khet.admin-password="))) {
            args.add("--khet.admin-password=restart-test-password");
        }
        return new SpringApplicationBuilder(KhetApplication.class).run(args.toArray(String[]::new));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /**
     * Turns a data directory back into what versions before the role {@code khet} left: everything owned by the
     * superuser {@code postgres}, no passwords, no password files, every local connection trusted.
     */
    static final class EarlierVersion {

        static void makeOf(Path dir) throws Exception {
            Path superuser = dir.resolve("postgres-superuser.password");
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dir.resolve("pg-binaries").toFile())
                    .setConnectConfig("password", Files.readString(superuser).strip())
                    .start()) {
                JdbcClient khet = JdbcClient.create(pg.getDatabase("postgres", "khet"));
                khet.sql("reassign owned by khet to postgres").update();
                JdbcClient server = JdbcClient.create(pg.getPostgresDatabase());
                server.sql("alter database khet owner to postgres").update();
                server.sql("drop role khet").update();
                server.sql("alter role postgres password null").update();
                Files.writeString(
                        dir.resolve("postgres").resolve("pg_hba.conf"),
                        "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
            }
            Files.delete(superuser);
            Files.delete(dir.resolve("postgres-khet.password"));
        }
    }
}

package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.KhetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An external server as a careful operator sets it up: the database's owner runs the migrations (spring.flyway.user)
 * and the application connects as a role that owns nothing, which the migrations give what it needs on every module
 * schema, now and for tables created later.
 */
class ExternalDatabaseRolesTest {

    @Test
    void theRuntimeRoleReadsAndWritesEveryModuleButChangesNoSchema() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
            superuser
                    .sql("create role khet_owner login password 'owner-password'")
                    .update();
            superuser.sql("create role khet_app login password 'app-password'").update();
            superuser.sql("create database khet_ext owner khet_owner").update();
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/khet_ext";
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-roles-");
            try (var app = start(
                    "khet.data-dir=" + dir,
                    "khet.db.url=" + url,
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=khet_app",
                    "spring.datasource.password=app-password",
                    "spring.flyway.user=khet_owner",
                    "spring.flyway.password=owner-password",
                    "khet.db.runtime-role=khet_app")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single())
                        .isEqualTo("khet_app");
                assertThat(jdbc.sql("select count(*) from platform.app_user where username = 'admin'")
                                .query(Long.class)
                                .single())
                        .as("the administrator the application created at its start")
                        .isOne();
                jdbc.sql("""
                                insert into registry.area (code, name_th, name_en, letter_prefix)
                                values ('EXT1', 'เขตภายนอก', 'External area', 'ศธ 09998')""").update();
                assertThat(jdbc.sql("select count(*) from registry.school_summary")
                                .query(Long.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("select count(*) from achievement.exam")
                                .query(Long.class)
                                .single())
                        .isPositive();
                assertThat(jdbc.sql("select count(*) from complaints.complaint")
                                .query(Long.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("select count(*) from questions.public_question")
                                .query(Long.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("""
                                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                where c.relowner = (select oid from pg_roles where rolname = current_user)""").query(Long.class).single())
                        .as("relations the runtime role owns")
                        .isZero();
                assertThatThrownBy(() -> jdbc.sql("create table registry.intruder (id int)")
                                .update())
                        .rootCause()
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.sql("delete from public.flyway_schema_history")
                                .update())
                        .rootCause()
                        .hasMessageContaining("permission denied");

                JdbcClient owner =
                        JdbcClient.create(new SingleConnectionDataSource(url, "khet_owner", "owner-password", true));
                owner.sql("create table registry.later_table (id int)").update();
                jdbc.sql("insert into registry.later_table values (1)").update();
                assertThat(jdbc.sql("select count(*) from registry.later_table")
                                .query(Long.class)
                                .single())
                        .as("a table a later migration makes")
                        .isOne();
            }
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        List<String> args = new ArrayList<>();
        for (String p : properties) {
            args.add("--" + p);
        }
        args.add("--server.port=0");
        args.add("--khet.admin-password=external-roles-test-password");
        return new SpringApplicationBuilder(KhetApplication.class).run(args.toArray(String[]::new));
    }
}

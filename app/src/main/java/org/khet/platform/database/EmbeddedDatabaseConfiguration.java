package org.khet.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.khet.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code KHET_DB_URL}, Khet runs its own PostgreSQL 17 whose files live under {@code KHET_DATA_DIR}, so
 * one command starts a complete system and its data survives restarts. The application connects as the role
 * {@code khet}, not the superuser (see {@link EmbeddedRoles}); both passwords are files in the data directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${khet.db.url:}' == ''")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String KHET_PASSWORD_FILE = "postgres-khet.password";
    static final String SUPERUSER_PASSWORD_FILE = "postgres-superuser.password";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${khet.data-dir}") Path dataDir) {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(pgData.getParent());
            String superuserPassword = PasswordFile.readOrCreate(dataDir.resolve(SUPERUSER_PASSWORD_FILE));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            dataDir.resolve("pg-binaries").toAbsolutePath().toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setConnectConfig("password", superuserPassword)
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
            ShutdownOrder.springStopsTheServer(postgres);
            EmbeddedRoles.secure(postgres, pgData, superuserPassword, khetPassword(dataDir));
            log.info(
                    "Khet connects as the role '{}'; the database passwords are in {} and {}",
                    EmbeddedRoles.ROLE,
                    dataDir.resolve(KHET_PASSWORD_FILE).toAbsolutePath(),
                    dataDir.resolve(SUPERUSER_PASSWORD_FILE).toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgData, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${khet.data-dir}") Path dataDir) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EmbeddedRoles.DATABASE);
        ds.setUsername(EmbeddedRoles.ROLE);
        ds.setPassword(khetPassword(dataDir));
        ds.setMaximumPoolSize(20);
        ds.setPoolName("khet-embedded");
        // The embedded server stops in its own JVM shutdown hook, alongside Spring's; a short wait for a
        // connection keeps shutdown quick when a bean still reaches for the database while closing.
        ds.setConnectionTimeout(5_000);
        // As spring.datasource.hikari.data-source-properties says for a server of one's own (application.yml).
        ds.addDataSourceProperty("logServerErrorDetail", "false");
        return ds;
    }

    @Bean
    DatabaseMode databaseMode() {
        return new DatabaseMode(true);
    }

    private static String khetPassword(Path dataDir) {
        return PasswordFile.readOrCreate(dataDir.resolve(KHET_PASSWORD_FILE));
    }
}

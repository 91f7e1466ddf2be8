package org.khet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of every {@link ModuleTest}: one embedded PostgreSQL for the whole test run, which Khet meets as an
 * external database ({@code khet.db.url}), so it loads no demo data. The first module test context migrates it;
 * every later one finds it migrated and starts in seconds. The server stops with the JVM. The peers (SMTP, SMS
 * gateway, LINE) are the same {@link TestPeers} the integration tests use.
 */
final class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String ADMIN_PASSWORD = "module-test-password";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>(Shared.SETTINGS);
        settings.putAll(TestPeers.settings());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("khet-module-test", settings));
    }

    /** Started on first use, like {@link TestPeers}, and shared by every module test context of the run. */
    private static final class Shared {

        private static final EmbeddedPostgres SERVER = start();
        private static final Map<String, Object> SETTINGS = settings();

        private static EmbeddedPostgres start() {
            try {
                // The library stops the server from its own JVM shutdown hook.
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the module tests' PostgreSQL", e);
            }
        }

        private static Map<String, Object> settings() {
            String url = "jdbc:postgresql://localhost:" + SERVER.getPort() + "/postgres";
            return Map.of(
                    "khet.db.url",
                    url,
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    "postgres",
                    "spring.datasource.password",
                    "",
                    "khet.data-dir",
                    dataDir().toString(),
                    "khet.admin-password",
                    ADMIN_PASSWORD);
        }

        private static Path dataDir() {
            try {
                Path base = Path.of("target", "test-data").toAbsolutePath();
                Files.createDirectories(base);
                return Files.createTempDirectory(base, "module-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

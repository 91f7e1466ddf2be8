package org.khet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against its own embedded PostgreSQL with the demo data, shared by every
 * test that extends it (one Spring context, one database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String DEMO_PASSWORD = "khet-demo-2569";
    private static final Path DATA_DIR = temporaryDataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("khet.data-dir", DATA_DIR::toString);
        registry.add("khet.admin-password", () -> ADMIN_PASSWORD);
        registry.add("khet.db.url", () -> "");
        TestPeers.settings().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static Path temporaryDataDir() {
        try {
            Path base = Path.of("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "khet-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

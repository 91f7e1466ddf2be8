package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message is in Thai and in English, and every key the Java code renders with {@link Texts} exists: a missing
 * one would turn a user's bad row into a server error.
 */
class MessageKeysTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEXTS_KEY = Pattern.compile("Texts\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void thaiAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyKeyRenderedInJavaExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = TEXTS_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).containsAll(used);
    }

    @Test
    void everyRoleIsNamedInBothLanguages() {
        for (Role role : Role.values()) {
            assertThat(role.label("th")).isNotBlank().isNotEqualTo(role.label("en"));
        }
        assertThat(Role.SCHOOL_CLERK.label("en")).isEqualTo("School clerk");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}

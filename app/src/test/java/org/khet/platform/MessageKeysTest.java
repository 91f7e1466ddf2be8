package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message is in Thai and in English, and every key the Java code renders with {@link Texts} exists: a missing
 * one would turn a user's bad row into a server error.
 */
class MessageKeysTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** A key of letters, digits, dots, dashes and underscores, then {@code =}, then the text (not continued). */
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z0-9_.-]+)=(.*[^\\\\])?");

    /** A key read with {@link Texts}, or with {@code org.khet.shared.Messages} in the shared kernel. */
    private static final Pattern TEXTS_KEY = Pattern.compile("(?:Texts|Messages)\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void thaiAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    /**
     * {@link Properties#load} keeps the last of a repeated key without a word, and reads a merge's conflict markers
     * ({@code <<<<<<< HEAD}) as keys: so each file is also read line by line, and every line must be a {@code
     * key=value}, a comment or blank, each key once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyLineIsOneKeyValueACommentOrBlank(String file) throws IOException {
        List<String> lines = Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8);
        List<String> notKeyValue = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                notKeyValue.add(number + ": " + line);
            } else {
                Integer first = firstLine.putIfAbsent(m.group(1), number);
                if (first != null) {
                    repeated.add(m.group(1) + " on lines " + first + " and " + number);
                }
            }
        }
        assertThat(notKeyValue)
                .as("lines of %s that are not key=value, a comment or blank", file)
                .isEmpty();
        assertThat(repeated).as("keys repeated in %s", file).isEmpty();
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

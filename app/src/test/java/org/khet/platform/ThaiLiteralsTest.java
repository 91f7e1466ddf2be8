package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user reads is worded in {@code messages*.properties} ({@link Texts} in Java), where both languages sit side by
 * side and a translator finds them: a Thai string literal in main code outside the demo module fails this test,
 * unless it is data (words the system reads or stores, sample records) listed in {@link #DATA} with why.
 */
class ThaiLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    /** Thai that is data, not wording of the application's own: file (under org/khet/) and why. */
    private static final Map<String, String> DATA = Map.ofEntries(
            Map.entry("complaints/SampleCases.java", "the demo's sample complaints, stored as cases"),
            Map.entry("questions/SampleQuestions.java", "the demo's sample questions, stored as questions"),
            Map.entry("platform/users/AdministratorBootstrap.java", "the first administrator's display name, stored"),
            Map.entry("registry/SchoolStatuses.java", "the Thai words an import file may use for a school's status"),
            Map.entry("registry/SchoolApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry("registry/RegistryApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry("achievement/AchievementApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry("accounts/UserApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry("platform/tokens/TokenApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry("correspondence/SampleLetters.java", "the demo's sample letters, stored as letters"),
            Map.entry("procurement/SampleSuppliers.java", "the demo's sample suppliers, stored as suppliers"),
            Map.entry(
                    "correspondence/Register.java",
                    "the regulation's mark ว of the circulars series, part of every circular's number"),
            Map.entry("correspondence/CorrespondenceApi.java", "the OpenAPI tag's Thai title, read by developers"),
            Map.entry(
                    "correspondence/LetterTemplate.java",
                    "the placeholder {ส่วนราชการ} that stored templates carry for the writing organisation's name"));

    @Test
    void userTextIsInTheMessageFilesNotInJava() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name =
                        MAIN.resolve("org/khet").relativize(file).toString().replace('\\', '/');
                int count = thaiLiterals(Files.readString(file));
                if (count > 0 && !name.startsWith("demo/") && !DATA.containsKey(name)) {
                    found.put(name, count);
                }
            }
        }
        assertThat(found)
                .as("Thai string literals in main Java: move them to messages*.properties and read them with Texts.of")
                .isEmpty();
    }

    @Test
    void theScanSeesLiteralsButNotComments() {
        String code = """
                /** ผู้อำนวยการ */
                class X { // ครู
                    String a = "ไม่พบ \\" ข้อมูล", b = "plain", c = \"""
                        ข้อความ\""";
                    char q = '"'; String d = "รหัส";
                }""";
        assertThat(thaiLiterals(code)).isEqualTo(3);
    }

    /** The string literals and text blocks of a Java source that hold Thai, its comments left out. */
    static int thaiLiterals(String source) {
        int count = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
            } else if (c == '\'') {
                i = closing(source, '\'', i + 1);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = end(source, "\"\"\"", i + 3);
                count += THAI.matcher(source.substring(i, close)).find() ? 1 : 0;
                i = close;
            } else if (c == '"') {
                int close = closing(source, '"', i + 1);
                count += THAI.matcher(source.substring(i, close)).find() ? 1 : 0;
                i = close;
            } else {
                i++;
            }
        }
        return count;
    }

    /** Just after {@code marker} from {@code from}, or the end of the source. */
    private static int end(String source, String marker, int from) {
        int at = source.indexOf(marker, from);
        return at < 0 ? source.length() : at + marker.length();
    }

    /** Just after the unescaped {@code quote} that closes a literal. */
    private static int closing(String source, char quote, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}

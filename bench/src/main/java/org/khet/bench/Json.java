package org.khet.bench;

import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the benchmark: flat objects out, top-level numbers and strings in. The responses it reads
 * are small and flat, and a parser library would be the bench module's only dependency.
 */
final class Json {

    private Json() {}

    /** A flat object of string values, in the map's order. */
    static String object(Map<String, String> fields) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        fields.forEach((k, v) -> out.add(quote(k) + ":" + quote(v)));
        return out.toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static OptionalLong number(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?\\d+)")
                .matcher(json);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** A string value without escapes, such as a token or a status. */
    static String string(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"\\\\]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** Every scalar value (a number, or null) of {@code key}, in order: the rows of a list, read field by field. */
    static java.util.List<String> scalars(String json, String key) {
        return all(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*(null|-?[0-9.]+)");
    }

    /** Every string value of {@code key} without escapes, in order. */
    static java.util.List<String> strings(String json, String key) {
        return all(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"\\\\]*)\"");
    }

    private static java.util.List<String> all(String json, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(json);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}

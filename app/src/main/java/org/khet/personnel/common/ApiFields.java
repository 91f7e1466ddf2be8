package org.khet.personnel.common;

import java.util.Map;
import java.util.function.Supplier;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * A domain step run for an API call, its refusal naming each field as the API's JSON does: the domain's names
 * ({@code firstDay}, shared with the pages' forms) in snake_case ({@code first_day}), or as {@code renamed} says
 * (the page's {@code recipient} is the API's {@code person_id}). Clients then find the field they sent.
 */
public final class ApiFields {

    private ApiFields() {}

    public static <T> T named(Supplier<T> step, Map<String, String> renamed) {
        try {
            return step.get();
        } catch (RejectedException e) {
            throw new RejectedException(
                    e.reason(),
                    e.errors().stream()
                            .map(f -> new FieldError(f.row(), name(f.field(), renamed), f.message()))
                            .toList());
        }
    }

    public static void named(Runnable step, Map<String, String> renamed) {
        named(
                () -> {
                    step.run();
                    return null;
                },
                renamed);
    }

    /** As {@link #named(Supplier, Map)}, every field in snake_case. */
    public static <T> T named(Supplier<T> step) {
        return named(step, Map.of());
    }

    /** As {@link #named(Runnable, Map)}, every field in snake_case. */
    public static void named(Runnable step) {
        named(step, Map.of());
    }

    static String name(String field, Map<String, String> renamed) {
        if (field == null) {
            return null;
        }
        return renamed.getOrDefault(
                field, field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
    }
}

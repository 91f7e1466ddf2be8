package org.khet.personnel.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search typed into a box that finds people or schools by name (the award form's recipients, the swap partner):
 * every word of the query must appear, as SQL {@code like all(:words)} patterns, at most {@link #WORDS} words; a page
 * shows at most a limit of what matched and says when there were more.
 */
public final class NameSearch {

    public static final int WORDS = 5;

    private NameSearch() {}

    /** The query's words as LIKE patterns, lower case (wildcards taken literally); empty for a blank query. */
    public static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .distinct()
                .limit(WORDS)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }

    /** The first {@code limit} of {@code rows} (read with {@code limit + 1}), and whether there were more. */
    public static <T> Found<T> firstOf(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        return new Found<>(more ? List.copyOf(rows.subList(0, limit)) : rows, more);
    }

    /** What a search found, and whether it found more than it shows. */
    public record Found<T>(List<T> items, boolean more) {}
}

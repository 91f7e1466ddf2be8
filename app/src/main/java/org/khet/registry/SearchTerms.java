package org.khet.registry;

import java.util.List;
import java.util.Locale;
import org.khet.thai.ThaiWords;

/**
 * Thai has no spaces between words, so a query is cut into words first; a record matches when it contains every
 * word, in any order. The stored text is matched with {@code ILIKE} backed by a trigram index.
 */
final class SearchTerms {

    private SearchTerms() {}

    static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return ThaiWords.split(query.strip()).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> !w.isBlank())
                .distinct()
                .limit(8)
                .map(SearchTerms::likePattern)
                .toList();
    }

    private static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

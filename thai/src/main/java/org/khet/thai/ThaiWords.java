package org.khet.thai;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds word boundaries in Thai text, which is written without spaces between words.
 *
 * <p>Search indexes and line breaking both need those boundaries. The JDK's word {@link
 * BreakIterator} for the Thai locale ships a Thai dictionary, so this class needs no extra
 * dependency; its segmentation is dictionary-based and may split unknown names differently from a
 * human reader.
 */
public final class ThaiWords {

    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final int MAI_YAMOK = 'ๆ';

    private ThaiWords() {}

    /**
     * The words of {@code text} in order; segments that are only whitespace or punctuation are
     * dropped. Non-Thai words are split the usual way (on spaces and punctuation).
     */
    public static List<String> split(String text) {
        Require.nonNull(text, "text");
        List<Integer> bounds = boundaries(text);
        List<String> words = new ArrayList<>();
        for (int i = 1; i < bounds.size(); i++) {
            String segment = text.substring(bounds.get(i - 1), bounds.get(i));
            if (segment.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(segment);
            }
        }
        return List.copyOf(words);
    }

    /**
     * The words of {@code text}, lower-cased and joined by single spaces, so a plain full-text
     * index (e.g. PostgreSQL's {@code simple} configuration) can match Thai words.
     */
    public static String searchTokens(String text) {
        return split(text).stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }

    /**
     * Inserts U+200B (zero-width space) between adjacent Thai words, so renderers that break lines
     * only at spaces (many PDF libraries) can wrap Thai text. Nothing is inserted next to spaces,
     * punctuation or non-Thai text, nor before ๆ, which must not start a line; removing U+200B gives
     * back the input.
     */
    public static String withBreakOpportunities(String text) {
        Require.nonNull(text, "text");
        List<Integer> bounds = boundaries(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 1; i < bounds.size(); i++) {
            int start = bounds.get(i - 1);
            if (start > 0 && isThaiWordJoint(text, start)) {
                out.append(ZERO_WIDTH_SPACE);
            }
            out.append(text, start, bounds.get(i));
        }
        return out.toString();
    }

    private static List<Integer> boundaries(String text) {
        BreakIterator iterator = BreakIterator.getWordInstance(THAI);
        iterator.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int bound = iterator.first(); bound != BreakIterator.DONE; bound = iterator.next()) {
            bounds.add(bound);
        }
        return bounds;
    }

    private static boolean isThaiWordJoint(String text, int offset) {
        int before = text.codePointBefore(offset);
        int after = text.codePointAt(offset);
        return isThai(before) && isThai(after) && after != MAI_YAMOK;
    }

    private static boolean isThai(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.THAI;
    }
}

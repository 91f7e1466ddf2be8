package org.khet.thai;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A search as typed, turned into a PostgreSQL text query ({@code to_tsquery('simple', …)}) over text indexed as
 * {@link ThaiWords#searchTokens(String)} splits it. Every piece between spaces must be found: as the words the
 * dictionary splits it into, or, when it is three letters or more, as whole words followed by the start of a longer
 * one, wherever the typing stopped ("สถานศึ" finds "สถาน ศึกษา", "วิชาก" finds "วิชาการ", "ผู้บริ" finds
 * "ผู้ บริหาร"). A piece of one or two letters stays a whole word, and a started word is at least two letters, so
 * that "ว 2" is not every text with a word starting with ว.
 */
public final class ThaiSearchQuery {

    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final int MAX_PIECES = 8;
    private static final int MAX_PREFIX_LENGTH = 40;
    private static final int MIN_PREFIX_LENGTH = 3;
    private static final int MIN_STARTED_WORD = 2;

    private ThaiSearchQuery() {}

    /** The query for {@code to_tsquery('simple', …)}; empty when the words hold nothing to look for. */
    public static String of(String words) {
        return Arrays.stream((words == null ? "" : words).strip().split("\\s+"))
                .filter(w -> !ThaiWords.split(w).isEmpty())
                .limit(MAX_PIECES)
                .map(ThaiSearchQuery::piece)
                .collect(Collectors.joining(" & "));
    }

    /** One piece: its words exactly, or any split point's words before it and the start of a word after it. */
    private static String piece(String piece) {
        List<String> ways = new ArrayList<>();
        ways.add(all(ThaiWords.split(piece)));
        if (piece.codePointCount(0, piece.length()) >= MIN_PREFIX_LENGTH && piece.length() <= MAX_PREFIX_LENGTH) {
            BreakIterator letters = BreakIterator.getCharacterInstance(THAI);
            letters.setText(piece);
            for (int at = letters.first(); at != BreakIterator.DONE && at < piece.length(); at = letters.next()) {
                String rest = piece.substring(at);
                if (rest.codePointCount(0, rest.length()) >= MIN_STARTED_WORD
                        && rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    List<String> before = ThaiWords.split(piece.substring(0, at));
                    ways.add(before.isEmpty() ? lexeme(rest) + ":*" : all(before) + " & " + lexeme(rest) + ":*");
                }
            }
        }
        return "(" + String.join(" | ", ways.stream().map(w -> "(" + w + ")").toList()) + ")";
    }

    private static String all(List<String> words) {
        return words.stream().map(ThaiSearchQuery::lexeme).collect(Collectors.joining(" & "));
    }

    /** A word quoted so that no character in it is read as an operator. */
    private static String lexeme(String word) {
        return "'" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("'", "''") + "'";
    }
}

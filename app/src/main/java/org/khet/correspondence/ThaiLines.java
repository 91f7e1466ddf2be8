package org.khet.correspondence;

import com.lowagie.text.pdf.BaseFont;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a paragraph into lines of a width for the PDF. PDF libraries break only at spaces, and Thai has none between
 * words, so the break opportunities come from the JDK's Thai dictionary ({@link BreakIterator#getLineInstance} for
 * {@code th}): a line ends between words, never inside one, so no vowel or tone mark is parted from its consonant. A
 * word longer than a whole line (a long URL) is cut by characters, still never before a combining mark.
 */
final class ThaiLines {

    /** One line: its pieces (the words between break opportunities, spaces kept) and whether it ends the paragraph. */
    record Line(List<String> pieces, float width, boolean last) {

        String text() {
            return String.join("", pieces);
        }
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    private ThaiLines() {}

    /**
     * The lines of {@code paragraph} set in {@code font} at {@code size}: the first {@code firstIndent} narrower than
     * {@code width} (the paragraph's indent), the others {@code width} wide.
     */
    static List<Line> lines(String paragraph, BaseFont font, float size, float width, float firstIndent) {
        List<Line> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        float used = 0;
        for (String piece : pieces(paragraph, font, size, width - firstIndent)) {
            float room = lines.isEmpty() ? width - firstIndent : width;
            float w = font.getWidthPoint(piece, size);
            if (!current.isEmpty() && used + font.getWidthPoint(piece.stripTrailing(), size) > room) {
                lines.add(line(current, font, size, false));
                current = new ArrayList<>();
                used = 0;
                if (piece.isBlank()) {
                    continue;
                }
            }
            current.add(piece);
            used += w;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, font, size, true));
        }
        return lines;
    }

    private static Line line(List<String> pieces, BaseFont font, float size, boolean last) {
        List<String> kept = new ArrayList<>(pieces);
        int end = kept.size() - 1;
        if (end >= 0) {
            kept.set(end, kept.get(end).stripTrailing());
        }
        return new Line(List.copyOf(kept), font.getWidthPoint(String.join("", kept), size), last);
    }

    /** The text between break opportunities; a piece wider than {@code max} is cut into pieces that fit. */
    private static List<String> pieces(String text, BaseFont font, float size, float max) {
        BreakIterator breaks = BreakIterator.getLineInstance(THAI);
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (!pieces.isEmpty() && !piece.codePoints().anyMatch(Character::isLetter)) {
                // A number or a mark stays with the word before it ("เขต 2", "จำนวน 1 ฉบับ").
                piece = pieces.remove(pieces.size() - 1) + piece;
            }
            if (font.getWidthPoint(piece, size) > max) {
                pieces.addAll(cut(piece, font, size, max));
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private static List<String> cut(String word, BaseFont font, float size, float max) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= word.length(); i++) {
            boolean markNext = i < word.length() && combining(word.charAt(i));
            if (!markNext && font.getWidthPoint(word.substring(from, i), size) > max && i - 1 > from) {
                int at = i - 1;
                while (at > from + 1 && combining(word.charAt(at))) {
                    at--;
                }
                parts.add(word.substring(from, at));
                from = at;
            }
        }
        parts.add(word.substring(from));
        return parts;
    }

    /**
     * The text's clusters: each character with the vowels and tone marks written on it, which must be set together;
     * the extra space of a justified line goes between clusters.
     */
    static List<String> clusters(String text) {
        List<String> clusters = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !combining(text.charAt(i))) {
                clusters.add(text.substring(from, i));
                from = i;
            }
        }
        return clusters;
    }

    /** Thai vowels and tone marks written above or below their consonant (and SARA AM, which follows it closely). */
    static boolean combining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '\u0E33';
    }
}

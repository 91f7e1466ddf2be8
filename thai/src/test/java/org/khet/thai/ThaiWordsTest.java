package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Segmentation comes from the JDK's Thai dictionary, so these tests check properties that any
 * sensible segmentation has rather than the dictionary's exact choices.
 */
class ThaiWordsTest {

    private static final String ZWSP = "\u200B";
    private static final String SCHOOL = "โรงเรียนบ้านควนขนุน";
    private static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา";

    @ParameterizedTest
    @ValueSource(strings = {SCHOOL, OFFICE, "ผมกินข้าว", "นักเรียนชั้นประถมศึกษาปีที่หก"})
    void splitsAThaiPhraseIntoSeveralWordsThatRebuildIt(String phrase) {
        List<String> words = ThaiWords.split(phrase);
        assertThat(words).hasSizeGreaterThan(1).allSatisfy(word -> assertThat(word)
                .isNotBlank());
        assertThat(String.join("", words)).isEqualTo(phrase);
    }

    @Test
    void dropsWhitespaceAndPunctuationButKeepsEverythingElse() {
        String text = "สวัสดีครับ ทุกคน! (ราคา 100 บาท)";
        List<String> words = ThaiWords.split(text);
        assertThat(String.join("", words)).isEqualTo("สวัสดีครับทุกคนราคา100บาท");
        assertThat(words).contains("100").noneMatch(word -> word.isBlank() || word.matches("\\p{Punct}+"));
    }

    @Test
    void splitsLatinTextOnSpacesAndPunctuation() {
        assertThat(ThaiWords.split("Hello world, O-NET again.")).containsExactly("Hello", "world", "O-NET", "again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " !!! ... ,, ", "\n\t"})
    void findsNoWordsInBlankOrPunctuationOnlyText(String text) {
        assertThat(ThaiWords.split(text)).isEmpty();
    }

    @Test
    void returnsAnUnmodifiableList() {
        List<String> words = ThaiWords.split(SCHOOL);
        assertThatThrownBy(() -> words.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void searchTokensAreLowerCaseWordsJoinedBySingleSpaces() {
        assertThat(ThaiWords.searchTokens("  Hello   WORLD!  ")).isEqualTo("hello world");
        String tokens = ThaiWords.searchTokens(SCHOOL + " ABC");
        assertThat(tokens).isEqualTo(String.join(" ", ThaiWords.split(SCHOOL)) + " abc");
        assertThat(tokens).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(tokens.split(" ")).hasSizeGreaterThan(2);
        assertThat(ThaiWords.searchTokens("")).isEmpty();
    }

    @Test
    void insertsABreakBetweenEveryPairOfThaiWords() {
        String marked = ThaiWords.withBreakOpportunities(SCHOOL);
        assertThat(marked.split(ZWSP)).containsExactlyElementsOf(ThaiWords.split(SCHOOL));
        assertThat(marked.replace(ZWSP, "")).isEqualTo(SCHOOL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {SCHOOL, OFFICE, "สวัสดีครับ ทุกคน! (ราคา 100 บาท)", "ภาษาไทย123abc", "เลขที่ ๑๒๓ ถนนพหลโยธิน", ""
            })
    void removingTheBreaksGivesBackTheInput(String text) {
        String marked = ThaiWords.withBreakOpportunities(text);
        assertThat(marked.replace(ZWSP, "")).isEqualTo(text);
        assertThat(marked).doesNotStartWith(ZWSP).doesNotEndWith(ZWSP);
    }

    @Test
    void addsNothingNextToSpacesPunctuationOrLatinText() {
        String marked = ThaiWords.withBreakOpportunities("สวัสดีครับ ทุกคน! OK");
        assertThat(marked).contains(ZWSP).doesNotContain(ZWSP + " ", " " + ZWSP, ZWSP + "!", "k" + ZWSP);
        assertThat(ThaiWords.withBreakOpportunities("Hello world, again.")).isEqualTo("Hello world, again.");
    }

    @Test
    void neverPutsABreakBeforeMaiYamok() {
        String marked = ThaiWords.withBreakOpportunities("เด็กๆเล่นกัน");
        assertThat(marked).contains(ZWSP).doesNotContain(ZWSP + "ๆ");
        assertThat(marked.replace(ZWSP, "")).isEqualTo("เด็กๆเล่นกัน");
    }

    @Test
    void keepsZeroWidthSpacesAlreadyInTheInput() {
        String input = "ภาษาไทย" + ZWSP + "ง่าย";
        String marked = ThaiWords.withBreakOpportunities(input);
        assertThat(marked).contains(ZWSP).doesNotContain(ZWSP + ZWSP);
        assertThat(marked.replace(ZWSP, "")).isEqualTo(input.replace(ZWSP, ""));
    }

    @Test
    void isSafeToCallFromManyThreads() {
        List<String> expected = ThaiWords.split(OFFICE);
        IntStream.range(0, 500).parallel().forEach(i -> assertThat(ThaiWords.split(OFFICE))
                .isEqualTo(expected));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ThaiWords.split(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiWords.searchTokens(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiWords.withBreakOpportunities(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

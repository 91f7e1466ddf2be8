package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text queries a search becomes; whether PostgreSQL finds letters with them is tested by the app. */
class ThaiSearchQueryTest {

    @Test
    void nothingToLookForIsAnEmptyQuery() {
        assertThat(ThaiSearchQuery.of(null)).isEmpty();
        assertThat(ThaiSearchQuery.of("  ")).isEmpty();
        assertThat(ThaiSearchQuery.of(" / - ")).isEmpty();
    }

    @Test
    void oneOrTwoLettersStayWholeWords() {
        assertThat(ThaiSearchQuery.of("ว 2")).isEqualTo("(('ว')) & (('2'))");
        assertThat(ThaiSearchQuery.of("ขอ")).isEqualTo("(('ขอ'))");
    }

    @Test
    void aLongerPieceMayEndInAStartedWordAfterWholeOnes() {
        String query = ThaiSearchQuery.of("ผู้บริ");

        assertThat(query).startsWith("(('ผู้' & 'บ' & 'ริ') | ('ผู้บริ':*)").contains("('ผู้' & 'บริ':*)");
        assertThat(ThaiSearchQuery.of("ประชุมก"))
                .as("a started word is two characters or more")
                .contains("('ประชุม' & 'ก')")
                .doesNotContain("'ก':*");
    }

    @Test
    void everyPieceIsRequiredAndAtMostEightAreRead() {
        assertThat(ThaiSearchQuery.of("ประชุม ครู")).contains(") & (").startsWith("(('ประชุม')");
        assertThat(ThaiSearchQuery.of("ก ข ค ง จ ฉ ช ซ ฌ ญ").split(" & ")).hasSize(8);
    }

    @Test
    void quotesAndBackslashesCannotBreakOutOfAWord() {
        assertThat(ThaiSearchQuery.of("o'neil")).contains("'o''neil':*").doesNotContain("'o'n");
        assertThat(ThaiSearchQuery.of("a\\b")).contains("\\\\");
        assertThat(ThaiSearchQuery.of("ABC")).as("lower case, as the index is").contains("'abc'");
    }
}

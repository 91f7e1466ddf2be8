package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDigitsTest {

    @Test
    void convertsEveryDigit() {
        assertThat(ThaiDigits.toThai("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
        assertThat(ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ที่ ศธ 04001/ว 45 | ที่ ศธ ๐๔๐๐๑/ว ๔๕",
                "22 พ.ย. 2569 14:05 น. | ๒๒ พ.ย. ๒๕๖๙ ๑๔:๐๕ น.",
                "ไทยแลนด์ 4.0 | ไทยแลนด์ ๔.๐",
                "no digits | no digits",
            })
    void convertsDigitsInsideTextAndLeavesTheRest(String arabic, String thai) {
        assertThat(ThaiDigits.toThai(arabic)).isEqualTo(thai);
        assertThat(ThaiDigits.toArabic(thai)).isEqualTo(arabic);
    }

    @Test
    void leavesOtherCharactersAndScriptsUnchanged() {
        String other = "abc ก-ฮ ๆ ฯ ٣ ३ ๚";
        assertThat(ThaiDigits.toThai(other)).isEqualTo(other);
        assertThat(ThaiDigits.toArabic(other)).isEqualTo(other);
        assertThat(ThaiDigits.toThai("")).isEmpty();
    }

    @Test
    void isIdempotentAndRoundTrips() {
        String mixed = "เลขที่ 12/๓๔";
        assertThat(ThaiDigits.toThai(ThaiDigits.toThai(mixed))).isEqualTo("เลขที่ ๑๒/๓๔");
        assertThat(ThaiDigits.toArabic(ThaiDigits.toThai(mixed))).isEqualTo("เลขที่ 12/34");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ThaiDigits.toThai(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiDigits.toArabic(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

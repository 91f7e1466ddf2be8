package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.khet.thai.BahtText.Style;

class BahtTextTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvFileSource(resources = "/org/khet/thai/bahttext-vectors.csv")
    void matchesThePublicVectorSets(BigDecimal amount, Style style, String expected) {
        assertThat(BahtText.of(amount, style)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "10, สิบบาทถ้วน",
        "20, ยี่สิบบาทถ้วน",
        "11, สิบเอ็ดบาทถ้วน",
        "21, ยี่สิบเอ็ดบาทถ้วน",
        "1, หนึ่งบาทถ้วน",
        "101, หนึ่งร้อยหนึ่งบาทถ้วน",
        "1001, หนึ่งพันหนึ่งบาทถ้วน",
        "1000000, หนึ่งล้านบาทถ้วน",
        "11000000, สิบเอ็ดล้านบาทถ้วน",
        "2000001, สองล้านหนึ่งบาทถ้วน",
        "1000000000000, หนึ่งล้านล้านบาทถ้วน",
        "1000000000000000, หนึ่งพันล้านล้านบาทถ้วน",
        "1000000000000000000, หนึ่งล้านล้านล้านบาทถ้วน",
        "0, ศูนย์บาทถ้วน",
        "0.50, ห้าสิบสตางค์",
        "0.005, หนึ่งสตางค์",
        "0.004, ศูนย์บาทถ้วน",
        "1.995, สองบาทถ้วน",
        "1.994, หนึ่งบาทเก้าสิบเก้าสตางค์",
        "-1, ลบหนึ่งบาทถ้วน",
        "-0.005, ลบหนึ่งสตางค์",
        "-1.995, ลบสองบาทถ้วน",
        "1E+3, หนึ่งพันบาทถ้วน",
        "100.10, หนึ่งร้อยบาทสิบสตางค์",
    })
    void spellsWithTheDefaultStyle(BigDecimal amount, String expected) {
        assertThat(BahtText.of(amount)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "101, หนึ่งร้อยเอ็ดบาทถ้วน",
        "1001, หนึ่งพันเอ็ดบาทถ้วน",
        "2000001, สองล้านเอ็ดบาทถ้วน",
        "11000001, สิบเอ็ดล้านเอ็ดบาทถ้วน",
        "1000000, หนึ่งล้านบาทถ้วน",
        "1, หนึ่งบาทถ้วน",
        "1.01, หนึ่งบาทหนึ่งสตางค์",
        "201.01, สองร้อยเอ็ดบาทหนึ่งสตางค์",
    })
    void etStyleReadsATrailingOneAfterAHigherDigitAsEt(BigDecimal amount, String expected) {
        assertThat(BahtText.of(amount, Style.HUNDRED_ET)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void elevenToNinetyOneAreAlwaysEt(Style style) {
        String[] tens = {"สิบ", "ยี่สิบ", "สามสิบ", "สี่สิบ", "ห้าสิบ", "หกสิบ", "เจ็ดสิบ", "แปดสิบ", "เก้าสิบ"};
        for (int t = 1; t <= 9; t++) {
            assertThat(BahtText.of(BigDecimal.valueOf(t * 10L + 1), style)).isEqualTo(tens[t - 1] + "เอ็ดบาทถ้วน");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0.00",
                "5|5.00",
                "999.999|1,000.00",
                "1234567.5|1,234,567.50",
                "0.005|0.01",
                "-1500.25|-1,500.25",
                "12345678901234.56|12,345,678,901,234.56"
            })
    void writesFiguresWithCommasAndTwoDecimals(BigDecimal amount, String expected) {
        assertThat(BahtText.figures(amount)).isEqualTo(expected);
    }

    @Test
    void stylesDifferOnlyWhereAUnitOneFollowsAZeroTensDigitAndAHigherDigit() {
        for (long n = 0; n <= 20_000; n++) {
            String one = BahtText.of(BigDecimal.valueOf(n), Style.HUNDRED_ONE);
            String et = BahtText.of(BigDecimal.valueOf(n), Style.HUNDRED_ET);
            boolean disputed = n > 100 && n % 100 == 1;
            assertThat(one.equals(et)).as("n=%d", n).isEqualTo(!disputed);
        }
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void readsBackToTheSameNumberForManyValues(Style style) {
        Random random = new Random(2569);
        LongStream.concat(LongStream.rangeClosed(0, 30_000), random.longs(2_000, 0, Long.MAX_VALUE))
                .forEach(n -> assertThat(readBaht(BahtText.of(BigDecimal.valueOf(n), style)))
                        .as("n=%d", n)
                        .isEqualTo(BigInteger.valueOf(n)));
    }

    @Test
    void readsBackSatangForEveryValue() {
        for (int satang = 1; satang <= 99; satang++) {
            String text = BahtText.of(BigDecimal.valueOf(satang, 2));
            assertThat(text).endsWith("สตางค์").doesNotContain("บาท");
            String words = text.substring(0, text.length() - "สตางค์".length());
            assertThat(ThaiNumberReader.read(words)).isEqualTo(BigInteger.valueOf(satang));
        }
    }

    @Test
    void neverSpellsZeroDigitsOrNonStandardTens() {
        for (long n = 1; n <= 10_000; n++) {
            assertThat(BahtText.of(n)).doesNotContain("ศูนย์", "หนึ่งสิบ", "สองสิบ", "เอ็ดสิบ");
        }
    }

    @Test
    void spellsAmountsBeyondLongByRecursion() {
        BigDecimal huge = new BigDecimal("1234567890123456789012345678901234567890");
        String text = BahtText.of(huge);
        assertThat(readBaht(text)).isEqualTo(huge.toBigInteger());
        // 40 digits: the top group is 1234, followed by six ล้าน groups.
        assertThat(text).startsWith("หนึ่งพันสองร้อยสามสิบสี่ล้าน");
    }

    @Test
    void longOverloadMatchesBigDecimalIncludingExtremes() {
        assertThat(BahtText.of(21)).isEqualTo("ยี่สิบเอ็ดบาทถ้วน");
        assertThat(BahtText.of(Long.MAX_VALUE)).isEqualTo(BahtText.of(BigDecimal.valueOf(Long.MAX_VALUE)));
        assertThat(BahtText.of(Long.MIN_VALUE))
                .isEqualTo("ลบ" + BahtText.of(BigDecimal.valueOf(Long.MIN_VALUE).negate()));
    }

    @Test
    void negativeAmountThatRoundsToZeroHasNoMinus() {
        assertThat(BahtText.of(new BigDecimal("-0.004"))).isEqualTo("ศูนย์บาทถ้วน");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> BahtText.of((BigDecimal) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> BahtText.of(BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("style");
    }

    /** Reads a whole-baht text ("…บาทถ้วน", optionally "ลบ…") back into a number. */
    private static BigInteger readBaht(String text) {
        assertThat(text).endsWith("บาทถ้วน");
        boolean negative = text.startsWith("ลบ");
        String words = text.substring(negative ? 2 : 0, text.length() - "บาทถ้วน".length());
        BigInteger value = ThaiNumberReader.read(words);
        return negative ? value.negate() : value;
    }
}

package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNationalIdTest {

    /**
     * Fictional ID. Check digit by hand: 1·13 + 2·12 + 3·11 + 4·10 + 5·9 + 6·8 + 7·7 + 8·6 + 9·5 + 0·4
     * + 1·3 + 2·2 = 352; 352 mod 11 = 0; (11 − 0) mod 10 = 1.
     */
    private static final String VALID = "1234567890121";

    private static final String CHECK_DIGIT_MESSAGE =
            "เลขประจำตัวประชาชนไม่ถูกต้อง (ตรวจสอบหลักสุดท้ายไม่ผ่าน) / Invalid national ID (check digit mismatch)";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567890121",
                "1-2345-67890-12-1",
                "1 2345 67890 12 1",
                " 1-2345 67890-12-1 ",
                "๑๒๓๔๕๖๗๘๙๐๑๒๑",
                // sum ≡ 0 (mod 11) gives check digit 1 and sum ≡ 1 gives 0: both ends of the mod-10 step
                "0000000000001",
                "0000000000060",
            })
    void acceptsValidIdsWithOrWithoutSeparators(String input) {
        assertThat(ThaiNationalId.isValid(input)).isTrue();
        assertThat(ThaiNationalId.parse(input).digits()).hasSize(13).containsOnlyDigits();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890120", "1234567890122", "1234567890129", "123456789012", "12345678901211"})
    void rejectsWrongCheckDigitOrLength(String input) {
        assertThat(ThaiNationalId.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "- -", "12345abc90121", "1234567890121x"})
    void rejectsMissingOrNonDigitInput(String input) {
        assertThat(ThaiNationalId.isValid(input)).isFalse();
    }

    @Test
    void exactlyOneCheckDigitIsValidForEveryPrefix() {
        new Random(13).ints(500, 0, 1_000_000_000).forEach(seed -> {
            String prefix = String.format("%03d%09d", seed % 1000, seed);
            long valid = IntStream.rangeClosed(0, 9)
                    .filter(d -> ThaiNationalId.isValid(prefix + d))
                    .count();
            assertThat(valid).as(prefix).isEqualTo(1);
            assertThat(ThaiNationalId.isValid(ThaiNationalId.withCheckDigit(prefix)))
                    .isTrue();
        });
    }

    @Test
    void parseReportsAMissingValue() {
        assertThatThrownBy(() -> ThaiNationalId.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ไม่ได้ระบุเลขประจำตัวประชาชน / National ID is missing");
        assertThatThrownBy(() -> ThaiNationalId.parse(" - "))
                .hasMessage("ไม่ได้ระบุเลขประจำตัวประชาชน / National ID is missing");
    }

    @Test
    void parseReportsNonDigits() {
        assertThatThrownBy(() -> ThaiNationalId.parse("1-2345-6789O-12-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น / National ID must contain digits only");
    }

    @Test
    void parseReportsTheWrongLength() {
        assertThatThrownBy(() -> ThaiNationalId.parse("1-2345-67890-12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "เลขประจำตัวประชาชนต้องมี 13 หลัก (พบ 12 หลัก) / National ID must have 13 digits (found 12)");
    }

    @Test
    void parseReportsACheckDigitMismatchThaiFirst() {
        assertThatThrownBy(() -> ThaiNationalId.parse("1-2345-67890-12-3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(CHECK_DIGIT_MESSAGE)
                .hasMessageStartingWith("เลขประจำตัวประชาชน");
    }

    @Test
    void errorMessagesNeverRepeatTheInput() {
        for (String input : new String[] {"9876543210987", "98765432109", "98765x4321098"}) {
            assertThatThrownBy(() -> ThaiNationalId.parse(input))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message()
                    .doesNotContain(input.substring(0, 6));
        }
    }

    @Test
    void formatsMasksAndHidesFromToString() {
        ThaiNationalId id = ThaiNationalId.parse("1 2345 67890 12 1");
        assertThat(id.digits()).isEqualTo(VALID);
        assertThat(id.formatted()).isEqualTo("1-2345-67890-12-1");
        assertThat(id.masked()).isEqualTo("1-2345-xxxxx-xx-1");
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("67890");
        assertThat("" + id).doesNotContain(VALID);
    }

    @Test
    void equalityIsByDigits() {
        ThaiNationalId a = ThaiNationalId.parse(VALID);
        ThaiNationalId b = ThaiNationalId.parse("1-2345-67890-12-1");
        ThaiNationalId other = ThaiNationalId.parse("0000000000001");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo(VALID);
    }

    @Test
    void withCheckDigitAppendsTheComputedDigit() {
        assertThat(ThaiNationalId.withCheckDigit("123456789012")).isEqualTo(VALID);
        assertThat(ThaiNationalId.withCheckDigit("1-2345-67890-12")).isEqualTo(VALID);
        assertThat(ThaiNationalId.withCheckDigit("000000000000")).isEqualTo("0000000000001");
        assertThat(ThaiNationalId.withCheckDigit("000000000006")).isEqualTo("0000000000060");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a"})
    void withCheckDigitRejectsAnythingButTwelveDigits(String input) {
        assertThatThrownBy(() -> ThaiNationalId.withCheckDigit(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12");
    }

    @Test
    void maskWorksOnStoredDigitsEvenWithABadCheckDigit() {
        assertThat(ThaiNationalId.mask(VALID)).isEqualTo("1-2345-xxxxx-xx-1");
        assertThat(ThaiNationalId.mask("1-2345-67890-12-3")).isEqualTo("1-2345-xxxxx-xx-3");
    }

    @Test
    void maskHidesMalformedValuesEntirely() {
        assertThat(ThaiNationalId.mask("12345678")).isEqualTo("xxxxxxxx");
        assertThat(ThaiNationalId.mask("G1234567890")).isEqualTo("xxxxxxxxxxx");
        assertThat(ThaiNationalId.mask("")).isEmpty();
    }

    @Test
    void rejectsNullWhereAValueIsRequired() {
        assertThatThrownBy(() -> ThaiNationalId.mask(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThaiNationalId.withCheckDigit(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

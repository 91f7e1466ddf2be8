package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiPhoneNumbersTest {

    @Test
    void numbersAsPeopleTypeThemBecomePlainDigits() {
        assertThat(ThaiPhoneNumbers.plain("081-222 3333")).isEqualTo("0812223333");
        assertThat(ThaiPhoneNumbers.plain("+66 81 222 3333")).isEqualTo("0812223333");
        assertThat(ThaiPhoneNumbers.plain("(02) 123.4567")).isEqualTo("021234567");
        assertThat(ThaiPhoneNumbers.plain("๐๘๑๒๒๒๓๓๓๓")).isEqualTo("0812223333");
        assertThat(ThaiPhoneNumbers.plain(null)).isEmpty();
    }

    @Test
    void aNumberIsZeroAndEightOrNineMoreDigits() {
        assertThat(ThaiPhoneNumbers.isValid("021234567")).isTrue();
        assertThat(ThaiPhoneNumbers.isValid("0812223333")).isTrue();
        assertThat(ThaiPhoneNumbers.isValid("12345")).isFalse();
        assertThat(ThaiPhoneNumbers.isValid("812223333")).isFalse();
        assertThat(ThaiPhoneNumbers.isValid("08122233334444")).isFalse();
        assertThat(ThaiPhoneNumbers.isValid("08l2223333")).isFalse();
        assertThat(ThaiPhoneNumbers.isValid(null)).isFalse();
    }
}

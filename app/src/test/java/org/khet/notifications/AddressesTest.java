package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.khet.shared.RejectedException;

/** Phone numbers as people type them, and addresses as an administrator may see them. */
class AddressesTest {

    @Test
    void thaiMobileNumbersAreKeptAsTenDigits() {
        assertThat(PhoneNumbers.normalise("081-222 3333")).isEqualTo("0812223333");
        assertThat(PhoneNumbers.normalise("+66 81 222 3333")).isEqualTo("0812223333");
        assertThat(PhoneNumbers.normalise("  ")).isNull();
        assertThatThrownBy(() -> PhoneNumbers.normalise("12345")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> PhoneNumbers.normalise("08122233334444")).isInstanceOf(RejectedException.class);
    }

    @Test
    void addressesAreMaskedToWhatRecognisesButDoesNotReach() {
        assertThat(Masks.address(Channel.EMAIL, "somchai@example.org")).isEqualTo("s•••@example.org");
        assertThat(Masks.address(Channel.SMS, "0812223333")).isEqualTo("•••333");
        assertThat(Masks.address(Channel.LINE, "U4af4980629abcdef")).isEqualTo("•••cdef");
        assertThat(Masks.address(Channel.EMAIL, "no-at-sign")).isEqualTo("•••");
    }
}

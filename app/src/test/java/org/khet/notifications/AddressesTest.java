package org.khet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses as an administrator may see them (phone numbers as people type them: ThaiPhoneNumbersTest). */
class AddressesTest {

    @Test
    void addressesAreMaskedToWhatRecognisesButDoesNotReach() {
        assertThat(Masks.address(Channel.EMAIL, "somchai@example.org")).isEqualTo("s•••@example.org");
        assertThat(Masks.address(Channel.SMS, "0812223333")).isEqualTo("•••333");
        assertThat(Masks.address(Channel.LINE, "U4af4980629abcdef")).isEqualTo("•••cdef");
        assertThat(Masks.address(Channel.EMAIL, "no-at-sign")).isEqualTo("•••");
    }
}

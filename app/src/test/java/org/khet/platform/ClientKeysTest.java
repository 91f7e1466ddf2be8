package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void anIPv4ClientIsItsAddress() {
        assertThat(ClientKeys.of("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void anIPv6ClientIsItsSlash64HoweverWritten() {
        String key = ClientKeys.of("2001:db8:5:6::1");
        assertThat(ClientKeys.of("2001:0db8:0005:0006:ffff:1:2:3")).isEqualTo(key);
        assertThat(ClientKeys.of("[2001:db8:5:6::9]")).isEqualTo(key);
        assertThat(ClientKeys.of("2001:db8:5:7::1")).isNotEqualTo(key);
    }

    @Test
    void anIPv4MappedAddressIsTheIPv4Client() {
        assertThat(ClientKeys.of("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    }
}

package org.ketaminetraining.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void ipv4AddressesAreTheirOwnKey() {
        assertThat(ClientKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKey.of(" 192.0.2.7 ")).isEqualTo("192.0.2.7");
    }

    @Test
    void ipv6AddressesInOneSlash64ShareAKey() {
        String a = ClientKey.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        String b = ClientKey.of("2001:0db8:0001:0002::1");
        assertThat(a).isEqualTo("2001:db8:1:2:0:0:0:0/64").isEqualTo(b);
        assertThat(ClientKey.of("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(ClientKey.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void anIpv4MappedAddressIsKeyedAsIpv4() {
        assertThat(ClientKey.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void missingOrOddAddressesStillGetAKey() {
        assertThat(ClientKey.of(null)).isEqualTo("unknown");
        assertThat(ClientKey.of("")).isEqualTo("unknown");
        assertThat(ClientKey.of("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }
}

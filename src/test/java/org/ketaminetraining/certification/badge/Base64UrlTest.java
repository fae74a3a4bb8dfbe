package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Base64UrlTest {

    @Test
    void base64UrlDecodesOnlyTheCanonicalUnpaddedSpelling() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x00, 0x7f};
        assertThat(Base64Url.encode(bytes)).isEqualTo("-_8Afw");
        assertThat(Base64Url.decode("-_8Afw")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(Base64Url.decode("")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        // Same bytes, other spellings: padding, the standard alphabet, unused low bits set, white space.
        assertThat(Base64Url.decode("-_8Afw==")).isEmpty();
        assertThat(Base64Url.decode("+/8Afw")).isEmpty();
        assertThat(Base64Url.decode("-_8Afx")).isEmpty();
        assertThat(Base64Url.decode("-_8A fw")).isEmpty();
        assertThat(Base64Url.decode("-_8Af")).isEmpty();
        assertThat(Base64Url.decode(null)).isEmpty();
    }
}

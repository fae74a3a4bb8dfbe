package org.ketaminetraining.certification.badge;

import java.util.Base64;
import java.util.Optional;

/**
 * Base64url without padding (RFC 7515 section 2, RFC 4648 section 5), the encoding of every part of a JWS and of
 * key bytes in a JWK.
 *
 * <p>Decoding is strict, and that matters for signatures: only the 64 characters of the URL-safe alphabet, no
 * padding, no white space, and only the one canonical spelling of the bytes. The JDK's decoder ignores the unused
 * low bits of the last character, so without the canonical check a 64-byte signature could be respelled in its last
 * character and still verify; here the decoded bytes are encoded again and must give back the input exactly.
 */
final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** The bytes {@code text} spells, or empty if it is not the canonical unpadded base64url of any bytes. */
    static Optional<byte[]> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!alphabet) {
                return Optional.empty();
            }
        }
        if (text.length() % 4 == 1) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }
}

package org.ketaminetraining.certification.badge;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import org.ketaminetraining.certification.signing.CertificateSigner;

/**
 * Between the JDK's Ed25519 public keys and the raw 32 bytes that JOSE (RFC 8037) puts in a JWK's {@code x}.
 *
 * <p>The JDK encodes an Ed25519 public key as an X.509 SubjectPublicKeyInfo (RFC 8410), which for this one key
 * type is always 44 bytes: a fixed 12-byte prefix, then the 32 raw key bytes. Decoded, the prefix reads
 * {@code SEQUENCE (42 bytes) { SEQUENCE (5) { OID 1.3.101.112 (id-Ed25519) }, BIT STRING (33 bytes, 0 unused
 * bits) }}. Rather than reading the key's curve point ({@code EdECPublicKey.getPoint()}, a y coordinate and an
 * x-parity bit to be re-encoded little-endian by hand), the raw bytes are cut from behind the prefix after
 * checking that the prefix is exactly this one; and a raw key becomes a JDK key by putting the prefix back.
 */
final class Ed25519Keys {

    static final int RAW_LENGTH = 32;
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    /** The 32 raw bytes of an Ed25519 public key. */
    static byte[] raw(PublicKey publicKey) {
        CertificateSigner.requireEd25519(publicKey, "public key");
        byte[] encoded = publicKey.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + RAW_LENGTH
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("the public key's encoding is not the X.509 form of an Ed25519 key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The JDK public key for 32 raw Ed25519 public key bytes. */
    static PublicKey fromRaw(byte[] raw) {
        if (raw.length != RAW_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + RAW_LENGTH + " bytes, was " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, RAW_LENGTH);
        try {
            return KeyFactory.getInstance(CertificateSigner.ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }
}

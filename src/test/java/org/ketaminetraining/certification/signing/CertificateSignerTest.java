package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CertificateSignerTest {

    private static final KeyPair KEYS = Certificates.keys(7);
    private static final CertificateSigner SIGNER = new CertificateSigner(KEYS);
    private static final byte[] CANONICAL = CanonicalPayload.toBytes(Certificates.payload());
    private static final byte[] SIGNATURE = SIGNER.sign(Certificates.payload());

    @Test
    void aSignatureVerifiesUnderItsPublicKey() {
        assertThat(SIGNATURE).hasSize(64);
        assertThat(CertificateSigner.verify(CANONICAL, SIGNATURE, KEYS.getPublic())).isTrue();
        assertThat(CertificateSigner.verify(CANONICAL, SIGNATURE, SIGNER.publicKey())).isTrue();
    }

    @Test
    void signingIsDeterministic() {
        assertThat(SIGNER.sign(Certificates.payload())).isEqualTo(SIGNATURE);
        assertThat(new CertificateSigner(Certificates.keys(7)).sign(Certificates.payload())).isEqualTo(SIGNATURE);
    }

    @Test
    void flippingAnyBitOfAnyPayloadByteBreaksTheSignature() {
        for (int position = 0; position < CANONICAL.length; position++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = CANONICAL.clone();
                changed[position] ^= (byte) (1 << bit);
                assertThat(CertificateSigner.verify(changed, SIGNATURE, KEYS.getPublic()))
                        .as("byte %d, bit %d", position, bit).isFalse();
            }
        }
    }

    @Property(tries = 500)
    void changingOnePayloadByteToAnyOtherValueBreaksTheSignature(
            @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] changed = CANONICAL.clone();
        changed[where % changed.length] ^= (byte) xor;
        assertThat(CertificateSigner.verify(changed, SIGNATURE, KEYS.getPublic())).isFalse();
    }

    @Property(tries = 500)
    void changingOneSignatureByteBreaksIt(@ForAll @IntRange(min = 0, max = 63) int where,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] changed = SIGNATURE.clone();
        changed[where] ^= (byte) xor;
        assertThat(CertificateSigner.verify(CANONICAL, changed, KEYS.getPublic())).isFalse();
    }

    @Test
    void addingOrRemovingBytesBreaksTheSignature() {
        byte[] longer = java.util.Arrays.copyOf(CANONICAL, CANONICAL.length + 1);
        byte[] shorter = java.util.Arrays.copyOf(CANONICAL, CANONICAL.length - 1);
        assertThat(CertificateSigner.verify(longer, SIGNATURE, KEYS.getPublic())).isFalse();
        assertThat(CertificateSigner.verify(shorter, SIGNATURE, KEYS.getPublic())).isFalse();
        assertThat(CertificateSigner.verify(CANONICAL, java.util.Arrays.copyOf(SIGNATURE, 63), KEYS.getPublic()))
                .isFalse();
        assertThat(CertificateSigner.verify(CANONICAL, new byte[64], KEYS.getPublic())).isFalse();
    }

    @Test
    void anotherKeyDoesNotVerify() {
        assertThat(CertificateSigner.verify(CANONICAL, SIGNATURE, Certificates.keys(8).getPublic())).isFalse();
    }

    @Test
    void publicKeysSurviveThePemRoundTrip() {
        String pem = CertificateSigner.publicKeyToPem(KEYS.getPublic());
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        PublicKey back = CertificateSigner.publicKeyFromPem("published 2025\n" + pem.replace("\n", "\r\n"));
        assertThat(back.getEncoded()).isEqualTo(KEYS.getPublic().getEncoded());
        assertThat(CertificateSigner.verify(CANONICAL, SIGNATURE, back)).isTrue();
        // An Ed25519 SubjectPublicKeyInfo is 44 bytes: a 12-byte header and the 32-byte key
        assertThat(KEYS.getPublic().getEncoded()).hasSize(44);
    }

    @Test
    void privateKeysSurviveThePemRoundTrip() {
        String pem = CertificateSigner.privateKeyToPem(KEYS.getPrivate());
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("\n-----END PRIVATE KEY-----\n");
        CertificateSigner again = new CertificateSigner(new KeyPair(
                CertificateSigner.publicKeyFromPem(CertificateSigner.publicKeyToPem(KEYS.getPublic())),
                CertificateSigner.privateKeyFromPem(pem)));
        assertThat(again.sign(Certificates.payload())).isEqualTo(SIGNATURE);
    }

    @Test
    void badPemIsRefusedSayingWhy() {
        assertThatThrownBy(() -> CertificateSigner.publicKeyFromPem("hello"))
                .hasMessage("no '-----BEGIN PUBLIC KEY-----' line found");
        assertThatThrownBy(() -> CertificateSigner.publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA"))
                .hasMessage("no '-----END PUBLIC KEY-----' line after '-----BEGIN PUBLIC KEY-----'");
        assertThatThrownBy(() -> CertificateSigner.publicKeyFromPem(
                "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n"))
                .hasMessage("the PUBLIC KEY block is not valid base64");
        assertThatThrownBy(() -> CertificateSigner.publicKeyFromPem(
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .hasMessage("the PUBLIC KEY block is not an Ed25519 public key");
        assertThatThrownBy(() -> CertificateSigner.privateKeyFromPem(
                CertificateSigner.publicKeyToPem(KEYS.getPublic())))
                .hasMessage("no '-----BEGIN PRIVATE KEY-----' line found");
    }

    @Test
    void theKeyIdIsSixteenHexDigitsOfTheSha256OfTheEncodedKey() throws Exception {
        String id = CertificateSigner.keyId(KEYS.getPublic());
        assertThat(id).matches("[0-9a-f]{16}").isEqualTo(SIGNER.keyId());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(KEYS.getPublic().getEncoded());
        assertThat(id).isEqualTo(java.util.HexFormat.of().formatHex(digest).substring(0, 16));
        assertThat(CertificateSigner.keyId(Certificates.keys(8).getPublic())).isNotEqualTo(id);
    }

    @Test
    void mismatchedOrForeignKeysAreRefused() throws Exception {
        assertThatThrownBy(() -> new CertificateSigner(new KeyPair(Certificates.keys(8).getPublic(),
                KEYS.getPrivate()))).hasMessage("the private and public key do not belong together");
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> new CertificateSigner(ed448)).hasMessageContaining("is not an Ed25519 key");
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> CertificateSigner.verify(CANONICAL, SIGNATURE, ec.getPublic()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("public key is not an Ed25519 key (algorithm EC)");
    }

    @Test
    void signCertificateCarriesTheKeyId() {
        SignedCertificate certificate = SIGNER.signCertificate(Certificates.payload());
        assertThat(certificate.keyId()).isEqualTo(SIGNER.keyId());
        assertThat(certificate.signature()).isEqualTo(SIGNATURE);
        assertThat(certificate.canonicalPayload()).isEqualTo(CANONICAL);
        assertThat(certificate.verifiesWith(KEYS.getPublic())).isTrue();
        assertThat(new String(certificate.canonicalPayload(), StandardCharsets.UTF_8)).isEqualTo(Certificates.GOLDEN);
    }
}

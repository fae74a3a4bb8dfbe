package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicJwkTest {

    private static final String KID = "https://ketamine-training.example/keys/0123456789abcdef";

    @Test
    void writesTheDocumentWithItsMembersInOrder() {
        assertThat(new PublicJwk(Rfc8037.X, KID).toJson()).isEqualTo("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + Rfc8037.X + "\",\"kid\":\"" + KID + "\"}");
    }

    @Test
    void aKeySurvivesTheJwkAndStillVerifiesItsSignatures() throws Exception {
        KeyPair keys = Badges.keys(3);
        PublicJwk jwk = PublicJwk.of(keys.getPublic(), KID);
        PublicJwk read = PublicJwk.parse(jwk.toJson());
        assertThat(read).isEqualTo(jwk);
        PublicKey back = read.toPublicKey();
        assertThat(back.getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        assertThat(Base64Url.decode(jwk.x())).hasValueSatisfying(raw -> assertThat(raw).hasSize(32));

        byte[] message = "a message".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(back);
        verifier.update(message);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void theRawBytesAreTheTailOfTheX509Encoding() {
        PublicKey key = Badges.keys(4).getPublic();
        byte[] encoded = key.getEncoded();
        assertThat(encoded).hasSize(44);
        byte[] raw = Base64Url.decode(PublicJwk.of(key, KID).x()).orElseThrow();
        assertThat(Arrays.copyOfRange(encoded, 12, 44)).isEqualTo(raw);
    }

    @Test
    void rfc8037PublicKeyVerifiesTheRfcSignatureAndHasTheRfcThumbprint() {
        PublicJwk jwk = PublicJwk.parse("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + Rfc8037.X
                + "\",\"kid\":\"rfc8037\",\"use\":\"sig\",\"alg\":\"EdDSA\"}");
        assertThat(jwk.thumbprint()).isEqualTo(Rfc8037.THUMBPRINT);
        CompactJws.Parts parts = CompactJws.split(Rfc8037.JWS).orElseThrow();
        assertThat(CompactJws.signatureValid(parts, jwk.toPublicKey())).isTrue();
        assertThat(PublicJwk.of(jwk.toPublicKey(), "again").x()).isEqualTo(Rfc8037.X);
    }

    @Test
    void refusesAPrivateKeyDocument() {
        assertThatThrownBy(() -> PublicJwk.parse("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + Rfc8037.X
                + "\",\"d\":\"" + Rfc8037.D + "\",\"kid\":\"k\"}")).hasMessageContaining("private key");
    }

    @Test
    void refusesOtherKeysAndMalformedDocuments() {
        String good = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + Rfc8037.X + "\",\"kid\":\"k\"}";
        assertThat(PublicJwk.parse(good).kid()).isEqualTo("k");
        for (Map.Entry<String, String> bad : Map.of(
                good.replace("OKP", "EC"), "kty",
                good.replace("Ed25519", "Ed448"), "crv",
                good.replace(Rfc8037.X, Rfc8037.X + "AA"), "x must be",
                good.replace(Rfc8037.X, Rfc8037.X.substring(0, 42) + "p"), "x must be",
                good.replace(",\"kid\":\"k\"", ""), "kid",
                good.replace("}", ",\"alg\":\"RS256\"}"), "alg",
                good.replace("}", ",\"use\":\"enc\"}"), "use",
                "[]", "object").entrySet()) {
            assertThatThrownBy(() -> PublicJwk.parse(bad.getKey())).as(bad.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad.getValue());
        }
    }

    @Test
    void refusesKeysThatAreNotEd25519() throws Exception {
        KeyPairGenerator ed448 = KeyPairGenerator.getInstance("Ed448");
        assertThatThrownBy(() -> PublicJwk.of(ed448.generateKeyPair().getPublic(), KID))
                .hasMessageContaining("not an Ed25519 key");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        assertThatThrownBy(() -> PublicJwk.of(ec.generateKeyPair().getPublic(), KID))
                .hasMessageContaining("not an Ed25519 key");
    }
}

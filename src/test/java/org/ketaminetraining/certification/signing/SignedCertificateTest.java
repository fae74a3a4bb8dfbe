package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedCertificateTest {

    private static final KeyPair KEYS = Certificates.keys(7);
    private static final CertificateSigner SIGNER = new CertificateSigner(KEYS);
    private static final SignedCertificate CERTIFICATE = SIGNER.signCertificate(Certificates.payload());

    @Test
    void theFileIsOneLineOfJsonEmbeddingTheCanonicalPayloadVerbatim() {
        String text = CERTIFICATE.toJson();
        assertThat(text).isEqualTo("{\"format\":\"ketamine-training-signed-certificate/1\",\"keyId\":\""
                + SIGNER.keyId() + "\",\"payload\":" + Certificates.GOLDEN + ",\"signature\":\""
                + Base64.getEncoder().encodeToString(CERTIFICATE.signature()) + "\"}\n");
    }

    @Test
    void writtenAndReadBackItIsTheSameCertificateAndStillVerifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("certificate.json");
        CERTIFICATE.write(file);
        SignedCertificate back = SignedCertificate.read(file);
        assertThat(back).isEqualTo(CERTIFICATE);
        assertThat(back.verifiesWith(KEYS.getPublic())).isTrue();
    }

    @Property(tries = 100)
    void anySignedPayloadSurvivesTheFileRoundTrip(@ForAll("payloads") CertificatePayload payload)
            throws CertificateFormatException {
        SignedCertificate signed = SIGNER.signCertificate(payload);
        SignedCertificate back = SignedCertificate.parse(signed.toBytes());
        assertThat(back).isEqualTo(signed);
        assertThat(back.verifiesWith(KEYS.getPublic())).isTrue();
    }

    @Provide
    Arbitrary<CertificatePayload> payloads() {
        return Payloads.payloads();
    }

    @Test
    void reindentingAndReorderingTheFileDoesNotMatterButChangingAValueDoes() throws Exception {
        String text = CERTIFICATE.toJson();
        String pretty = text.replace("{", "{\n  ").replace(",\"", ",\n  \"").replace("\":", "\": ")
                .replace("}", "\n}");
        SignedCertificate reindented = SignedCertificate.parse(pretty.getBytes(StandardCharsets.UTF_8));
        assertThat(reindented.verifiesWith(KEYS.getPublic())).isTrue();
        assertThat(reindented.canonicalPayload()).isEqualTo(CERTIFICATE.canonicalPayload());

        SignedCertificate altered = SignedCertificate.parse(text.replace("\"scorePerMille\":875",
                "\"scorePerMille\":975").getBytes(StandardCharsets.UTF_8));
        assertThat(altered.verifiesWith(KEYS.getPublic())).isFalse();
        SignedCertificate renamed = SignedCertificate.parse(text.replace("Zoë", "Zoe")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.verifiesWith(KEYS.getPublic())).isFalse();
    }

    @Test
    void malformedFilesAreRefusedSayingWhatAndWhere() {
        String text = CERTIFICATE.toJson();
        assertRefused("", "line 1, column 1: unexpected end of text, expected a value");
        assertRefused("{\"format\":\n\"x\"", "line 2, column 4: unexpected end of text");
        assertRefused("[]", "a certificate file holds one JSON object");
        assertRefused(text.replace("{\"format\"", "{\"note\":\"hi\",\"format\""), "unknown member \"note\"");
        assertRefused(text.replace("\"keyId\":\"" + SIGNER.keyId() + "\",", ""), "member \"keyId\" is missing");
        assertRefused(text.replace("signed-certificate/1", "signed-certificate/9"),
                "format is not \"ketamine-training-signed-certificate/1\"");
        assertRefused(text.replace(SIGNER.keyId(), SIGNER.keyId().toUpperCase()),
                "keyId must be a string of 16 lower-case hex digits");
        assertRefused(text.replaceFirst("\"signature\":\"[^\"]*\"", "\"signature\":\"AAAA\""),
                "signature must be a base64 string of 64 bytes");
        assertRefused(text.replaceFirst("\"signature\":\"[^\"]*\"", "\"signature\":\"not base64!\""),
                "signature must be a base64 string of 64 bytes");
        assertRefused(text.replace("\"scorePerMille\":875", "\"scorePerMille\":-5"),
                "payload: score must be 0 to 1000 per mille, was -5");
    }

    @Test
    void aByteOrderMarkIsTolerated() throws CertificateFormatException {
        byte[] withBom = ("\uFEFF" + CERTIFICATE.toJson()).getBytes(StandardCharsets.UTF_8);
        assertThat(SignedCertificate.parse(withBom)).isEqualTo(CERTIFICATE);
    }

    @Test
    void theRecordIsAValueThatCopiesItsSignature() {
        byte[] signature = CERTIFICATE.signature();
        signature[0] ^= 1;
        assertThat(CERTIFICATE.verifiesWith(KEYS.getPublic())).isTrue();
        assertThat(new SignedCertificate(CERTIFICATE.payload(), CERTIFICATE.keyId(), CERTIFICATE.signature()))
                .isEqualTo(CERTIFICATE).hasSameHashCodeAs(CERTIFICATE);
        assertThatThrownBy(() -> new SignedCertificate(CERTIFICATE.payload(), "xyz", CERTIFICATE.signature()))
                .hasMessage("key id must be 16 lower-case hex digits, was 'xyz'");
        assertThatThrownBy(() -> new SignedCertificate(CERTIFICATE.payload(), CERTIFICATE.keyId(), new byte[3]))
                .hasMessage("an Ed25519 signature has 64 bytes, this one 3");
    }

    @Test
    void anOversizedFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[(int) SignedCertificate.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> SignedCertificate.read(file)).isInstanceOf(CertificateFormatException.class)
                .hasMessage("larger than 1048576 bytes, not a certificate");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> SignedCertificate.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CertificateFormatException.class).hasMessage(message);
    }
}

package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fixtures.IssuedFixtures;

/**
 * Certificates issued before the JSON and canonical-JSON code was replaced by libraries still read, still verify,
 * and are issued again to the byte: the canonical payload is a promise to every verifier.
 */
class IssuedCertificateFixturesTest {

    private static final List<CertificatePayload> PAYLOADS = IssuedFixtures.payloads();

    @Test
    void everyIssuedCertificateStillReadsAndVerifies() throws Exception {
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            SignedCertificate certificate = SignedCertificate.read(IssuedFixtures.file("certificate-" + n + ".json"));
            assertThat(certificate.payload()).as("certificate %d", n).isEqualTo(PAYLOADS.get(n - 1));
            assertThat(certificate.keyId()).isEqualTo(CertificateSigner.keyId(IssuedFixtures.publicKey()));
            assertThat(certificate.verifiesWith(IssuedFixtures.publicKey())).as("certificate %d", n).isTrue();
        }
    }

    @Test
    void theCanonicalPayloadBytesAreTheSameAsBefore() throws Exception {
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            byte[] issued = IssuedFixtures.bytes("payload-" + n + ".json");
            assertThat(CanonicalPayload.toBytes(PAYLOADS.get(n - 1))).as("payload %d", n).isEqualTo(issued);
            assertThat(CanonicalPayload.parse(issued)).as("payload %d", n).isEqualTo(PAYLOADS.get(n - 1));
        }
    }

    @Test
    void signingTheSamePayloadAgainGivesTheSameFileToTheByte() {
        CertificateSigner signer = new CertificateSigner(
                new KeyPair(IssuedFixtures.publicKey(), IssuedFixtures.privateKey()));
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            assertThat(signer.signCertificate(PAYLOADS.get(n - 1)).toBytes()).as("certificate %d", n)
                    .isEqualTo(IssuedFixtures.bytes("certificate-" + n + ".json"));
        }
    }

    @Test
    void theOfflineCommandCallsEveryIssuedCertificateValid() {
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = VerifyCertificate.run(new String[]{
                IssuedFixtures.file("certificate-" + n + ".json").toString(),
                IssuedFixtures.file("public-key.pem").toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            CertificatePayload payload = PAYLOADS.get(n - 1);
            // The wording of the dates is VerifyCertificateTest's business; here: valid, whose, and which.
            assertThat(out.toString(StandardCharsets.UTF_8)).as("certificate %d", n)
                    .startsWith("VALID: " + payload.holderName() + ", " + payload.programmeTitle() + ", issued ")
                    .endsWith(", code " + payload.verificationCode() + System.lineSeparator());
            assertThat(status).isZero();
        }
    }
}

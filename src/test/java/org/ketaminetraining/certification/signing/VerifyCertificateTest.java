package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCertificateTest {

    /** The outcome of one run of the command. */
    private record Run(int status, String out, String err) {
    }

    private static final KeyPair KEYS = Certificates.keys(7);
    private static final CertificateSigner SIGNER = new CertificateSigner(KEYS);

    @TempDir
    Path dir;
    private Path certificate;
    private Path publicKey;

    @BeforeEach
    void writeFiles() throws Exception {
        certificate = dir.resolve("certificate.json");
        SIGNER.signCertificate(Certificates.payload()).write(certificate);
        publicKey = dir.resolve("public-key.pem");
        Files.writeString(publicKey, CertificateSigner.publicKeyToPem(KEYS.getPublic()));
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyCertificate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run verify() {
        return verify(certificate.toString(), publicKey.toString());
    }

    private void edit(String from, String to) throws Exception {
        String text = Files.readString(certificate);
        assertThat(text).contains(from);
        Files.writeString(certificate, text.replace(from, to));
    }

    @Test
    void aGenuineCertificateIsValid() {
        Run run = verify();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("VALID: Zoë O'Brien, Ketamine \"procedural sedation\" \\ analgesia, issued"
                + " 1 March 2025, valid through 28 February 2027, code K7Q2-9XMD-4HBT-0VWE-ZR3N"
                + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aTamperedCertificateIsInvalid() throws Exception {
        edit("\"expiresOn\":\"2027-03-01\"", "\"expiresOn\":\"2037-03-01\"");
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("INVALID: the signature does not match the certificate's contents (altered"
                + " after signing, or not signed by key " + SIGNER.keyId() + ")" + System.lineSeparator());
    }

    @Test
    void aTamperedSignatureIsInvalid() throws Exception {
        String text = Files.readString(certificate);
        int at = text.indexOf("\"signature\":\"") + "\"signature\":\"".length() + 10;
        char c = text.charAt(at);
        Files.writeString(certificate, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("INVALID: the signature does not match");
    }

    @Test
    void aCertificateFromAnotherKeyNamesBothKeys() throws Exception {
        KeyPair other = Certificates.keys(8);
        Files.writeString(publicKey, CertificateSigner.publicKeyToPem(other.getPublic()));
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("INVALID: the certificate names signing key " + SIGNER.keyId() + ", but "
                + publicKey + " is key " + CertificateSigner.keyId(other.getPublic()) + System.lineSeparator());

        // Claiming the other key's id does not help: the signature still has to match.
        edit(SIGNER.keyId(), CertificateSigner.keyId(other.getPublic()));
        assertThat(verify().out()).startsWith("INVALID: the signature does not match");
    }

    @Test
    void aMalformedFileIsInvalidSayingWhatAndWhere() throws Exception {
        Files.writeString(certificate, "{\"format\": \"ketamine-training-signed-certificate/1\",\n  \"keyId\" 1}\n");
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("INVALID: " + certificate + " is not a readable certificate: line 2,"
                + " column 11: expected :" + System.lineSeparator());
    }

    @Test
    void aCertificateWithAnImpossibleValueIsInvalid() throws Exception {
        edit("\"issuedOn\":\"2025-03-01\"", "\"issuedOn\":\"2025-02-30\"");
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("INVALID: " + certificate + " is not a readable certificate: payload member"
                + " \"issuedOn\" must be a date like \"2025-03-01\", was \"2025-02-30\"" + System.lineSeparator());
    }

    @Test
    void missingFilesAreInvalidSayingWhich() {
        Path missing = dir.resolve("nope.json");
        assertThat(verify(missing.toString(), publicKey.toString()).out())
                .isEqualTo("INVALID: cannot read certificate " + missing + ": no such file" + System.lineSeparator());
        Run run = verify(certificate.toString(), missing.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo("INVALID: cannot read public key " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void aKeyFileThatIsNotAPublicKeyIsInvalid() throws Exception {
        Files.writeString(publicKey, CertificateSigner.privateKeyToPem(KEYS.getPrivate()));
        Run run = verify();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("INVALID: public key " + publicKey
                + ": no '-----BEGIN PUBLIC KEY-----' line found" + System.lineSeparator());
    }

    @Test
    void aWrongCommandLinePrintsUsage() {
        Run run = verify(certificate.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("usage: java -cp target/classes "
                + "org.ketaminetraining.certification.signing.VerifyCertificate certificate-file public-key.pem");
    }
}

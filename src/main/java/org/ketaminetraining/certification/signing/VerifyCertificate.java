package org.ketaminetraining.certification.signing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.PublicKey;
import org.ketaminetraining.certification.rules.CertificateDates;

/**
 * Checks a certificate file against a published public key, offline, with nothing but a JDK and this class:
 * <pre>java -cp target/classes org.ketaminetraining.certification.signing.VerifyCertificate certificate.json public-key.pem</pre>
 *
 * <p>Why it exists: the promise of a signed certificate is that nobody has to trust our server to check it. An
 * auditor downloads the public key once from its stable URL and can check any number of certificate files, now or
 * after we are gone.
 *
 * <p>On success it prints {@code VALID: <holder>, <programme title>, issued <date>, expires <date>, code <code>} and
 * exits 0. Otherwise it prints {@code INVALID: <reason>} and exits 1: the file cannot be read or is not a
 * certificate (with the line and column of a syntax error), the key file is not an Ed25519 public key, the file
 * names another key, or the signature does not match the contents. A wrong command line prints usage on stderr and
 * exits 2.
 *
 * <p>VALID means authentic and unaltered, no more: this command has no clock and no network, so it does not judge
 * whether the expiry date has passed or whether the certificate was revoked. The date is printed for the reader to
 * judge; the public verification page answers for revocation.
 */
public final class VerifyCertificate {

    static final int EXIT_VALID = 0;
    static final int EXIT_INVALID = 1;
    static final int EXIT_USAGE = 2;

    private VerifyCertificate() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command without {@code System.exit}, for tests: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -cp target/classes " + VerifyCertificate.class.getName()
                    + " certificate-file public-key.pem");
            return EXIT_USAGE;
        }
        Path certificateFile = Paths.get(args[0]);
        Path keyFile = Paths.get(args[1]);
        String outcome = check(certificateFile, keyFile);
        out.println(outcome);
        out.flush();
        return outcome.startsWith("VALID: ") ? EXIT_VALID : EXIT_INVALID;
    }

    private static String check(Path certificateFile, Path keyFile) {
        PublicKey publicKey;
        try {
            publicKey = CertificateSigner.publicKeyFromPem(readKey(keyFile));
        } catch (IOException e) {
            return "INVALID: cannot read public key " + keyFile + ": " + describe(e);
        } catch (IllegalArgumentException e) {
            return "INVALID: public key " + keyFile + ": " + e.getMessage();
        }
        SignedCertificate certificate;
        try {
            certificate = SignedCertificate.read(certificateFile);
        } catch (IOException e) {
            return "INVALID: cannot read certificate " + certificateFile + ": " + describe(e);
        } catch (CertificateFormatException e) {
            return "INVALID: " + certificateFile + " is not a readable certificate: " + e.getMessage();
        }
        String keyId = CertificateSigner.keyId(publicKey);
        if (!certificate.keyId().equals(keyId)) {
            return "INVALID: the certificate names signing key " + certificate.keyId() + ", but " + keyFile
                    + " is key " + keyId;
        }
        if (!certificate.verifiesWith(publicKey)) {
            return "INVALID: the signature does not match the certificate's contents (altered after signing, or"
                    + " not signed by key " + keyId + ")";
        }
        CertificatePayload p = certificate.payload();
        return "VALID: " + p.holderName() + ", " + p.programmeTitle() + ", issued "
                + CertificateDates.inWords(p.issuedOn()) + ", valid through "
                + CertificateDates.inWords(CertificateDates.validThrough(p.expiresOn())) + ", code "
                + p.verificationCode();
    }

    private static String readKey(Path keyFile) throws IOException {
        if (Files.size(keyFile) > SignedCertificate.MAX_FILE_BYTES) {
            throw new IOException("larger than " + SignedCertificate.MAX_FILE_BYTES + " bytes, not a key file");
        }
        try {
            return StandardCharsets.US_ASCII.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(
                    keyFile))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not a PEM text file");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

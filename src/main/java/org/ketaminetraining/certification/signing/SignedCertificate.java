package org.ketaminetraining.certification.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketaminetraining.certification.json.JsonWriter;

/**
 * A certificate as a file: the payload, the Ed25519 signature over its canonical bytes, and the id of the key that
 * made it. This is what the application offers for download and what {@link VerifyCertificate} checks.
 *
 * <p>Why this format: one small JSON object is readable by people and by every language, and keeps the payload
 * readable too rather than hiding it in base64. As written by {@link #toJson()} the file is one line plus a
 * newline:
 * <pre>
 * {"format":"ketamine-training-signed-certificate/1","keyId":"&lt;16 hex&gt;","payload":&lt;canonical payload&gt;,"signature":"&lt;base64&gt;"}
 * </pre>
 * <ul>
 *   <li>{@code format}: always {@code ketamine-training-signed-certificate/1} for this layout.</li>
 *   <li>{@code keyId}: {@link CertificateSigner#keyId(PublicKey)} of the signing key, 16 lower-case hex digits. It
 *       is not signed and need not be: it only says which published key to try, and a wrong one makes the check
 *       fail.</li>
 *   <li>{@code payload}: the {@link CanonicalPayload canonical payload}, embedded verbatim as a JSON object.</li>
 *   <li>{@code signature}: the 64-byte Ed25519 signature in standard base64 with padding (RFC 4648 section 4),
 *       chosen over base64url because {@code base64 -d} and {@code openssl} read it as it is.</li>
 * </ul>
 * The file may be re-indented or its members reordered (by an editor, a mail client, {@code jq .}): a reader
 * rebuilds the canonical bytes from the payload's values, and changing any value breaks the signature. Readers
 * refuse unknown or duplicate members, so nothing unsigned can pass as part of the certificate apart from the key
 * id.
 *
 * <p>Checking a file without Java (OpenSSL 3, jq):
 * <pre>
 * jq -jcS .payload certificate.json &gt; payload.bin
 * jq -r .signature certificate.json | base64 -d &gt; signature.bin
 * openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in payload.bin -sigfile signature.bin
 * </pre>
 *
 * @param payload the signed facts
 * @param keyId the id of the signing key, 16 lower-case hex digits
 * @param signature the Ed25519 signature over {@code CanonicalPayload.toBytes(payload)}, 64 bytes (copied in and
 *     out, so the record stays a value)
 */
public record SignedCertificate(CertificatePayload payload, String keyId, byte[] signature) {

    /** The value of the file's {@code format} member. */
    public static final String FORMAT = "ketamine-training-signed-certificate/1";
    /** Files larger than this are refused unread: a real certificate is a few kilobytes. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Set<String> MEMBERS = Set.of("format", "keyId", "payload", "signature");

    public SignedCertificate {
        Objects.requireNonNull(payload, "payload is missing");
        Objects.requireNonNull(keyId, "key id is missing");
        Objects.requireNonNull(signature, "signature is missing");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("key id must be 16 lower-case hex digits, was '" + keyId + "'");
        }
        if (signature.length != CertificateSigner.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 signature has 64 bytes, this one " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The bytes the signature covers. */
    public byte[] canonicalPayload() {
        return CanonicalPayload.toBytes(payload);
    }

    /** Whether the signature is valid for the payload under this public key (the key id is not consulted). */
    public boolean verifiesWith(PublicKey publicKey) {
        return CertificateSigner.verify(canonicalPayload(), signature, publicKey);
    }

    /** The file's text, one line ending with a newline, as documented on this class. */
    public String toJson() {
        StringBuilder out = new StringBuilder(1024);
        out.append("{\"format\":");
        JsonWriter.writeString(out, FORMAT);
        out.append(",\"keyId\":");
        JsonWriter.writeString(out, keyId);
        out.append(",\"payload\":").append(CanonicalPayload.toJson(payload)).append(",\"signature\":");
        JsonWriter.writeString(out, Base64.getEncoder().encodeToString(signature));
        return out.append("}\n").toString();
    }

    /** The file's bytes: {@link #toJson()} in UTF-8. */
    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file. */
    public void write(Path file) throws IOException {
        Files.write(file, toBytes());
    }

    /**
     * Reads a certificate file.
     *
     * @throws IOException if the file cannot be read
     * @throws CertificateFormatException if it is not a certificate file as documented, saying what and where
     */
    public static SignedCertificate read(Path file) throws IOException, CertificateFormatException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new CertificateFormatException("larger than " + MAX_FILE_BYTES + " bytes, not a certificate");
        }
        return parse(Files.readAllBytes(file));
    }

    /**
     * Reads a certificate file's bytes. This checks the file's shape and the payload's values, not the signature:
     * use {@link #verifiesWith(PublicKey)} for that.
     *
     * @throws CertificateFormatException saying what is wrong and, for JSON syntax, where
     */
    public static SignedCertificate parse(byte[] bytes) throws CertificateFormatException {
        Object json = Json.parse(Json.decodeUtf8(bytes));
        if (!(json instanceof Map<?, ?> object)) {
            throw new CertificateFormatException("a certificate file holds one JSON object");
        }
        for (Object name : object.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new CertificateFormatException("unknown member \"" + name + "\"");
            }
        }
        for (String name : MEMBERS) {
            if (!object.containsKey(name)) {
                throw new CertificateFormatException("member \"" + name + "\" is missing");
            }
        }
        if (!FORMAT.equals(object.get("format"))) {
            throw new CertificateFormatException("format is not \"" + FORMAT + "\"");
        }
        if (!(object.get("keyId") instanceof String keyId) || !KEY_ID.matcher(keyId).matches()) {
            throw new CertificateFormatException("keyId must be a string of 16 lower-case hex digits");
        }
        byte[] signature = null;
        if (object.get("signature") instanceof String text) {
            try {
                signature = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                signature = null;
            }
        }
        if (signature == null || signature.length != CertificateSigner.SIGNATURE_LENGTH) {
            throw new CertificateFormatException("signature must be a base64 string of 64 bytes");
        }
        return new SignedCertificate(CanonicalPayload.fromJson(object.get("payload")), keyId, signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedCertificate that && payload.equals(that.payload) && keyId.equals(that.keyId)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payload, keyId, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SignedCertificate[code=" + payload.verificationCode() + ", keyId=" + keyId + "]";
    }
}

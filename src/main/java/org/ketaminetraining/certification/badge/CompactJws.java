package org.ketaminetraining.certification.badge;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.certification.signing.CertificateSigner;

/**
 * The JWS Compact Serialization (RFC 7515 section 7.1) with Ed25519 signatures (RFC 8037): the mechanics only,
 * with no opinion on what the header or payload say.
 *
 * <p>A compact JWS is {@code BASE64URL(header) "." BASE64URL(payload) "." BASE64URL(signature)}, and the signature
 * is over the ASCII bytes of the first two parts joined by the dot: the encoded text is signed, not the JSON, so
 * the verifier never has to reproduce anyone's JSON formatting.
 */
final class CompactJws {

    /** Length of an Ed25519 signature in bytes. */
    static final int SIGNATURE_LENGTH = 64;
    /** Longer input is refused before any work: a badge is a few kilobytes. */
    static final int MAX_LENGTH = 1 << 20;

    private CompactJws() {
    }

    /** The three parts of a compact JWS, decoded, with the text that was signed. */
    record Parts(String signingInput, byte[] header, byte[] payload, byte[] signature) {
    }

    /** Signs {@code payload} under the JOSE header {@code headerJson} (already written JSON) with Ed25519. */
    static String sign(String headerJson, byte[] payload, PrivateKey privateKey) {
        Objects.requireNonNull(headerJson, "headerJson");
        Objects.requireNonNull(payload, "payload");
        String signingInput = Base64Url.encode(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64Url.encode(payload);
        byte[] signature = CertificateSigner.sign(signingInput.getBytes(StandardCharsets.US_ASCII), privateKey);
        return signingInput + "." + Base64Url.encode(signature);
    }

    /**
     * The parts of a compact JWS, or empty unless it is exactly three canonical base64url parts (see
     * {@link Base64Url}) with a 64-byte signature.
     */
    static Optional<Parts> split(String jws) {
        if (jws == null || jws.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int first = jws.indexOf('.');
        int second = first < 0 ? -1 : jws.indexOf('.', first + 1);
        if (second < 0 || jws.indexOf('.', second + 1) >= 0) {
            return Optional.empty();
        }
        Optional<byte[]> header = Base64Url.decode(jws.substring(0, first));
        Optional<byte[]> payload = Base64Url.decode(jws.substring(first + 1, second));
        Optional<byte[]> signature = Base64Url.decode(jws.substring(second + 1));
        if (header.isEmpty() || payload.isEmpty() || signature.isEmpty()
                || signature.get().length != SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new Parts(jws.substring(0, second), header.get(), payload.get(), signature.get()));
    }

    /**
     * Whether the signature of {@code parts} is a valid Ed25519 signature by {@code publicKey}. A malformed
     * signature is simply not valid.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 public key (the caller's mistake)
     */
    static boolean signatureValid(Parts parts, PublicKey publicKey) {
        return CertificateSigner.verify(parts.signingInput().getBytes(StandardCharsets.US_ASCII), parts.signature(),
                publicKey);
    }
}

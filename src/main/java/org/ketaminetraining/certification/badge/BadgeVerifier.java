package org.ketaminetraining.certification.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonWriter;
import org.ketaminetraining.certification.json.Utf8;
import org.ketaminetraining.certification.signing.CertificateSigner;

/**
 * Checks a badge signed by {@link BadgeSigner} as Open Badges 3.0 describes for its JSON Web Token Proof Format
 * ("Verify a Credential", "Verify a Credential VC-JWT Signature"): the signature, then that the registered claims
 * agree with the credential they accompany.
 *
 * <p>A badge is valid under a key when all of these hold; otherwise it is not, and the answer is simply
 * {@code false} (or empty), because to the person checking there is no difference between kinds of forgery:
 * <ol>
 *   <li>It is a compact JWS of three canonical base64url parts with a 64-byte signature.</li>
 *   <li>The header is a UTF-8 JSON object with {@code alg} "EdDSA" (or its newer, fully specified name
 *       "Ed25519"); {@code typ}, if present, is "JWT"; {@code kid}, if present, is a string; and it has no other
 *       members than these and {@code jwk}, which the specification allows and which is ignored here, since the
 *       caller supplies the key. Checking {@code alg} before trusting anything refuses the classic confusions
 *       ({@code "none"}, a MAC keyed with the public key).</li>
 *   <li>The Ed25519 signature over the first two parts verifies under the given public key.</li>
 *   <li>The payload is a UTF-8 JSON object, and {@code iss}, {@code jti}, {@code sub}, {@code nbf} and
 *       {@code exp} equal what the credential in it implies ({@link BadgeSigner}): iss the issuer's id, jti the
 *       credential's id, sub the subject's id, nbf validFrom, exp validUntil (exp present exactly when validUntil
 *       is).</li>
 * </ol>
 * Whether the badge is in force at a given moment is a separate question, {@link #verifyAt}, so that nothing here
 * reads a clock. Revocation is not in the badge at all: its evidence points at the public verification page.
 *
 * <p>Which key: the header's {@code kid} ({@link #keyUri(String)}) says where the issuer published it. A verifier
 * must fetch or look it up from a source it trusts for that issuer, never take a key from the badge itself.
 */
public final class BadgeVerifier {

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "typ", "kid", "jwk");

    private BadgeVerifier() {
    }

    /** Whether the badge is genuine under {@code publicKey} and its claims agree with its credential. */
    public static boolean verify(String compactJws, PublicKey publicKey) {
        return rejection(compactJws, publicKey).isEmpty();
    }

    /**
     * Whether the badge {@link #verify verifies} and is in force at {@code now}: {@code validFrom <= now} and, if
     * it has one, {@code now < validUntil} (validUntil being the first moment it is no longer valid).
     */
    public static boolean verifyAt(String compactJws, PublicKey publicKey, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<Map<String, Object>> payload = verifiedPayloadObject(compactJws, publicKey);
        if (payload.isEmpty()) {
            return false;
        }
        BigDecimal at = BigDecimal.valueOf(now.getEpochSecond());
        BigDecimal notBefore = (BigDecimal) payload.get().get("nbf");
        BigDecimal expiry = (BigDecimal) payload.get().get("exp");
        return notBefore.compareTo(at) <= 0 && (expiry == null || at.compareTo(expiry) < 0);
    }

    /** The JWT payload (the credential with its claims) as JSON text, if the badge verifies. */
    public static Optional<String> verifiedPayload(String compactJws, PublicKey publicKey) {
        return verifiedPayloadObject(compactJws, publicKey).map(JsonWriter::write);
    }

    /**
     * The credential as it was signed, without the JWT claims, if the badge verifies. For a badge made from
     * {@link OpenBadgeCredential#unsignedJson} this is that text again, character for character.
     */
    public static Optional<String> verifiedCredential(String compactJws, PublicKey publicKey) {
        return verifiedPayloadObject(compactJws, publicKey).map(payload -> {
            Map<String, Object> credential = new LinkedHashMap<>(payload);
            BadgeSigner.CLAIMS.forEach(credential::remove);
            return JsonWriter.write(credential);
        });
    }

    /**
     * The header's {@code kid} as a URI: where the issuer says the key is published. Read before verifying, to
     * choose the key; it proves nothing by itself.
     */
    public static Optional<URI> keyUri(String compactJws) {
        return CompactJws.split(compactJws).flatMap(parts -> jsonObject(parts.header()))
                .map(header -> header.get("kid")).filter(String.class::isInstance).flatMap(kid -> {
                    try {
                        return Optional.of(new URI((String) kid));
                    } catch (URISyntaxException e) {
                        return Optional.empty();
                    }
                });
    }

    private static Optional<Map<String, Object>> verifiedPayloadObject(String compactJws, PublicKey publicKey) {
        if (rejection(compactJws, publicKey).isPresent()) {
            return Optional.empty();
        }
        return jsonObject(CompactJws.split(compactJws).orElseThrow().payload());
    }

    /**
     * Why the badge is not valid under {@code publicKey}, or empty if it is. For tests and logs: a page shown to
     * the public should say no more than "not valid".
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 public key (the caller's mistake)
     */
    static Optional<String> rejection(String compactJws, PublicKey publicKey) {
        CertificateSigner.requireEd25519(publicKey, "public key");
        Optional<CompactJws.Parts> split = CompactJws.split(compactJws);
        if (split.isEmpty()) {
            return Optional.of("not a compact JWS with an Ed25519 signature");
        }
        CompactJws.Parts parts = split.get();
        Optional<Map<String, Object>> header = jsonObject(parts.header());
        if (header.isEmpty()) {
            return Optional.of("the header is not a JSON object");
        }
        Optional<String> headerProblem = headerProblem(header.get());
        if (headerProblem.isPresent()) {
            return headerProblem;
        }
        if (!CompactJws.signatureValid(parts, publicKey)) {
            return Optional.of("the signature does not verify under this key");
        }
        Optional<Map<String, Object>> payload = jsonObject(parts.payload());
        if (payload.isEmpty()) {
            return Optional.of("the payload is not a JSON object");
        }
        return claimsProblem(payload.get());
    }

    private static Optional<String> headerProblem(Map<String, Object> header) {
        for (String member : header.keySet()) {
            if (!HEADER_MEMBERS.contains(member)) {
                return Optional.of("the header has a member \"" + member + "\", which is not allowed");
            }
        }
        Object alg = header.get("alg");
        if (!BadgeSigner.ALGORITHM.equals(alg) && !"Ed25519".equals(alg)) {
            return Optional.of("the header's alg is " + alg + ", not EdDSA");
        }
        if (header.containsKey("typ") && !"JWT".equals(header.get("typ"))) {
            return Optional.of("the header's typ is " + header.get("typ") + ", not JWT");
        }
        if (header.containsKey("kid") && !(header.get("kid") instanceof String)) {
            return Optional.of("the header's kid is not a string");
        }
        return Optional.empty();
    }

    private static Optional<String> claimsProblem(Map<String, Object> payload) {
        Map<String, Object> credential = new LinkedHashMap<>(payload);
        BadgeSigner.CLAIMS.forEach(credential::remove);
        Map<String, Object> expected;
        try {
            expected = BadgeSigner.claimsOf(credential);
        } catch (IllegalArgumentException e) {
            return Optional.of("the credential is incomplete: " + e.getMessage());
        }
        for (String claim : BadgeSigner.CLAIMS) {
            Object want = expected.get(claim);
            Object have = payload.get(claim);
            if (want == null && have != null) {
                return Optional.of("claim " + claim + " is present but the credential has no matching member");
            }
            if (want != null && !BadgeSigner.claimEquals(want, have)) {
                return Optional.of("claim " + claim + " is " + have + ", but the credential implies " + want);
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Object>> jsonObject(byte[] utf8) {
        return Utf8.decode(utf8).flatMap(text -> {
            try {
                return Optional.of(JsonReader.parseObject(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}

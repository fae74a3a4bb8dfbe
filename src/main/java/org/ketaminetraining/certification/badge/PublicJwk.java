package org.ketaminetraining.certification.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonWriter;

/**
 * An Ed25519 public key as a JSON Web Key (RFC 7517, key type "OKP" from RFC 8037): the document that the
 * {@code kid} of a signed badge points at, so that a verifier can fetch the key and check the signature.
 *
 * <p>Its JSON is {@code {"kty":"OKP","crv":"Ed25519","x":"<base64url of the 32 raw key bytes>","kid":"<kid>"}},
 * members in that order. The kid is the key's URL (see {@link BadgeIssuer#keyUri(String)}), the same string the
 * JWS header carries, so a key document says where it lives.
 *
 * <p>A JWK can also describe a private key (member {@code d}); this class holds only public keys, and
 * {@link #parse(String)} refuses a document with a {@code d}, because publishing one would publish the secret.
 *
 * @param x the raw public key bytes, base64url without padding (43 characters)
 * @param kid the key id, not blank
 */
public record PublicJwk(String x, String kid) {

    public PublicJwk {
        Objects.requireNonNull(x, "x");
        if (Base64Url.decode(x).map(raw -> raw.length != Ed25519Keys.RAW_LENGTH).orElse(true)) {
            throw new IllegalArgumentException("x must be the unpadded base64url of 32 bytes, was '" + x + "'");
        }
        Objects.requireNonNull(kid, "kid");
        if (kid.isBlank()) {
            throw new IllegalArgumentException("kid is blank");
        }
    }

    /** The JWK of an Ed25519 public key. */
    public static PublicJwk of(PublicKey publicKey, String kid) {
        return new PublicJwk(Base64Url.encode(Ed25519Keys.raw(publicKey)), kid);
    }

    /**
     * Reads a JWK. Members other than {@code kty}, {@code crv}, {@code x} and {@code kid} are ignored, as RFC 7517
     * asks, except {@code d} (a private key: refused), and {@code alg} and {@code use}, which if present must be
     * {@code EdDSA} (or {@code Ed25519}) and {@code sig}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static PublicJwk parse(String json) {
        Map<String, Object> members = JsonReader.parseObject(Objects.requireNonNull(json, "json"));
        if (members.containsKey("d")) {
            throw new IllegalArgumentException("this JWK contains a private key (\"d\"); only public keys are read");
        }
        require(members, "kty", "OKP");
        require(members, "crv", "Ed25519");
        if (members.containsKey("alg") && !"EdDSA".equals(members.get("alg"))
                && !"Ed25519".equals(members.get("alg"))) {
            throw new IllegalArgumentException("alg must be EdDSA, was " + members.get("alg"));
        }
        if (members.containsKey("use") && !"sig".equals(members.get("use"))) {
            throw new IllegalArgumentException("use must be sig, was " + members.get("use"));
        }
        if (!(members.get("x") instanceof String x)) {
            throw new IllegalArgumentException("x is missing or not a string");
        }
        if (!(members.get("kid") instanceof String kid)) {
            throw new IllegalArgumentException("kid is missing or not a string");
        }
        return new PublicJwk(x, kid);
    }

    private static void require(Map<String, Object> members, String name, String expected) {
        if (!expected.equals(members.get(name))) {
            throw new IllegalArgumentException(name + " must be " + expected + ", was " + members.get(name));
        }
    }

    /** The JDK public key, to verify signatures with. */
    public PublicKey toPublicKey() {
        return Ed25519Keys.fromRaw(Base64Url.decode(x).orElseThrow());
    }

    /** The JWK document, members in the order kty, crv, x, kid. */
    public String toJson() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("kty", "OKP");
        members.put("crv", "Ed25519");
        members.put("x", x);
        members.put("kid", kid);
        return JsonWriter.write(members);
    }

    /**
     * The RFC 7638 thumbprint: base64url of the SHA-256 of {@code {"crv":"Ed25519","kty":"OKP","x":"..."}} (the
     * required members in lexicographic order, no white space, per RFC 8037 section 2). It names the key itself,
     * whatever its kid, so two documents can be checked to hold the same key.
     */
    public String thumbprint() {
        String required = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256")
                    .digest(required.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}

package org.ketaminetraining.certification.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.security.PrivateKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonWriter;
import org.ketaminetraining.certification.json.Utf8;

/**
 * Signs an Open Badges credential in the Open Badges 3.0 "JSON Web Token Proof Format" (VC-JWT): a
 * compact JWS whose payload is the credential itself plus registered JWT claims.
 *
 * <p>The JOSE header is {@code {"alg":"EdDSA","typ":"JWT","kid":"<key URL>"}}: nothing else, because the
 * specification allows no other header. {@code typ}, optional, must be "JWT" if present; the {@code kid} must be a
 * URI that dereferences to the public key as a JWK ({@link BadgeIssuer#keyUri(String)}, {@link PublicJwk}).
 * "EdDSA" is the JOSE name for Ed25519 (RFC 8037).
 *
 * <p>The payload is the credential's members, in their order, followed by the claims the specification requires,
 * each derived from the credential so that the two can never disagree:
 * <ul>
 *   <li>{@code iss}: {@code issuer.id} (or {@code issuer}, if the issuer is given as a bare URL);</li>
 *   <li>{@code jti}: the credential's {@code id};</li>
 *   <li>{@code sub}: {@code credentialSubject.id};</li>
 *   <li>{@code nbf}: {@code validFrom} as a NumericDate (whole seconds since 1970-01-01T00:00:00Z);</li>
 *   <li>{@code exp}: {@code validUntil} likewise, present exactly when {@code validUntil} is.</li>
 * </ul>
 * There is no {@code iat}: the specification does not ask for one and it would only repeat {@code nbf}.
 */
public final class BadgeSigner {

    /** The JWS algorithm name of Ed25519 signatures (RFC 8037 section 3.1). */
    public static final String ALGORITHM = "EdDSA";
    /** The registered claims the VC-JWT format adds to the credential. */
    static final List<String> CLAIMS = List.of("iss", "jti", "sub", "nbf", "exp");

    private BadgeSigner() {
    }

    /**
     * The compact JWS of a credential.
     *
     * @param credentialJson an OpenBadgeCredential, for example from {@link OpenBadgeCredential#unsignedJson}
     * @param privateKey the issuer's Ed25519 private key
     * @param keyUri the URL of the matching public key's JWK document, which becomes the {@code kid}
     * @throws IllegalArgumentException if the credential lacks what the claims are made from, already has a
     *     member named like a claim, or the key is not Ed25519
     */
    public static String sign(String credentialJson, PrivateKey privateKey, URI keyUri) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(keyUri, "keyUri");
        if (!keyUri.isAbsolute()) {
            throw new IllegalArgumentException("the kid must be an absolute URI, was " + keyUri);
        }
        Map<String, Object> credential = JsonReader.parseObject(credentialJson);
        for (String claim : CLAIMS) {
            if (credential.containsKey(claim)) {
                throw new IllegalArgumentException("the credential already has a member \"" + claim
                        + "\", which the JWT claim of that name would replace");
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        payload.putAll(claimsOf(credential));

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", ALGORITHM);
        header.put("typ", "JWT");
        header.put("kid", keyUri.toString());
        return CompactJws.sign(JsonWriter.write(header), Utf8.encode(JsonWriter.write(payload)), privateKey);
    }

    /**
     * The registered claims a credential implies, in the order iss, jti, sub, nbf, exp; numeric dates as
     * {@link Long}s.
     *
     * @throws IllegalArgumentException saying which credential member is missing or malformed
     */
    static Map<String, Object> claimsOf(Map<String, Object> credential) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Object issuer = credential.get("issuer");
        claims.put("iss", issuer instanceof Map<?, ?> profile ? text(profile.get("id"), "issuer.id")
                : text(issuer, "issuer"));
        claims.put("jti", text(credential.get("id"), "id"));
        if (!(credential.get("credentialSubject") instanceof Map<?, ?> subject)) {
            throw new IllegalArgumentException("credentialSubject is missing or not a single object");
        }
        claims.put("sub", text(subject.get("id"), "credentialSubject.id"));
        claims.put("nbf", numericDate(credential.get("validFrom"), "validFrom"));
        if (credential.containsKey("validUntil")) {
            claims.put("exp", numericDate(credential.get("validUntil"), "validUntil"));
        }
        return claims;
    }

    private static String text(Object value, String what) {
        if (!(value instanceof String string) || string.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing or not a string");
        }
        return string;
    }

    /** An XML Schema dateTime with a zone (Z or an offset), in whole seconds, as seconds since the epoch. */
    private static long numericDate(Object value, String what) {
        String text = text(value, what);
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(what + " is not a date and time with a zone: " + text);
        }
        if (instant.getNano() != 0) {
            throw new IllegalArgumentException(what + " has fractions of a second, which a NumericDate claim here "
                    + "does not carry: " + text);
        }
        return instant.getEpochSecond();
    }

    /** Whether a claim's value in a payload equals the expected one (numbers by value: 1.0e9 equals 1000000000). */
    static boolean claimEquals(Object expected, Object actual) {
        if (expected instanceof Long number) {
            return actual instanceof BigDecimal decimal && decimal.compareTo(BigDecimal.valueOf(number)) == 0;
        }
        return expected.equals(actual);
    }
}

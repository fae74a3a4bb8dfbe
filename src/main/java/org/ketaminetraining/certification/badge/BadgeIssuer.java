package org.ketaminetraining.certification.badge;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the issuing site lives, as a badge names it: the issuer's id and the place its public keys are published.
 *
 * <p>The issuer's name is not here: it is the certificate's {@code provider}, which the certificate signature
 * already vouches for, so badge and certificate cannot name different issuers.
 *
 * <p>Why a key directory rather than {@code <issuer>#<keyId>}: Open Badges 3.0 ("JSON Web Token Proof Format",
 * "Create the JOSE Header") says the JWS {@code kid} is "a URI that can be dereferenced to an object of type
 * JWK". A fragment of the site's home page dereferences to an HTML page. So each key is published as its own
 * {@link PublicJwk} document at {@code keyDirectory + keyId}, and that URL is the kid.
 *
 * @param id the issuer's id: the site's base URL, absolute {@code https} (or {@code http}, for development),
 *     without query or fragment
 * @param keyDirectory the URL under which each public key is served as a JWK at {@code keyDirectory + keyId};
 *     absolute http(s), path ending in {@code /}, without query or fragment
 */
public record BadgeIssuer(URI id, URI keyDirectory) {

    /** Key ids are used as one URL path segment, so they are limited to unreserved URL characters. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    public BadgeIssuer {
        requireWebAddress("issuer id", id);
        requireWebAddress("key directory", keyDirectory);
        if (keyDirectory.getRawPath() == null || !keyDirectory.getRawPath().endsWith("/")) {
            throw new IllegalArgumentException("key directory must end with /, was " + keyDirectory);
        }
    }

    /** The kid of a key: the URL of its JWK document, {@code keyDirectory + keyId}. */
    public URI keyUri(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (!KEY_ID.matcher(keyId).matches() || keyId.equals(".") || keyId.equals("..")) {
            throw new IllegalArgumentException("a key id must be 1 to 64 letters, digits or . _ ~ -, was '" + keyId
                    + "'");
        }
        return URI.create(keyDirectory + keyId);
    }

    /** An absolute http(s) URL with a host and no query or fragment. */
    static void requireWebAddress(String what, URI uri) {
        Objects.requireNonNull(uri, what);
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.isOpaque() || !("https".equals(scheme) || "http".equals(scheme))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL, was " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(what + " must have no query or fragment, was " + uri);
        }
    }
}

package org.ketaminetraining.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API token as an HR system sends it: {@code kt_} and 43 characters of unpadded base64url, the encoding of 32
 * random bytes (256 bits). The server keeps only its SHA-256 ({@link #hash()}).
 *
 * <p>Why a plain SHA-256 and not a password hash (PBKDF2, as for passwords): a slow, salted hash makes guessing a
 * password from a stolen hash expensive, because people choose passwords from a small space. This secret is
 * chosen by a {@link SecureRandom} from 2^256 values: no number of guesses per second makes a search of that space
 * possible, so slowness buys nothing. A fast, unsalted hash also lets the server find a token by its hash with one
 * indexed look-up, where a salted hash would have to be recomputed against every stored token, and it costs
 * microseconds per request instead of the tenth of a second a password hash takes (which would let anyone with a
 * made-up token keep the server's CPU busy).
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "kt_";
    static final int RANDOM_BYTES = 32;
    /** {@code kt_} and 43 base64url characters. */
    public static final int LENGTH = PREFIX.length() + 43;
    /** An Authorization header longer than this is not read at all. */
    public static final int MAX_HEADER_LENGTH = 200;
    private static final Pattern FORMAT = Pattern.compile("kt_[A-Za-z0-9_-]{43}");
    private static final String BEARER = "bearer ";

    private final String token;

    private ApiTokenSecret(String token) {
        this.token = token;
    }

    /** A new token from 32 bytes of {@code random}. */
    public static ApiTokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The token in an {@code Authorization} header ({@code Bearer kt_...}; the scheme in any case, as RFC 9110
     * allows), when the header holds one in the token's format; empty for a missing, over-long or malformed
     * header, which is read no further.
     */
    public static Optional<ApiTokenSecret> fromAuthorization(String header) {
        if (header == null || header.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.length() <= BEARER.length()
                || !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String candidate = value.substring(BEARER.length()).strip();
        return FORMAT.matcher(candidate).matches() ? Optional.of(new ApiTokenSecret(candidate)) : Optional.empty();
    }

    /** The token as it is shown once to the administrator and sent by the HR system. */
    public String reveal() {
        return token;
    }

    /** The SHA-256 of the token, lower-case hex: what the server stores and looks tokens up by. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Never the secret itself, so a token that ends up in a log message or exception stays secret. */
    @Override
    public String toString() {
        return "ApiTokenSecret[" + PREFIX + "…]";
    }
}

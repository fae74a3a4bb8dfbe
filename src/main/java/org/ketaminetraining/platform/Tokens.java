package org.ketaminetraining.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for URLs and forms (a study presentation, an assessment attempt): 256 random bits, URL-safe
 * base64 without padding, always 43 characters, which is what their columns hold.
 */
public final class Tokens {

    /** Length of every token, in characters. */
    public static final int LENGTH = 43;

    private Tokens() {
    }

    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

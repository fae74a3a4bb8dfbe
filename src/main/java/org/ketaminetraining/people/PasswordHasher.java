package org.ketaminetraining.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes with PBKDF2-HMAC-SHA256 (OWASP's 2023 advice: at least 210,000 iterations).
 *
 * <p>The stored form names its algorithm and cost, {@code pbkdf2-sha256$210000$salt$hash}, so that a later
 * increase of the cost can rehash on the next successful sign-in ({@link #needsRehash}).
 */
public final class PasswordHasher {

    /** The work factor used for new hashes. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    /**
     * @param iterations PBKDF2 iterations for new hashes; at least 210,000 outside tests of this class
     * @param random the salt source, handed in so that the class stays free of global state
     */
    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, was " + iterations);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A hasher with the default work factor. */
    public static PasswordHasher standard(SecureRandom random) {
        return new PasswordHasher(DEFAULT_ITERATIONS, random);
    }

    /** Hashes a password with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /**
     * Checks a password against a stored hash in time that does not depend on where they differ.
     * A malformed or absent stored hash never matches.
     */
    public boolean matches(char[] password, String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        if (parsed == null) {
            // Spend the same effort so that "no such hash" cannot be told apart by timing.
            derive(password, new byte[SALT_BYTES], iterations);
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations);
        return MessageDigest.isEqual(actual, parsed.key);
    }

    /** True when the stored hash uses a lower cost than this hasher and should be replaced. */
    public boolean needsRehash(String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private record StoredHash(int iterations, byte[] salt, byte[] key) {
        static StoredHash parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !PREFIX.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                Base64.Decoder b64 = Base64.getDecoder();
                byte[] salt = b64.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
                byte[] key = b64.decode(parts[3].getBytes(StandardCharsets.US_ASCII));
                return iterations > 0 && salt.length > 0 && key.length > 0 ? new StoredHash(iterations, salt, key)
                        : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

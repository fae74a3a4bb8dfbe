package org.ketaminetraining.people;

import java.security.SecureRandom;

/**
 * Generated passwords that an administrator reads to a colleague: 16 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 90 bits of entropy, grouped in fours for reading aloud.
 */
public final class TemporaryPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private TemporaryPassword() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

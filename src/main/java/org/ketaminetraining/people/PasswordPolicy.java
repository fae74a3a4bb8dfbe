package org.ketaminetraining.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be. Length over composition rules (NIST SP 800-63B): at least 12 characters, at most
 * 128, not the username, not a run of one character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problems with a proposed password, in plain words; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password.");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters; it has " + length + ".");
        }
        if (length > MAX_LENGTH) {
            problems.add("The password must have at most " + MAX_LENGTH + " characters; it has " + length + ".");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                && !username.isBlank()) {
            problems.add("The password must not contain the username.");
        }
        if (password.chars().distinct().count() == 1) {
            problems.add("The password must not repeat a single character.");
        }
        return problems;
    }
}

package org.ketaminetraining.certification.signing;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * The code printed on a certificate so that anyone holding a copy can ask the public verification page whether it
 * is genuine and still in force.
 *
 * <p>Why this shape: the code is the only thing a stranger needs to look a certificate up, so it must not be
 * guessable or enumerable (100 bits from a {@link SecureRandom}, about 10<sup>30</sup> values, not a sequence
 * number); and it is read off paper and typed by people, so it uses
 * <a href="https://www.crockford.com/base32.html">Crockford's base32</a> (digits and upper-case letters without
 * I, L, O and U), 20 symbols shown as five groups of four: {@code K7Q2-9XMD-4HBT-0VWE-ZR3N}.
 *
 * <p>{@link #parse(String)} is forgiving in the ways people err (case, hyphens, spaces, I/L for 1 and O for 0) and
 * returns {@link Optional#empty()} for anything else, without saying why, so that a verification page answers a
 * malformed code exactly as it answers an unknown one. {@link #canonical()} (20 upper-case symbols, no hyphens) is
 * the form to store, index and sign; {@link #toString()} is the grouped form to show.
 */
public final class VerificationCode {

    /** Crockford's base32 alphabet: the value of a symbol is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Symbols in a code: 20 symbols of 5 bits are 100 random bits. */
    public static final int LENGTH = 20;
    private static final int GROUP = 4;
    /** Inputs longer than this are rejected before any work: a code with generous separators is far shorter. */
    public static final int MAX_INPUT_LENGTH = 100;

    private final String canonical;

    private VerificationCode(String canonical) {
        this.canonical = canonical;
    }

    /** A fresh code: 20 symbols, each drawn uniformly from the 32 of the alphabet (5 random bits each). */
    public static VerificationCode generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /**
     * Reads a code as a person might type it: case does not matter, hyphens and spaces may appear anywhere or not
     * at all, and I or L are read as 1, O as 0. Anything else, including {@code null}, a wrong number of symbols,
     * U, punctuation or non-ASCII letters, gives {@link Optional#empty()}.
     */
    public static Optional<VerificationCode> parse(String text) {
        if (text == null || text.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            char symbol = normalise(c);
            if (symbol == 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(symbol);
        }
        return code.length() == LENGTH ? Optional.of(new VerificationCode(code.toString())) : Optional.empty();
    }

    /** The alphabet symbol an ASCII character stands for, or 0 if it stands for none. */
    private static char normalise(char c) {
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        switch (upper) {
            case 'I':
            case 'L':
                return '1';
            case 'O':
                return '0';
            default:
                return ALPHABET.indexOf(upper) >= 0 ? upper : 0;
        }
    }

    /** The form to store, look up and sign: 20 upper-case symbols of the alphabet, no separators. */
    public String canonical() {
        return canonical;
    }

    /** The form to print and show: the canonical symbols in groups of four joined by hyphens. */
    @Override
    public String toString() {
        StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(canonical, i, i + GROUP);
        }
        return grouped.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationCode && ((VerificationCode) other).canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }
}

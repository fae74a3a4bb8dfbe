package org.ketaminetraining.bank.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one place that decides when two typed answers count as the same. */
public final class AnswerText {
    // UNICODE_CHARACTER_CLASS so that a no-break space pasted from a document counts as a space.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private AnswerText() {
    }

    /**
     * Unicode-normalises (NFC, so a precomposed and a combining accent agree), trims, collapses inner whitespace to
     * one space and lower-cases with {@link Locale#ROOT} so that a Turkish locale cannot turn "I" into a dotless i.
     */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

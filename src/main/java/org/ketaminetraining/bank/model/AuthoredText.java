package org.ketaminetraining.bank.model;

import java.util.regex.Pattern;

/**
 * Tidies text as it enters the model so that YAML presentation does not leak into content: a literal block
 * ({@code |}) ends with a line break that a plain scalar lacks, and neither difference is something a learner sees.
 */
public final class AuthoredText {
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\R)+");

    private AuthoredText() {
    }

    /**
     * Removes leading blank lines and all trailing whitespace. Inner text, including the indentation that makes a
     * Markdown list or code block, is kept as written.
     */
    public static String tidy(String text) {
        return LEADING_BLANK_LINES.matcher(text).replaceFirst("").stripTrailing();
    }
}

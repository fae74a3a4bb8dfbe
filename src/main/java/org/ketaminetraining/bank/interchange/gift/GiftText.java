package org.ketaminetraining.bank.interchange.gift;

/**
 * GIFT escaping. On export every special character ({@code ~ = # { } :} and the backslash) is escaped and line
 * breaks become {@code \n}, because a blank line would end the question. On import escapes are first replaced by
 * private-use placeholders, so the structure ({@code { } = ~ #}) can be parsed without ever mistaking an escaped
 * character for syntax, and the placeholders become the literal characters at the end. A private-use character that
 * the text itself contains is marked as literal on the way in, so that it is never mistaken for a placeholder.
 */
final class GiftText {
    private static final String SPECIAL = "\\~=#{}:";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final char NEWLINE_PLACEHOLDER = '\uE010';
    /** Precedes a character of the text that lies in the placeholder range: keep the next character as it is. */
    private static final char LITERAL_MARKER = '\uE011';

    private GiftText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                continue;
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Replaces escape sequences by placeholders; an unknown escape such as {@code \x} is kept as written. */
    static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int index = 0; index < raw.length(); index++) {
            char c = raw.charAt(index);
            if (c == '\\' && index + 1 < raw.length()) {
                char next = raw.charAt(index + 1);
                int special = SPECIAL.indexOf(next);
                if (special >= 0 || next == 'n') {
                    out.append(special >= 0 ? (char) (FIRST_PLACEHOLDER + special) : NEWLINE_PLACEHOLDER);
                    index++;
                    continue;
                }
            }
            if (c >= FIRST_PLACEHOLDER && c <= LITERAL_MARKER) {
                out.append(LITERAL_MARKER);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Turns placeholders back into the characters they stand for. */
    static String restore(String protectedText) {
        StringBuilder out = new StringBuilder(protectedText.length());
        for (int index = 0; index < protectedText.length(); index++) {
            char c = protectedText.charAt(index);
            int special = c - FIRST_PLACEHOLDER;
            if (c == LITERAL_MARKER && index + 1 < protectedText.length()) {
                out.append(protectedText.charAt(++index));
            } else if (c == NEWLINE_PLACEHOLDER) {
                out.append('\n');
            } else if (special >= 0 && special < SPECIAL.length()) {
                out.append(SPECIAL.charAt(special));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a value for a {@code // @key value} comment line: only the backslash and line breaks matter. */
    static String escapeComment(String value) {
        return value.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
    }

    static String unescapeComment(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            if (c == '\\' && index + 1 < value.length()) {
                char next = value.charAt(++index);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

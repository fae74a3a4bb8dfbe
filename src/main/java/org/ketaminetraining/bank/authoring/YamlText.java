package org.ketaminetraining.bank.authoring;

/** Text as a YAML double-quoted scalar that reads back as exactly the same string. */
final class YamlText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private YamlText() {
    }

    /**
     * Escapes what a YAML stream may not hold as it is (C0 and C1 controls, DEL, line and paragraph separators, the
     * byte-order mark, the non-characters U+FFFE and U+FFFF, lone surrogates) and the quote and backslash; every
     * other character, accents and emoji included, stays as it is so the text stays readable and short.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                quoted.append(c).append(text.charAt(++i));
            } else if (needsEscape(c)) {
                quoted.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    quoted.append(HEX[(c >> shift) & 0xF]);
                }
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }
}

package org.ketaminetraining.web.certificate;

/**
 * Writes the small flat JSON objects of the public API: string members, and members whose value is JSON already
 * (the published key). No library: the answers are a handful of strings, and the signing package's own JSON is
 * not for use outside it.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder("{");

    static JsonText object() {
        return new JsonText();
    }

    JsonText string(String name, String value) {
        name(name);
        quote(out, value);
        return this;
    }

    /** A member whose value the caller already holds as JSON text. */
    JsonText json(String name, String jsonValue) {
        name(name);
        out.append(jsonValue);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private void name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(out, name);
        out.append(':');
    }

    /**
     * A JSON string with RFC 8259's mandatory escapes; U+2028 and U+2029 are escaped too, so the text is also safe
     * inside a script.
     */
    static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

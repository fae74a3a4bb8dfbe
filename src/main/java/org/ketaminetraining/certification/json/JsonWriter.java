package org.ketaminetraining.certification.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as compact JSON (no white space at all): {@link Map}s as objects in their iteration
 * order (so a {@link java.util.LinkedHashMap} gives a deterministic member order), {@link List}s as arrays,
 * {@link String}s, {@link Boolean}s, {@code null}, and numbers given as {@link Integer}, {@link Long},
 * {@link BigInteger} or {@link BigDecimal} (in plain notation, never an exponent). What {@link JsonReader} reads,
 * this writes back.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * The compact JSON text of {@code value}.
     *
     * @throws IllegalArgumentException if the value holds something JSON has no form for, or a member name that is
     *     not a string
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** Appends the compact JSON text of {@code value}, as {@link #write(Object)}. */
    public static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            writeString(out, string);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("JSON member names must be strings, was " + member.getKey());
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, name);
                out.append(':');
                write(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /**
     * Appends a JSON string: quotation mark and reverse solidus escaped as {@code \"} and {@code \\}; U+0008,
     * U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; other characters below U+0020 as {@code \}{@code
     * u00xx} with lower-case hex; every other character as itself. These are RFC 8259's mandatory escapes and no
     * more, the same rule as RFC 8785 (JSON Canonicalization Scheme).
     */
    public static void writeString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
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

package org.ketaminetraining.certification.badge;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketaminetraining.certification.signing.Json;

/**
 * The JSON of Open Badges credentials and JSON Web Tokens, written and read without a library.
 *
 * <p>Why not the certificate's reader ({@code signing.Json}): that one refuses {@code true}, {@code false},
 * {@code null} and fractions on purpose, because no certificate uses them; an Open Badges credential needs
 * {@code "hashed": false} and a fractional {@code creditsAvailable}. Strings are written by the certificate's rule
 * ({@link Json#writeString}), so there is one escaping rule in the code base.
 *
 * <p>Values are plain Java objects: objects are {@link Map}s written in their iteration order (so a
 * {@link LinkedHashMap} gives a deterministic key order), arrays are {@link List}s, strings {@link String}s,
 * numbers {@link BigDecimal}s, {@link Long}s or {@link Integer}s, booleans {@link Boolean}s, and {@code null} is
 * JSON null. Writing is compact: no white space at all.
 *
 * <p>Reading is strict RFC 8259: one value filling the whole text, duplicate member names refused (two readers
 * could pick different ones), nesting limited to {@value #MAX_DEPTH} levels, errors saying where. Numbers are read
 * as {@link BigDecimal}, so nothing is rounded.
 */
final class BadgeJson {

    static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 40;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int index;
    private int depth;

    private BadgeJson(String text) {
        this.text = text;
    }

    // ---- bytes ----

    /** Strict UTF-8: text with an unpaired surrogate has no UTF-8 form and is refused, not turned into '?'. */
    static byte[] utf8(String text) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text with an unpaired surrogate cannot be written as UTF-8");
        }
    }

    /** The text of strict UTF-8 bytes, or empty if they are malformed (never a replacement character). */
    static Optional<String> fromUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    // ---- writing ----

    /** The compact JSON text of {@code value}. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            Json.writeString(out, string);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Integer || value instanceof Long) {
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
                Json.writeString(out, name);
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

    // ---- reading ----

    /**
     * Parses one JSON value filling the whole text (white space around it allowed).
     *
     * @throws IllegalArgumentException saying line, column and what is wrong
     */
    static Object parse(String text) {
        BadgeJson json = new BadgeJson(text);
        json.skipWhitespace();
        Object value = json.value();
        json.skipWhitespace();
        if (json.index < text.length()) {
            throw json.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    /** Parses a JSON object filling the whole text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        char c = peek();
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        } else if (text.startsWith("true", index)) {
            index += 4;
            return Boolean.TRUE;
        } else if (text.startsWith("false", index)) {
            index += 5;
            return Boolean.FALSE;
        } else if (text.startsWith("null", index)) {
            index += 4;
            return null;
        }
        throw error("expected a value, found " + describe(c));
    }

    private Map<String, Object> object() {
        enter();
        index++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            index++;
            depth--;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted member name");
            }
            int nameStart = index;
            String name = string();
            skipWhitespace();
            if (peek() != ':') {
                throw error("expected :");
            }
            index++;
            skipWhitespace();
            Object value = value();
            if (members.containsKey(name)) {
                index = nameStart;
                throw error("duplicate member \"" + name + "\"");
            }
            members.put(name, value);
            skipWhitespace();
            char c = peek();
            index++;
            if (c == '}') {
                depth--;
                return members;
            } else if (c != ',') {
                index--;
                throw error("expected , or } after a member");
            }
        }
    }

    private List<Object> array() {
        enter();
        index++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            index++;
            depth--;
            return elements;
        }
        while (true) {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            char c = peek();
            index++;
            if (c == ']') {
                depth--;
                return elements;
            } else if (c != ',') {
                index--;
                throw error("expected , or ] after an element");
            }
        }
    }

    private String string() {
        int start = index;
        index++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (index >= text.length()) {
                index = start;
                throw error("string is not closed");
            }
            char c = text.charAt(index);
            if (c == '"') {
                index++;
                return value.toString();
            } else if (c == '\\') {
                value.append(escape());
            } else if (c < 0x20) {
                throw error("control character " + describe(c) + " must be escaped inside a string");
            } else {
                value.append(c);
                index++;
            }
        }
    }

    private char escape() {
        if (index + 1 >= text.length()) {
            throw error("unfinished escape");
        }
        char c = text.charAt(index + 1);
        index += 2;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (index + 4 <= text.length()) {
                    String hex = text.substring(index, index + 4);
                    if (hex.chars().allMatch(h -> "0123456789abcdefABCDEF".indexOf(h) >= 0)) {
                        index += 4;
                        return (char) Integer.parseInt(hex, 16);
                    }
                }
                index -= 2;
                throw error("\\u must be followed by four hexadecimal digits");
            default:
                index -= 2;
                throw error("unknown escape \\" + c);
        }
    }

    private BigDecimal number() {
        int start = index;
        while (index < text.length() && "+-0123456789.eE".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        String literal = text.substring(start, index);
        if (literal.length() > MAX_NUMBER_LENGTH) {
            index = start;
            throw error("number is longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        if (!NUMBER.matcher(literal).matches()) {
            index = start;
            throw error("malformed number " + literal);
        }
        return new BigDecimal(literal);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private char peek() {
        if (index >= text.length()) {
            throw error("unexpected end of text");
        }
        return text.charAt(index);
    }

    private void skipWhitespace() {
        while (index < text.length() && " \t\r\n".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException("JSON line " + line + ", column " + (end - lineStart + 1) + ": "
                + message);
    }
}

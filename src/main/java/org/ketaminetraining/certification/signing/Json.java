package org.ketaminetraining.certification.signing;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON this package needs, written and read without a library: objects, arrays, strings and integers.
 *
 * <p>Why hand-written: the signing core must stay JDK-only and its byte output must be exactly the one documented in
 * {@link CanonicalPayload}, which no general-purpose serializer promises. Reading is strict RFC 8259 for the subset:
 * {@code true}, {@code false}, {@code null} and numbers with a fraction or exponent are refused (no signed value
 * uses them), duplicate keys are refused (two readers could pick different ones), and errors say line and column.
 * Parsed objects are {@link LinkedHashMap}s, arrays {@link List}s, strings {@link String}s and integers
 * {@link BigInteger}s.
 *
 * <p>The class is public for one reason: {@link #writeString(StringBuilder, String)}, so that the Open Badges
 * credentials of {@code org.ketaminetraining.certification.badge} escape strings by exactly the rule certificates
 * use, written once. Everything else stays package-private: the reader's refusals (no {@code true}, {@code false},
 * {@code null} or fractions) are right for certificates and wrong for Open Badges, which has its own reader.
 */
public final class Json {

    private static final int MAX_DEPTH = 16;

    private final String text;
    private int index;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Decodes strict UTF-8 (malformed sequences are an error, not replaced), dropping one leading byte order mark. */
    static String decodeUtf8(byte[] bytes) throws CertificateFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CertificateFormatException("not UTF-8 text");
        }
    }

    /** Parses one JSON value filling the whole text (white space around it allowed). */
    static Object parse(String text) throws CertificateFormatException {
        Json json = new Json(text);
        json.skipWhitespace();
        Object value = json.value();
        json.skipWhitespace();
        if (json.index < text.length()) {
            throw json.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    // ---- writing ----

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

    // ---- reading ----

    private Object value() throws CertificateFormatException {
        if (index >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(index);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            return integer();
        } else if (text.startsWith("true", index) || text.startsWith("false", index)
                || text.startsWith("null", index)) {
            throw error("true, false and null are not used in certificates");
        }
        throw error("expected a value, found " + describe(c));
    }

    private Map<String, Object> object() throws CertificateFormatException {
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
            int keyStart = index;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value();
            if (members.putIfAbsent(key, value) != null) {
                index = keyStart;
                throw error("duplicate member \"" + key + "\"");
            }
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

    private List<Object> array() throws CertificateFormatException {
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

    private String string() throws CertificateFormatException {
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

    private char escape() throws CertificateFormatException {
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

    private BigInteger integer() throws CertificateFormatException {
        int start = index;
        if (peek() == '-') {
            index++;
        }
        int digitsStart = index;
        while (index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
            index++;
        }
        if (index == digitsStart) {
            throw error("expected a digit");
        }
        if (text.charAt(digitsStart) == '0' && index - digitsStart > 1) {
            index = start;
            throw error("numbers must not have leading zeros");
        }
        if (index < text.length() && ".eE".indexOf(text.charAt(index)) >= 0) {
            index = start;
            throw error("only whole numbers are used in certificates");
        }
        if (index - digitsStart > 18) {
            index = start;
            throw error("number is too long");
        }
        return new BigInteger(text.substring(start, index));
    }

    private void enter() throws CertificateFormatException {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void expect(char c) throws CertificateFormatException {
        if (peek() != c) {
            throw error("expected " + c);
        }
        index++;
    }

    private char peek() throws CertificateFormatException {
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

    /** An error at the current position, counting lines from 1 and columns in characters from 1. */
    private CertificateFormatException error(String message) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new CertificateFormatException("line " + line + ", column " + (end - lineStart + 1) + ": " + message);
    }
}

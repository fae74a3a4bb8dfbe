package org.ketaminetraining.certification.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads JSON text strictly by RFC 8259 into plain Java values: objects are {@link LinkedHashMap}s in the text's
 * member order, arrays {@link List}s, strings {@link String}s, numbers {@link BigDecimal}s (or, if
 * {@link Numbers#INTEGER_OR_DECIMAL} is asked for, {@link BigInteger}s for literals without fraction or exponent),
 * {@code true} and {@code false} {@link Boolean}s, and {@code null} is {@code null}.
 *
 * <p>Strict means: exactly one value filling the whole text (white space around it allowed); no comments, no
 * trailing commas, no single quotes, no {@code NaN}; a member name twice in one object is refused, because two
 * readers could pick different ones and a signed text must have one meaning; nesting deeper than
 * {@link Options#maxDepth()} and number literals longer than {@value #MAX_NUMBER_LENGTH} characters are refused,
 * so a hostile text cannot exhaust the stack or build huge numbers. Numbers are never rounded. Every refusal is a
 * {@link JsonSyntaxException} saying line, column and what is wrong.
 *
 * <p>A caller whose format allows less than JSON (a certificate has no booleans, null or fractions) passes a
 * {@link ValueCheck}: it sees each value as soon as it is read and its refusal is reported at that value's place.
 *
 * <p>Hand-written rather than Jakarta JSON-P for measured reasons (wrong error places at the end of the text,
 * duplicate members passed through, text after the value accepted): see the package documentation.
 */
public final class JsonReader {

    /** How deep arrays and objects may nest by default. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    /** The longest number literal read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** How numbers are given back. */
    public enum Numbers {
        /** Every number a {@link BigDecimal}: {@code 1}, {@code 1.0} and {@code 1e0} are compared by value. */
        DECIMAL,
        /**
         * A literal with neither fraction nor exponent as a {@link BigInteger}, any other as a {@link BigDecimal},
         * so a caller can tell {@code 1} from {@code 1.0} and {@code 1e0}.
         */
        INTEGER_OR_DECIMAL
    }

    /** A caller's further refusals, on top of RFC 8259. */
    @FunctionalInterface
    public interface ValueCheck {

        /**
         * Why {@code value}, just read, is refused where it stands, or empty to accept it. Called for every value,
         * members and elements before the object or array holding them; {@code value} is {@code null} for JSON
         * null.
         */
        Optional<String> refusal(Object value);
    }

    /**
     * How to read.
     *
     * @param maxDepth how deep arrays and objects may nest, at least 1
     * @param numbers how numbers are given back
     * @param check further refusals
     */
    public record Options(int maxDepth, Numbers numbers, ValueCheck check) {

        /** Plain RFC 8259: nesting up to {@value #DEFAULT_MAX_DEPTH}, numbers as {@link BigDecimal}. */
        public static final Options STRICT =
                new Options(DEFAULT_MAX_DEPTH, Numbers.DECIMAL, value -> Optional.empty());

        public Options {
            if (maxDepth < 1) {
                throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
            }
            Objects.requireNonNull(numbers, "numbers");
            Objects.requireNonNull(check, "check");
        }
    }

    private final String text;
    private final Options options;
    private int index;
    private int depth;

    private JsonReader(String text, Options options) {
        this.text = text;
        this.options = options;
    }

    /**
     * Parses one JSON value filling the whole text, by {@link Options#STRICT}.
     *
     * @throws JsonSyntaxException saying line, column and what is wrong
     */
    public static Object parse(String text) {
        return parse(text, Options.STRICT);
    }

    /**
     * Parses one JSON value filling the whole text (white space around it allowed).
     *
     * @throws JsonSyntaxException saying line, column and what is wrong, including the check's refusals
     */
    public static Object parse(String text, Options options) {
        JsonReader reader = new JsonReader(Objects.requireNonNull(text, "text"),
                Objects.requireNonNull(options, "options"));
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.index < text.length()) {
            throw reader.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    /**
     * Parses a JSON object filling the whole text, by {@link Options#STRICT}.
     *
     * @throws IllegalArgumentException if the text is not JSON ({@link JsonSyntaxException}) or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        if (index >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        int start = index;
        Object value = literal();
        Optional<String> refusal = options.check().refusal(value);
        if (refusal.isPresent()) {
            index = start;
            throw error(refusal.get());
        }
        return value;
    }

    private Object literal() {
        char c = text.charAt(index);
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

    private Number number() {
        int start = index;
        while (index < text.length() && "+-0123456789.eE".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        String literal = text.substring(start, index);
        index = start;
        if (literal.length() > MAX_NUMBER_LENGTH) {
            throw error("number is longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        if (!NUMBER.matcher(literal).matches()) {
            throw error(literal.matches("-?0[0-9].*") ? "numbers must not have leading zeros"
                    : "malformed number " + literal);
        }
        index += literal.length();
        boolean integer = literal.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        return integer && options.numbers() == Numbers.INTEGER_OR_DECIMAL ? new BigInteger(literal)
                : new BigDecimal(literal);
    }

    private void enter() {
        if (++depth > options.maxDepth()) {
            throw error("nested more than " + options.maxDepth() + " levels deep");
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

    /** An error at the current position, counting lines from 1 and columns in characters from 1. */
    private JsonSyntaxException error(String reason) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxException(line, end - lineStart + 1, reason);
    }
}

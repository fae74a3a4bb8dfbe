package org.ketaminetraining.certification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final JsonReader.Options INTEGERS = new JsonReader.Options(JsonReader.DEFAULT_MAX_DEPTH,
            JsonReader.Numbers.INTEGER_OR_DECIMAL, value -> Optional.empty());

    @Test
    void writesCompactlyInInsertionOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", "last letter first");
        object.put("a", List.of(1, 2L, new BigDecimal("7.5"), new BigInteger("123456789012345678901234567890")));
        object.put("hashed", false);
        object.put("nothing", null);
        assertThat(JsonWriter.write(object)).isEqualTo("{\"z\":\"last letter first\","
                + "\"a\":[1,2,7.5,123456789012345678901234567890],\"hashed\":false,\"nothing\":null}");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(JsonWriter.write("Zoë \"Q\" \\ /\n\u0001 😀"))
                .isEqualTo("\"Zoë \\\"Q\\\" \\\\ /\\n\\u0001 😀\"");
        StringBuilder out = new StringBuilder("x=");
        JsonWriter.writeString(out, "\b\t\n\f\r\u001f\u2028");
        assertThat(out).hasToString("x=\"\\b\\t\\n\\f\\r\\u001f\u2028\"");
    }

    @Test
    void writesNothingJsonHasNoFormFor() {
        assertThatThrownBy(() -> JsonWriter.write(Map.of(1, "a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member names must be strings");
        assertThatThrownBy(() -> JsonWriter.write(1.5d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no JSON form for java.lang.Double");
    }

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonReader.parse(" {\"s\":\"a\\u00e9\\/\",\"n\":-12.50e1,\"t\":true,\"f\":false,\"z\":null,"
                + "\"l\":[{},[]]}\n");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "aé/");
        expected.put("n", new BigDecimal("-12.50e1"));
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("l", List.of(Map.of(), List.of()));
        assertThat(value).isEqualTo(expected);
    }

    @Test
    void readsNumbersExactlyAsDecimalsOrKeepingIntegersApart() {
        assertThat(JsonReader.parse("[1,1.0,1e0,0.1]")).isEqualTo(List.of(new BigDecimal("1"),
                new BigDecimal("1.0"), new BigDecimal("1e0"), new BigDecimal("0.1")));
        assertThat(JsonReader.parse("[1,-0,123456789012345678901234567890,1.0,1e0]", INTEGERS)).isEqualTo(List.of(
                BigInteger.ONE, BigInteger.ZERO, new BigInteger("123456789012345678901234567890"),
                new BigDecimal("1.0"), new BigDecimal("1e0")));
    }

    @Test
    void refusesWhatRfc8259Refuses() {
        for (String bad : List.of("", "{", "{\"a\":1,}", "[1,]", "01", "1.", ".5", "+1", "1e", "\"tab\there\"",
                "{\"a\" 1}", "{a:1}", "'x'", "\"\\x\"", "\"\\u12\"", "nul", "[1] [2]", "NaN", "Infinity", "-",
                "[1]]", "\"open", "/* c */ 1", "\uFEFF1")) {
            assertThatThrownBy(() -> JsonReader.parse(bad)).as(bad).isInstanceOf(JsonSyntaxException.class);
        }
    }

    @Test
    void saysLineColumnAndReason() {
        assertRefused("", 1, 1, "unexpected end of text, expected a value");
        assertRefused("{\"a\":1,\n  \"b\" 2}", 2, 7, "expected :");
        assertRefused("[1,2", 1, 5, "unexpected end of text");
        assertRefused("[1 2]", 1, 4, "expected , or ] after an element");
        assertRefused("{\"a\":1 \"b\"}", 1, 8, "expected , or } after a member");
        assertRefused("[007]", 1, 2, "numbers must not have leading zeros");
        assertRefused("[1.e5]", 1, 2, "malformed number 1.e5");
        assertRefused("[" + "1".repeat(41) + "]", 1, 2, "number is longer than 40 characters");
        assertRefused("\"a\\u00g0\"", 1, 3, "\\u must be followed by four hexadecimal digits");
        assertRefused("\"a\\q\"", 1, 3, "unknown escape \\q");
        assertRefused("\"a\u0007\"", 1, 3, "control character U+0007 must be escaped inside a string");
        assertRefused("  \"abc", 1, 3, "string is not closed");
        assertRefused("[x]", 1, 2, "expected a value, found 'x'");
        assertRefused("{1:2}", 1, 2, "expected a quoted member name");
        assertRefused("1 2", 1, 3, "unexpected text after the end of the JSON value");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":\n[tru]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON line 2, column 2: expected a value, found 't'");
    }

    @Test
    void refusesDuplicateMembersSayingWhere() {
        assertThatThrownBy(() -> JsonReader.parse("{\"iss\":\"a\",\n \"iss\":\"b\"}"))
                .hasMessage("JSON line 2, column 2: duplicate member \"iss\"");
        assertRefused("{\"a\":null,\"a\":null}", 1, 11, "duplicate member \"a\"");
        assertThat(JsonReader.parse("{\"a\":{\"a\":1},\"b\":[{\"a\":2}]}")).isInstanceOf(Map.class);
    }

    @Test
    void refusesDeepNesting() {
        int max = JsonReader.DEFAULT_MAX_DEPTH;
        String deep = "[".repeat(max + 1) + "]".repeat(max + 1);
        assertThatThrownBy(() -> JsonReader.parse(deep)).hasMessageContaining("levels deep");
        String allowed = "[".repeat(max) + "]".repeat(max);
        assertThat(JsonReader.parse(allowed)).isInstanceOf(List.class);
        JsonReader.Options shallow = new JsonReader.Options(2, JsonReader.Numbers.DECIMAL, v -> Optional.empty());
        assertThat(JsonReader.parse("{\"a\":[]}", shallow)).isInstanceOf(Map.class);
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":[{}]}", shallow))
                .hasMessage("JSON line 1, column 7: nested more than 2 levels deep");
        assertThatThrownBy(() -> new JsonReader.Options(0, JsonReader.Numbers.DECIMAL, v -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallersCheckRefusesAtTheValuesPlace() {
        JsonReader.Options noBooleans = new JsonReader.Options(JsonReader.DEFAULT_MAX_DEPTH,
                JsonReader.Numbers.DECIMAL,
                value -> value instanceof Boolean ? Optional.of("no booleans here") : Optional.empty());
        assertThat(JsonReader.parse("[1,\"true\",null]", noBooleans)).isInstanceOf(List.class);
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":[1,\n  false]}", noBooleans))
                .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.reason()).isEqualTo("no booleans here");
                });
        List<Object> seen = new ArrayList<>();
        JsonReader.parse("{\"a\":[1,\"x\"]}", new JsonReader.Options(4, JsonReader.Numbers.INTEGER_OR_DECIMAL,
                value -> {
                    seen.add(value);
                    return Optional.empty();
                }));
        assertThat(seen).containsExactly(BigInteger.ONE, "x", List.of(BigInteger.ONE, "x"),
                Map.of("a", List.of(BigInteger.ONE, "x")));
    }

    @Test
    void parseObjectWantsAnObject() {
        assertThat(JsonReader.parseObject("{\"a\":1}")).containsEntry("a", BigDecimal.ONE);
        assertThatThrownBy(() -> JsonReader.parseObject("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a JSON object");
    }

    @Test
    void utf8IsStrictBothWays() {
        assertThat(Utf8.encode("Zoë 😀")).isEqualTo("Zoë 😀".getBytes(StandardCharsets.UTF_8));
        assertThat(Utf8.decode("Zoë 😀".getBytes(StandardCharsets.UTF_8))).hasValue("Zoë 😀");
        assertThatThrownBy(() -> Utf8.encode("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThat(Utf8.decode(new byte[]{'a', (byte) 0xC3})).isEmpty();
        assertThat(Utf8.decode(new byte[]{(byte) 0xC0, (byte) 0xAF})).isEmpty();
        assertThat(Utf8.decode(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'})).hasValue("\uFEFF1");
    }

    @Property(tries = 300)
    void anyTextSurvivesWritingAndReading(@ForAll String text, @ForAll String name) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(name, new ArrayList<>(Arrays.asList(text, null, true)));
        assertThat(JsonReader.parse(JsonWriter.write(object))).isEqualTo(object);
    }

    @Property(tries = 300)
    void anyNumberSurvivesWritingAndReadingExactly(@ForAll long unscaled, @ForAll("scales") int scale,
            @ForAll BigInteger integer) {
        BigDecimal decimal = BigDecimal.valueOf(unscaled, scale);
        Object read = JsonReader.parse(JsonWriter.write(List.of(decimal, integer)), INTEGERS);
        List<?> numbers = (List<?>) read;
        assertThat(new BigDecimal(numbers.get(0).toString())).isEqualByComparingTo(decimal);
        assertThat(numbers.get(1)).isEqualTo(integer);
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(0, 18);
    }

    private static void assertRefused(String text, int line, int column, String reason) {
        assertThatThrownBy(() -> JsonReader.parse(text)).as(text)
                .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e).hasMessage("JSON line " + line + ", column " + column + ": " + reason);
                });
    }
}

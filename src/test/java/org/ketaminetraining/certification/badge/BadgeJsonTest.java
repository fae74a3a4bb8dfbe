package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BadgeJsonTest {

    @Test
    void writesCompactlyInInsertionOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", "last letter first");
        object.put("a", List.of(1, 2L, new BigDecimal("7.5")));
        object.put("hashed", false);
        object.put("nothing", null);
        assertThat(BadgeJson.write(object))
                .isEqualTo("{\"z\":\"last letter first\",\"a\":[1,2,7.5],\"hashed\":false,\"nothing\":null}");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(BadgeJson.write("Zoë \"Q\" \\ /\n\u0001 😀"))
                .isEqualTo("\"Zoë \\\"Q\\\" \\\\ /\\n\\u0001 😀\"");
    }

    @Test
    void readsEveryKindOfValue() {
        Object value = BadgeJson.parse(" {\"s\":\"a\\u00e9\\/\",\"n\":-12.50e1,\"t\":true,\"f\":false,\"z\":null,"
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
    void refusesWhatRfc8259Refuses() {
        for (String bad : List.of("", "{", "{\"a\":1,}", "[1,]", "01", "1.", ".5", "+1", "1e", "\"tab\there\"",
                "{\"a\" 1}", "{a:1}", "'x'", "\"\\x\"", "\"\\u12\"", "nul", "[1] [2]", "NaN", "Infinity")) {
            assertThatThrownBy(() -> BadgeJson.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesDuplicateMembersSayingWhere() {
        assertThatThrownBy(() -> BadgeJson.parse("{\"iss\":\"a\",\n \"iss\":\"b\"}"))
                .hasMessage("JSON line 2, column 2: duplicate member \"iss\"");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(BadgeJson.MAX_DEPTH + 1) + "]".repeat(BadgeJson.MAX_DEPTH + 1);
        assertThatThrownBy(() -> BadgeJson.parse(deep)).hasMessageContaining("levels deep");
        String allowed = "[".repeat(BadgeJson.MAX_DEPTH) + "]".repeat(BadgeJson.MAX_DEPTH);
        assertThat(BadgeJson.parse(allowed)).isInstanceOf(List.class);
    }

    @Property(tries = 300)
    void anyTextSurvivesWritingAndReading(@ForAll String text, @ForAll String name) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(name, new ArrayList<>(Arrays.asList(text, null, true)));
        assertThat(BadgeJson.parse(BadgeJson.write(object))).isEqualTo(object);
    }

    @Test
    void base64UrlDecodesOnlyTheCanonicalUnpaddedSpelling() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x00, 0x7f};
        assertThat(Base64Url.encode(bytes)).isEqualTo("-_8Afw");
        assertThat(Base64Url.decode("-_8Afw")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(Base64Url.decode("")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        // Same bytes, other spellings: padding, the standard alphabet, unused low bits set, white space.
        assertThat(Base64Url.decode("-_8Afw==")).isEmpty();
        assertThat(Base64Url.decode("+/8Afw")).isEmpty();
        assertThat(Base64Url.decode("-_8Afx")).isEmpty();
        assertThat(Base64Url.decode("-_8A fw")).isEmpty();
        assertThat(Base64Url.decode("-_8Af")).isEmpty();
        assertThat(Base64Url.decode(null)).isEmpty();
    }
}

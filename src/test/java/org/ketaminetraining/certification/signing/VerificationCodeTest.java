package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    @Test
    void aGeneratedCodeIsTwentyCrockfordSymbolsShownInGroupsOfFour() {
        VerificationCode code = VerificationCode.generate(Certificates.seeded(1));
        assertThat(code.canonical()).matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{20}");
        assertThat(code.toString()).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}")
                .isEqualTo(String.join("-", code.canonical().substring(0, 4), code.canonical().substring(4, 8),
                        code.canonical().substring(8, 12), code.canonical().substring(12, 16),
                        code.canonical().substring(16, 20)));
    }

    @Property(tries = 200)
    void generatedCodesParseBackFromBothForms(@ForAll long seed) {
        VerificationCode code = VerificationCode.generate(Certificates.seeded(seed));
        assertThat(VerificationCode.parse(code.toString())).contains(code);
        assertThat(VerificationCode.parse(code.canonical())).contains(code);
        assertThat(VerificationCode.parse(code.toString().toLowerCase())).contains(code);
    }

    @Test
    void tenThousandGeneratedCodesAreDistinctAndUseTheWholeAlphabet() {
        var random = Certificates.seeded(42);
        Set<VerificationCode> codes = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            VerificationCode code = VerificationCode.generate(random);
            codes.add(code);
            code.canonical().chars().forEach(c -> symbols.add((char) c));
        }
        assertThat(codes).hasSize(10_000);
        assertThat(symbols).hasSize(32);
    }

    @Test
    void parsingForgivesCaseSeparatorsAndLookAlikes() {
        VerificationCode expected = VerificationCode.parse("K7Q2-9XMD-4HBT-0VWE-ZR31").orElseThrow();
        assertThat(expected.canonical()).isEqualTo("K7Q29XMD4HBT0VWEZR31");
        assertThat(VerificationCode.parse("k7q2-9xmd-4hbt-0vwe-zr31")).contains(expected);
        assertThat(VerificationCode.parse("K7Q29XMD4HBT0VWEZR31")).contains(expected);
        assertThat(VerificationCode.parse(" K7Q2 9XMD 4HBT 0VWE ZR31 ")).contains(expected);
        assertThat(VerificationCode.parse("K7Q-29XMD4-HBT 0VWEZR3-1")).contains(expected);
        assertThat(VerificationCode.parse("K7Q2-9XMD-4HBT-oVWE-ZR3l")).contains(expected);
        assertThat(VerificationCode.parse("K7Q2-9XMD-4HBT-OVWE-ZR3I")).contains(expected);
        assertThat(VerificationCode.parse("K7Q2-9XMD-4HBT-0VWE-ZR3i")).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "----", "K7Q2-9XMD-4HBT-0VWE-ZR3", "K7Q2-9XMD-4HBT-0VWE-ZR31X",
        "K7Q2-9XMD-4HBT-0VWE-ZR3U", "K7Q2_9XMD_4HBT_0VWE_ZR31", "K7Q2-9XMD-4HBT-0VWE-ZR3!",
        "K7Q2-9XMD-4HBT-0VWE-ZR3\u0131", "K7Q2-9XMD-4HBT-0VWE-ZR3\uFF11", "K7Q2\t9XMD4HBT0VWEZR31",
        "K7Q2-9XMD-4HBT-0VWE-ZR31\n", "<script>alert(1)</script>", "'; drop table certificate; --"})
    void malformedCodesAreSimplyAbsent(String text) {
        assertThat(VerificationCode.parse(text)).isEmpty();
    }

    @Test
    void anAbsurdlyLongInputIsRefusedWithoutWork() {
        assertThat(VerificationCode.parse("-".repeat(1_000_000) + "K7Q29XMD4HBT0VWEZR31")).isEmpty();
    }

    @Property
    void anyTwentySymbolStringIsACodeWhoseCanonicalFormIsItself(
            @ForAll("symbols") String symbols, @ForAll @IntRange(min = 0, max = 19) int dashAt) {
        Optional<VerificationCode> code = VerificationCode.parse(
                symbols.substring(0, dashAt) + "-" + symbols.substring(dashAt));
        assertThat(code).isPresent();
        assertThat(code.get().canonical()).isEqualTo(symbols);
    }

    @Provide
    Arbitrary<String> symbols() {
        return Arbitraries.strings().withChars(VerificationCode.ALPHABET).ofLength(20);
    }

    @Test
    void equalityIsByCanonicalForm() {
        assertThat(VerificationCode.parse("aaaa-bbbb-cccc-dddd-eeee"))
                .contains(VerificationCode.parse("AAAABBBBCCCCDDDDEEEE").orElseThrow());
        assertThat(VerificationCode.parse("AAAABBBBCCCCDDDDEEEE").orElseThrow().hashCode())
                .isEqualTo("AAAABBBBCCCCDDDDEEEE".hashCode());
    }
}

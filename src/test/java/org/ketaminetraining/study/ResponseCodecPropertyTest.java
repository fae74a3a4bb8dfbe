package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalseResponse;

/**
 * Every valid response of every type reads back equal to itself, and its stored text is canonical: reading and
 * storing again gives the same text. Arbitrary text never breaks decode with anything but the documented
 * exception, because a replay must be able to report the row it cannot read.
 */
class ResponseCodecPropertyTest {

    private static final int TRIES = 300;

    private static void assertRoundTrip(QuestionType type, Response response) {
        String stored = ResponseCodec.encode(response);
        Response decoded = ResponseCodec.decode(type, stored);
        assertThat(decoded).as(stored).isEqualTo(response);
        assertThat(ResponseCodec.encode(decoded)).isEqualTo(stored);
    }

    @Property(tries = TRIES)
    void singleChoiceRoundTrips(@ForAll("choices") ChoiceResponse response) {
        assertRoundTrip(QuestionType.SINGLE_CHOICE, response);
    }

    @Property(tries = TRIES)
    void multipleResponseRoundTrips(@ForAll("choices") ChoiceResponse response) {
        assertRoundTrip(QuestionType.MULTIPLE_RESPONSE, response);
    }

    @Property(tries = 10)
    void trueFalseRoundTrips(@ForAll boolean value) {
        assertRoundTrip(QuestionType.TRUE_FALSE, new TrueFalseResponse(value));
    }

    @Property(tries = TRIES)
    void numericRoundTrips(@ForAll("numbers") NumericResponse response) {
        assertRoundTrip(QuestionType.NUMERIC, response);
    }

    @Property(tries = TRIES)
    void orderingRoundTrips(@ForAll("orderings") OrderingResponse response) {
        assertRoundTrip(QuestionType.ORDERING, response);
    }

    @Property(tries = TRIES)
    void matchingRoundTrips(@ForAll("matchings") MatchingResponse response) {
        assertRoundTrip(QuestionType.MATCHING, response);
    }

    @Property(tries = TRIES)
    void shortTextRoundTrips(@ForAll("texts") String text) {
        assertRoundTrip(QuestionType.SHORT_TEXT, new TextResponse(text));
    }

    @Property(tries = TRIES)
    void anyTextIsReadOrRejectedWithTheDocumentedException(@ForAll QuestionType type,
            @ForAll("storedLike") String stored) {
        try {
            Response decoded = ResponseCodec.decode(type, stored);
            assertThat(ResponseCodec.decode(type, ResponseCodec.encode(decoded))).isEqualTo(decoded);
        } catch (IllegalArgumentException rejected) {
            assertThat(rejected.getMessage()).startsWith(type == QuestionType.TRUE_FALSE ? "true/false"
                    : type.yamlName().replace('_', ' '));
        }
    }

    @Provide
    Arbitrary<ChoiceResponse> choices() {
        return Arbitraries.integers().between(0, 40).set().ofMaxSize(10).map(ChoiceResponse::new);
    }

    /** Any scale a typed number can have, including trailing zeros, which must survive. */
    @Provide
    Arbitrary<NumericResponse> numbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 12))
                .as((digits, scale) -> new NumericResponse(new BigDecimal(digits, scale)));
    }

    @Provide
    Arbitrary<OrderingResponse> orderings() {
        return Arbitraries.integers().between(0, 40).list().uniqueElements().ofMaxSize(12).map(OrderingResponse::new);
    }

    @Provide
    Arbitrary<MatchingResponse> matchings() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 40);
        return Arbitraries.maps(position, position).ofMaxSize(10).map(MatchingResponse::new);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789,: -é").ofMaxLength(20));
    }

    /** Text close to the stored forms, where a lenient or crashing parser would show. */
    @Provide
    Arbitrary<String> storedLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789,:-+.eE ").ofMaxLength(16),
                Arbitraries.of("true", "false", "True", "", ",", ":", "1:", "99999999999", "1e99999999999"),
                Arbitraries.strings().ofMaxLength(20));
    }
}

package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalseResponse;

class ResponseCodecTest {

    private static void assertStoredAs(QuestionType type, Response response, String stored) {
        assertThat(ResponseCodec.encode(response)).isEqualTo(stored);
        assertThat(ResponseCodec.decode(type, stored)).isEqualTo(response);
    }

    @Test
    void choicesAreStoredAscending() {
        assertStoredAs(QuestionType.MULTIPLE_RESPONSE, ChoiceResponse.of(2, 0), "0,2");
        assertStoredAs(QuestionType.SINGLE_CHOICE, ChoiceResponse.of(3), "3");
        assertStoredAs(QuestionType.MULTIPLE_RESPONSE, ChoiceResponse.of(), "");
        assertStoredAs(QuestionType.MULTIPLE_RESPONSE, ChoiceResponse.of(10, 9, 1), "1,9,10");
    }

    @Test
    void trueFalseIsStoredAsTheWord() {
        assertStoredAs(QuestionType.TRUE_FALSE, new TrueFalseResponse(true), "true");
        assertStoredAs(QuestionType.TRUE_FALSE, new TrueFalseResponse(false), "false");
    }

    @Test
    void numbersKeepTheirScale() {
        assertStoredAs(QuestionType.NUMERIC, NumericResponse.of("1.50"), "1.50");
        assertStoredAs(QuestionType.NUMERIC, NumericResponse.of("-0.005"), "-0.005");
        assertStoredAs(QuestionType.NUMERIC, NumericResponse.of("250"), "250");
    }

    @Test
    void aNumberWithANegativeScaleIsStoredPlainAndReadBackEqualInValue() {
        NumericResponse thousand = new NumericResponse(new BigDecimal("1E+3"));

        assertThat(ResponseCodec.encode(thousand)).isEqualTo("1000");
        assertThat(((NumericResponse) ResponseCodec.decode(QuestionType.NUMERIC, "1000")).value())
                .isEqualByComparingTo(thousand.value());
    }

    @Test
    void orderingsKeepTheLearnersOrder() {
        assertStoredAs(QuestionType.ORDERING, OrderingResponse.of(2, 0, 1), "2,0,1");
        assertStoredAs(QuestionType.ORDERING, OrderingResponse.of(), "");
    }

    @Test
    void matchesAreStoredSortedByLeftItem() {
        assertStoredAs(QuestionType.MATCHING, new MatchingResponse(Map.of(1, 0, 0, 1)), "0:1,1:0");
        assertStoredAs(QuestionType.MATCHING, new MatchingResponse(Map.of(10, 2, 2, 2)), "2:2,10:2");
        assertStoredAs(QuestionType.MATCHING, new MatchingResponse(Map.of()), "");
    }

    @Test
    void shortTextIsStoredUnchanged() {
        assertStoredAs(QuestionType.SHORT_TEXT, new TextResponse("ketamine, 1:10 dilution"), "ketamine, 1:10 dilution");
        assertStoredAs(QuestionType.SHORT_TEXT, new TextResponse(""), "");
        assertStoredAs(QuestionType.SHORT_TEXT, new TextResponse(" 0,1 "), " 0,1 ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SINGLE_CHOICE     | 0,x     | single choice answer \"0,x\" is not a list of option numbers",
        "MULTIPLE_RESPONSE | 0,,2    | multiple response answer \"0,,2\" is not a list of option numbers",
        "MULTIPLE_RESPONSE | 0,-1    | multiple response answer \"0,-1\" is not a list of option numbers",
        "MULTIPLE_RESPONSE | 1,1     | multiple response answer \"1,1\" names option 1 twice",
        "SINGLE_CHOICE     | 0,      | single choice answer \"0,\" is not a list of option numbers",
        "SINGLE_CHOICE     | +1      | single choice answer \"+1\" is not a list of option numbers",
        "SINGLE_CHOICE     | 9999999999 | single choice answer \"9999999999\" is not a list of option numbers",
        "ORDERING          | 2,x     | ordering answer \"2,x\" is not a list of item numbers",
        "ORDERING          | 2,0,2   | ordering answer \"2,0,2\" names item 2 twice",
        "ORDERING          | ' 1'    | ordering answer \" 1\" is not a list of item numbers",
        "MATCHING          | 0-1     | matching answer \"0-1\" is not a list of left:right item numbers",
        "MATCHING          | 0:1:2   | matching answer \"0:1:2\" is not a list of left:right item numbers",
        "MATCHING          | 0:      | matching answer \"0:\" is not a list of left:right item numbers",
        "MATCHING          | -1:0    | matching answer \"-1:0\" is not a list of left:right item numbers",
        "MATCHING          | 0:1,0:2 | matching answer \"0:1,0:2\" matches left item 0 twice",
        "TRUE_FALSE        | yes     | true/false answer \"yes\" is neither \"true\" nor \"false\"",
        "TRUE_FALSE        | TRUE    | true/false answer \"TRUE\" is neither \"true\" nor \"false\"",
        "TRUE_FALSE        | ''      | true/false answer \"\" is neither \"true\" nor \"false\"",
        "NUMERIC           | 1,5     | numeric answer \"1,5\" is not a number",
        "NUMERIC           | ''      | numeric answer \"\" is not a number",
        "NUMERIC           | 0E+1    | numeric answer \"0E+1\" is not in plain decimal form (no exponent)",
        "NUMERIC           | 1e3     | numeric answer \"1e3\" is not in plain decimal form (no exponent)",
    })
    void malformedTextIsRejectedNamingTypeAndText(QuestionType type, String stored, String message) {
        assertThatThrownBy(() -> ResponseCodec.decode(type, stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aLongBrokenRowIsQuotedShortened() {
        String stored = IntStream.range(0, 1000).mapToObj(String::valueOf).collect(Collectors.joining(",")) + ",x";

        assertThatThrownBy(() -> ResponseCodec.decode(QuestionType.ORDERING, stored))
                .hasMessageStartingWith("ordering answer \"0,1,2,")
                .hasMessageEndingWith("…\" is not a list of item numbers")
                .message().hasSizeLessThan(150);
    }

    @Test
    void aResponseThatCouldNotBeReadBackIsNotStored() {
        assertThatThrownBy(() -> ResponseCodec.encode(ChoiceResponse.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option -1 is negative");
        assertThatThrownBy(() -> ResponseCodec.encode(OrderingResponse.of(1, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names an item twice");
        assertThatThrownBy(() -> ResponseCodec.encode(new MatchingResponse(Map.of(0, -2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("right item -2 is negative");
    }
}

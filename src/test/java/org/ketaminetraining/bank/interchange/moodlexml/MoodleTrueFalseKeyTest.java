package org.ketaminetraining.bank.interchange.moodlexml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.validation.Problem;

/**
 * A Moodle XML true/false question whose answers are not literally "true" and "false" (older files, translated
 * answers, empty text) is read the way Moodle reads it: the first answer is "true", the second "false", in file
 * order, and the report says so with the line. Read as two "false" answers, such a question used to come in with
 * its key reversed whenever the first answer was the correct one.
 */
class MoodleTrueFalseKeyTest {

    private static String question(String first, int firstFraction, String second, int secondFraction) {
        return """
                <quiz>
                  <question type="truefalse">
                    <name><text>Key</text></name>
                    <questiontext format="markdown"><text>Ketamine is an NMDA antagonist.</text></questiontext>
                    <answer fraction="%d"><text>%s</text><feedback><text>first</text></feedback></answer>
                    <answer fraction="%d"><text>%s</text><feedback><text>second</text></feedback></answer>
                  </question>
                </quiz>
                """.formatted(firstFraction, first, secondFraction, second);
    }

    private static List<String> problems(ImportResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @ParameterizedTest(name = "''{0}'' ({1}) then ''{2}'' ({3}) has the key {4}")
    @CsvSource(delimiter = '|', value = {
        "Vrai  | 100 | Faux  | 0   | true",
        "Vrai  | 0   | Faux  | 100 | false",
        "Yes   | 100 | No    | 0   | true",
        "Yes   | 0   | No    | 100 | false",
        "''    | 100 | ''    | 0   | true",
        "''    | 0   | ''    | 100 | false",
        "Wahr  | 100 | false | 0   | true",
        "true  | 0   | Falsch| 100 | false"})
    void readsAnswersThatAreNotLiterallyTrueAndFalseAsTrueThenFalseAndSaysSo(String first, int firstFraction,
            String second, int secondFraction, boolean key) {
        ImportResult result = MoodleXmlImporter.parse("tf.xml", question(first, firstFraction, second,
                secondFraction));

        assertThat(result.questions()).singleElement().extracting(q -> q.answer())
                .isEqualTo(new TrueFalse(key, Optional.of("first"), Optional.of("second")));
        assertThat(problems(result)).singleElement().asString().startsWith("tf.xml:2:1: question 'Key': ")
                .contains("read as true then false in file order, as Moodle does")
                .contains("the key is " + key);
    }

    @ParameterizedTest(name = "''{0}'' ({1}) then ''{2}'' ({3}) has the key {4}")
    @CsvSource(delimiter = '|', value = {
        "true  | 100 | false | 0   | true",
        "true  | 0   | false | 100 | false",
        "false | 100 | true  | 0   | false",
        "false | 0   | true  | 100 | true"})
    void readsLiteralAnswersByTheirTextInEitherOrderWithoutAWord(String first, int firstFraction, String second,
            int secondFraction, boolean key) {
        ImportResult result = MoodleXmlImporter.parse("tf.xml", question(first, firstFraction, second,
                secondFraction));

        TrueFalse answer = (TrueFalse) result.questions().get(0).answer();
        assertThat(answer.answer()).isEqualTo(key);
        assertThat(answer.feedbackFor(first.equals("true"))).contains("first");
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void refusesAQuestionWhoseTwoAnswersWouldBothMeanTheSameValue() {
        ImportResult result = MoodleXmlImporter.parse("tf.xml", question("Faux", 0, "true", 100));

        assertThat(result.questions()).isEmpty();
        assertThat(problems(result)).singleElement().asString()
                .startsWith("tf.xml:2:1: question 'Key': not imported: ");
    }
}

package org.ketaminetraining.bank.interchange.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.validation.Problem;

/** GIFT written the way Moodle users write it, not only the way our exporter does. */
class GiftImporterTest {

    private static ImportResult parse(String gift) {
        return GiftImporter.parse("in.gift", gift);
    }

    private static List<String> problems(ImportResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEachSupportedTypeInHandWrittenGift() {
        ImportResult result = parse("""
                // a plain comment
                $CATEGORY: $course$/Ketamine

                ::Oral F:: What is the oral bioavailability? {=About 20% # right ~About 90% # too high}

                ::Enzymes:: Which enzymes? {
                  ~%50%CYP3A4
                  ~%50%CYP2B6
                  ~%-100%CYP2D6 #no
                }

                Norketamine is active. {T}

                ::Dose:: 0.5 mg/kg for 70 kg in mg? {#35:0.5}

                ::Range:: A number from 1 to 5? {#1..5}

                ::Devices:: Match. {=28 mg -> 1 device =56 mg -> 2 devices =84 mg -> 3 devices}

                ::Wait:: Minutes between devices? {=5 =five}
                """);

        assertThat(problems(result)).containsExactly(
                "in.gift:14:1: question 'Dose': GIFT has no unit; add 'unit' before saving the question",
                "in.gift:16:1: question 'Range': GIFT has no unit; add 'unit' before saving the question");
        List<Question> questions = result.questions();
        assertThat(questions).extracting(Question::id)
                .containsExactly("oral-f", "enzymes", "imported-1", "dose", "range", "devices", "wait");
        assertThat(questions.get(0).answer()).isEqualTo(new SingleChoice(List.of(
                new ChoiceOption("About 20%", true, Optional.of("right")),
                new ChoiceOption("About 90%", false, Optional.of("too high")))));
        assertThat(questions.get(1).answer()).isEqualTo(new MultipleResponse(List.of(ChoiceOption.correct("CYP3A4"),
                ChoiceOption.correct("CYP2B6"), new ChoiceOption("CYP2D6", false, Optional.of("no")))));
        assertThat(questions.get(2).answer()).isEqualTo(TrueFalse.of(true));
        assertThat(questions.get(2).stem()).isEqualTo("Norketamine is active.");
        assertThat(questions.get(3).answer()).isEqualTo(new NumericAnswer(new BigDecimal("35"),
                new BigDecimal("0.5"), ""));
        assertThat(questions.get(4).answer()).isEqualTo(new NumericAnswer(new BigDecimal("3"), new BigDecimal("2"),
                ""));
        assertThat(questions.get(5).answer()).isEqualTo(new Matching(List.of(new MatchPair("28 mg", "1 device"),
                new MatchPair("56 mg", "2 devices"), new MatchPair("84 mg", "3 devices"))));
        assertThat(questions.get(6).answer()).isEqualTo(new ShortText(List.of("5", "five")));
        assertThat(questions).allSatisfy(q -> assertThat(q.objectiveId()).as("GIFT has no objective").isEmpty());
    }

    @Test
    void trueFalseFeedbackIsWrongThenRight() {
        Question question = parse("::tf:: Ketamine is Schedule III. {TRUE#No, it is CIII.#Yes.####Since 1999.}")
                .questions().get(0);
        assertThat(question.answer())
                .isEqualTo(new TrueFalse(true, Optional.of("Yes."), Optional.of("No, it is CIII.")));
        assertThat(question.explanation()).isEqualTo("Since 1999.");
    }

    @Test
    void reportsEveryUnsupportedConstructWithItsLineAndImportsTheRest() {
        ImportResult result = parse("""
                ::Essay:: Describe emergence reactions. {}

                ::Desc:: Just some text with no answers

                ::Missing:: Ketamine is an {=NMDA ~GABA} antagonist.

                ::Multi:: Two numeric answers {#
                  =35:0.5
                  =70:1
                }

                ::Ok:: Fine {=a ~b}

                ::Distractor:: Match {=a -> 1 =b -> 2 = -> 3}

                ::Partial:: Pick {=a ~%50%b ~c}

                ::Html:: [html]<p>Which?</p> {=a ~b}
                """);

        assertThat(result.questions()).extracting(Question::id)
                .containsExactly("multi", "ok", "distractor", "partial", "html");
        assertThat(result.report().summary()).isEqualTo("in.gift: 5 imported (4 with changes), 3 refused");
        assertThat(problems(result)).containsExactly(
                "in.gift:1:1: question 'Essay': not imported: essay questions ({}) have no counterpart in the bank",
                "in.gift:3:1: question 'Desc': not imported: it has no answer block {...}; Moodle reads it as a"
                        + " description, which is no question",
                "in.gift:5:1: question 'Missing': not imported: text after the answer block (the missing-word format)"
                        + " is not supported; put the answers at the end",
                "in.gift:7:1: question 'Multi': GIFT has no unit; add 'unit' before saving the question",
                "in.gift:9:1: question 'Multi': answer 70:1 also earned full credit in Moodle; here only the first"
                        + " full-credit answer is right",
                "in.gift:14:1: question 'Distractor': extra answer '3' (a distractor with no item) dropped: matching"
                        + " here offers only the answers of its items",
                "in.gift:16:1: question 'Partial': partial credit 50% on option 2 ('b') became no credit",
                "in.gift:18:1: question 'Html': option 1 ('a') is HTML; it is imported as written, but the bank"
                        + " needs Markdown and rejects raw HTML",
                "in.gift:18:1: question 'Html': option 2 ('b') is HTML; it is imported as written, but the bank"
                        + " needs Markdown and rejects raw HTML",
                "in.gift:18:1: question 'Html': the question text is HTML; it is imported as written, but the bank"
                        + " needs Markdown and rejects raw HTML");
    }

    @Test
    void reportsTheLineOfAnAnswerBlockThatStartsLater() {
        ImportResult result = parse("\n\n::Long::\nFirst line\nsecond line {\n}\n");
        assertThat(problems(result)).containsExactly(
                "in.gift:5:1: question 'Long': not imported: essay questions ({}) have no counterpart in the bank");
    }

    @Test
    void metadataCommentsFillBankFields() {
        ImportResult result = parse("""
                // @objective pk-routes
                // @tags scenario safety-critical
                // @difficulty hard
                // @expected_seconds 45
                // @unit mg/kg
                // @reference-title Label
                // @reference-url https://example.org
                // @reference-citation Line one\\nline two
                // @colour blue
                ::pk-9:: How much? {#0.5:0.05}
                """);
        Question question = result.questions().get(0);
        assertThat(question.objectiveId()).isEqualTo("pk-routes");
        assertThat(question.tags()).containsExactly("scenario", "safety-critical");
        assertThat(question.expectedSeconds()).hasValue(45);
        assertThat(((NumericAnswer) question.answer()).unit()).isEqualTo("mg/kg");
        assertThat(question.references()).singleElement().satisfies(r -> {
            assertThat(r.url()).contains("https://example.org");
            assertThat(r.citation()).contains("Line one\nline two");
        });
        assertThat(problems(result))
                .containsExactly("in.gift:9:1: question 'pk-9': unknown comment field '@colour'; ignored");
    }

    @Test
    void metadataSeparatedFromItsQuestionIsReportedNotLost() {
        ImportResult result = parse("// @objective pk-routes\n\n::q:: A {=x ~y}\n");
        assertThat(result.questions().get(0).objectiveId()).isEmpty();
        assertThat(problems(result)).containsExactly("in.gift:1:1: '// @' comment fields with no question directly"
                + " below them (a blank line separates them); ignored");
    }

    @Test
    void windowsLineEndingsAndDuplicateTitlesAreHandled() {
        ImportResult result = parse("::Same:: A {=x ~y}\r\n\r\n::Same:: B {=x ~y}\r\n");
        assertThat(result.questions()).extracting(Question::id).containsExactly("same", "same-2");
    }
}

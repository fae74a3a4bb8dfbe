package org.ketaminetraining.bank.interchange.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.interchange.ExportResult;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

class GiftRoundTripTest {

    @Test
    void bankToGiftToBankKeepsEveryQuestionGiftCanHold() {
        List<Question> questions = TestBanks.valid().questions();
        List<Question> supported = questions.stream().filter(q -> q.type() != QuestionType.ORDERING).toList();

        ExportResult exported = GiftExporter.export(questions);
        ImportResult imported = GiftImporter.parse("bank.gift", exported.content());

        assertThat(exported.notExported()).containsExactly(
                "question 'pk-004' (ordering) not exported: GIFT has no ordering questions");
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).containsExactlyElementsOf(supported);
    }

    @Test
    void specialCharactersSurviveBothWays() {
        String nasty = "Dose ~ 0.5 = {half}; see #3: a \\ b\n\nnew paragraph";
        Question question = new Question("esc-1", "o", List.of(), Optional.empty(), OptionalInt.empty(), nasty,
                new SingleChoice(List.of(new ChoiceOption("a=b ~c", true, Optional.of("#1 {ok}: yes")),
                        ChoiceOption.wrong("x -> y"))),
                "Why: {because} ~ = #", List.of(new Reference("T: a | b", Optional.empty(),
                        Optional.of("line one\nline two \\ end"))));

        String gift = GiftExporter.export(List.of(question)).content();

        assertThat(gift).contains("::esc-1::[markdown]Dose \\~ 0.5 \\= \\{half\\}; see \\#3\\: a \\\\ b\\n\\nnew"
                + " paragraph {");
        assertThat(gift).contains("\t=a\\=b \\~c#\\#1 \\{ok\\}\\: yes\n");
        assertThat(gift).doesNotContain("\n\n\t");
        assertThat(GiftImporter.parse("x.gift", gift).questions()).containsExactly(question);
    }

    @Test
    void trueFalseFeedbackMapsByPickedValueWhicheverTheAnswer() {
        for (boolean answer : new boolean[]{true, false}) {
            for (Optional<String> ifTrue : List.of(Optional.<String>empty(), Optional.of("Said true."))) {
                for (Optional<String> ifFalse : List.of(Optional.<String>empty(), Optional.of("Said false."))) {
                    Question question = withAnswer(new TrueFalse(answer, ifTrue, ifFalse));
                    String gift = GiftExporter.export(List.of(question)).content();
                    assertThat(GiftImporter.parse("x.gift", gift).questions()).as(gift).containsExactly(question);
                }
            }
        }
    }

    @Test
    void matchingAndShortTextRoundTrip() {
        Question matching = withAnswer(new Matching(List.of(new MatchPair("a", "1"), new MatchPair("b", "2"),
                new MatchPair("c", "3"))));
        Question shortText = withAnswer(new ShortText(List.of("ketamine", "Ketalar")));
        String gift = GiftExporter.export(List.of(matching, shortText)).content();
        assertThat(GiftImporter.parse("x.gift", gift).questions()).extracting(Question::answer)
                .containsExactly(matching.answer(), shortText.answer());
    }

    @Test
    void matchingWithAnArrowInsideAnItemIsNotExportedButNamed() {
        Question matching = withAnswer(new Matching(List.of(new MatchPair("a -> b", "1"), new MatchPair("c", "2"),
                new MatchPair("d", "3"))));
        ExportResult result = GiftExporter.export(List.of(matching));
        assertThat(result.content()).isEmpty();
        assertThat(result.notExported()).singleElement().asString().contains("contains '->'");
    }

    private static Question withAnswer(org.ketaminetraining.bank.model.AnswerSpec answer) {
        return new Question("q-1", "o", List.of(), Optional.empty(), OptionalInt.empty(), "Stem", answer, "Why",
                List.of(Reference.withUrl("T", "https://example.org")));
    }
}

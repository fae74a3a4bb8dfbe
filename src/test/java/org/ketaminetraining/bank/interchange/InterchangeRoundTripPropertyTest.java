package org.ketaminetraining.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ketaminetraining.bank.interchange.gift.GiftExporter;
import org.ketaminetraining.bank.interchange.gift.GiftImporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlExporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlImporter;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;

/**
 * Export then import gives back every field of every question the format can hold: the record equality of
 * {@link Question} covers the answer data with all feedback, numbers with their scale, and the bank-only fields
 * (objective, tags, difficulty, expected time, unit, references) that the exporters carry in GIFT comments and
 * Moodle XML tags and metadata. Questions a format cannot hold must be named as not exported, never lost quietly.
 */
class InterchangeRoundTripPropertyTest {
    private static final int TRIES = 200;

    @Provide
    Arbitrary<List<Question>> drafts() {
        return ArbitraryQuestions.questions(true);
    }

    @Property(tries = TRIES)
    void giftKeepsEveryQuestionItCanHold(@ForAll("drafts") List<Question> questions) {
        ExportResult exported = GiftExporter.export(questions);
        ImportResult imported = GiftImporter.parse("round-trip.gift", exported.content());

        List<Question> expected = questions.stream().filter(InterchangeRoundTripPropertyTest::giftCanHold).toList();
        assertThat(imported.problems()).as(exported.content()).isEmpty();
        assertThat(imported.questions()).as(exported.content()).containsExactlyElementsOf(expected);
        assertThat(exported.notExported()).hasSize(questions.size() - expected.size());
    }

    @Property(tries = TRIES)
    void moodleXmlKeepsEveryQuestionItCanHold(@ForAll("drafts") List<Question> questions) {
        ExportResult exported = MoodleXmlExporter.export(questions);
        ImportResult imported = MoodleXmlImporter.parse("round-trip.xml", exported.content());

        assertThat(imported.problems()).as(exported.content()).isEmpty();
        assertThat(imported.questions()).as(exported.content()).containsExactlyElementsOf(questions);
        assertThat(exported.notExported()).isEmpty();
    }

    @Property(tries = TRIES)
    void giftKeepsCategories(@ForAll("categorised") Map<String, List<Question>> byCategory) {
        ExportResult exported = GiftExporter.exportCategories(byCategory);
        ImportResult imported = GiftImporter.parse("categories.gift", exported.content());

        assertThat(imported.problems()).as(exported.content()).isEmpty();
        assertThat(imported.categories()).as(exported.content()).isEqualTo(expectedCategories(byCategory, true));
    }

    @Property(tries = TRIES)
    void moodleXmlKeepsCategories(@ForAll("categorised") Map<String, List<Question>> byCategory) {
        ExportResult exported = MoodleXmlExporter.exportCategories(byCategory);
        ImportResult imported = MoodleXmlImporter.parse("categories.xml", exported.content());

        assertThat(imported.problems()).as(exported.content()).isEmpty();
        assertThat(imported.categories()).as(exported.content()).isEqualTo(expectedCategories(byCategory, false));
    }

    /** Questions spread over one to three categories; ids stay unique across all of them. */
    @Provide
    Arbitrary<Map<String, List<Question>>> categorised() {
        Arbitrary<List<String>> names = ArbitraryQuestions.kebabId().list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements();
        return names.flatMap(categories -> ArbitraryQuestions.questions(true).map(questions -> {
            Map<String, List<Question>> byCategory = new LinkedHashMap<>();
            for (int index = 0; index < categories.size(); index++) {
                int category = index;
                byCategory.put(categories.get(index), questions.stream()
                        .filter(q -> questions.indexOf(q) % categories.size() == category).toList());
            }
            return byCategory;
        }));
    }

    @Example
    void giftNamesAShortTextAnswerWithAnArrowAsNotExported() {
        Question arrow = draft("arrow", new ShortText(List.of("a -> b")));

        ExportResult exported = GiftExporter.export(List.of(arrow));

        assertThat(exported.content()).isEmpty();
        assertThat(exported.notExported()).singleElement().asString().contains("'->'");
    }

    /** Found by the property: GIFT read a leading "%50%" as a weight, so "=%50%" lost its text and its credit. */
    @Example
    void giftKeepsAnswersThatBeginLikeAWeight() {
        List<Question> questions = List.of(
                draft("w-1", new ShortText(List.of("%50%", "%-5.5% off"))),
                draft("w-2", new SingleChoice(List.of(ChoiceOption.wrong("%50%"), ChoiceOption.correct("%100%x")))),
                draft("w-3", new Matching(List.of(new MatchPair("%1%", "a"), new MatchPair("b", "%2%"),
                        new MatchPair("c", "d")))));

        ImportResult imported = GiftImporter.parse("w.gift", GiftExporter.export(questions).content());

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).containsExactlyElementsOf(questions);
    }

    /** Found by the property: a private-use character in the text came back as one of GIFT's special characters. */
    @Example
    void giftKeepsPrivateUseCharacters() {
        List<Question> questions = List.of(draft("pua", new SingleChoice(List.of(ChoiceOption.correct("\uE001"),
                ChoiceOption.wrong("icon \uE010\uE011 here")))));

        ImportResult imported = GiftImporter.parse("p.gift", GiftExporter.export(questions).content());

        assertThat(imported.questions()).containsExactlyElementsOf(questions);
    }

    private static Question draft(String id, AnswerSpec answer) {
        return new Question(id, "", List.of(), Optional.empty(), OptionalInt.empty(), "Stem", answer, "Why",
                List.of());
    }

    private static Map<String, String> expectedCategories(Map<String, List<Question>> byCategory, boolean gift) {
        Map<String, String> expected = new LinkedHashMap<>();
        byCategory.forEach((category, questions) -> questions.stream()
                .filter(q -> !gift || giftCanHold(q))
                .forEach(q -> expected.put(q.id(), category)));
        return expected;
    }

    /** GIFT has no ordering type, and no escape for the '->' that separates a matching pair. */
    private static boolean giftCanHold(Question question) {
        if (question.answer() instanceof Matching matching) {
            return matching.pairs().stream().noneMatch(p -> p.left().contains("->") || p.right().contains("->"));
        }
        if (question.answer() instanceof ShortText shortText) {
            return shortText.accepted().stream().noneMatch(a -> a.contains("->"));
        }
        return question.type() != QuestionType.ORDERING;
    }
}

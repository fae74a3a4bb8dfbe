package org.ketaminetraining.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ketaminetraining.bank.markdown.MarkdownSafetyCheck;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.AnswerText;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Generators of questions and modules that the bank rules accept, built from text fragments chosen to trip up each
 * format: GIFT's special characters, YAML indicators and look-alikes of numbers and booleans, Markdown emphasis,
 * line breaks and characters outside ASCII. Text is always tidy (no surrounding whitespace), because every reader
 * trims it; anything else would test the trimming, not the format.
 */
public final class ArbitraryQuestions {
    private static final List<String> FRAGMENTS = List.of(
            "dose", "mg", "ketamine", "0.5", "1", "~", "=", "#", "{", "}", ":", "\\", "\\n", "\n", "\n\n", " ", "  ",
            "\t", "é", "Ä", "中文", "💉", "\u00A0", "**bold**", "*italic*", "_under_", "`code`", "%50%", "-", ">",
            "->", "null", "true", "5", "- ", "'", "\"", "&", "::", "####", "//", "$CATEGORY:", "[markdown]", "TRUE",
            "T", "|", "@", "% ", "=%100%",
            // private-use characters, which an icon font may put in text and a parser may use internally
            "\uE001", "\uE010", "\uE011");

    private ArbitraryQuestions() {
    }

    /** Tidy, non-blank text of one to eight fragments. */
    public static Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts).strip())
                .filter(text -> !text.isEmpty());
    }

    /**
     * Text for the fields the bank reads as Markdown, which its rules must accept: "[markdown]" at the start of a
     * line followed by ":" is a link reference definition, whose target ("true-", say) the rules rightly refuse,
     * and such a draw is no valid question (it once failed a test run at random).
     */
    public static Arbitrary<String> markdownText() {
        return text().filter(text -> MarkdownSafetyCheck.check(text).isEmpty());
    }

    public static Arbitrary<String> kebabId() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(6);
        return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    }

    /** Questions of every type with ids unique in the list; drafts may lack an objective and references. */
    public static Arbitrary<List<Question>> questions(boolean drafts) {
        Arbitrary<String> objective = drafts ? Arbitraries.oneOf(Arbitraries.just(""), kebabId()) : kebabId();
        return question(objective, drafts).list().ofMinSize(1).ofMaxSize(4).uniqueElements(Question::id);
    }

    /** A module the bank's own parser accepts: every question serves one of its objectives. */
    public static Arbitrary<BankModule> validModule() {
        Arbitrary<List<Objective>> objectives = Combinators.combine(kebabId(), text()).as(Objective::new)
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(Objective::id);
        return objectives.flatMap(list -> {
            Arbitrary<String> objective = Arbitraries.of(list.stream().map(Objective::id).toList());
            Arbitrary<List<Question>> questions = question(objective, false).list().ofMinSize(0).ofMaxSize(5)
                    .uniqueElements(Question::id);
            return Combinators.combine(kebabId(), text(), text().optional(), questions)
                    .as((id, title, description, qs) -> new BankModule(id, title, description, list, qs));
        });
    }

    static Arbitrary<Question> question(Arbitrary<String> objective, boolean drafts) {
        Arbitrary<List<String>> tags = kebabId().list().ofMaxSize(3).uniqueElements();
        Arbitrary<Optional<Difficulty>> difficulty = Arbitraries.of(Difficulty.class).optional();
        Arbitrary<OptionalInt> seconds = Arbitraries.integers().between(1, 3600).optional()
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Arbitrary<List<Reference>> references = reference().list().ofMinSize(drafts ? 0 : 1).ofMaxSize(2);
        return Combinators.combine(kebabId(), objective, tags, difficulty, seconds, markdownText(), answer(),
                markdownText())
                .flatAs((id, obj, tagList, level, time, stem, answer, explanation) -> references
                        .map(refs -> new Question(id, obj, tagList, level, time, stem, answer, explanation, refs)));
    }

    static Arbitrary<Reference> reference() {
        Arbitrary<Optional<String>> url = kebabId().map(path -> "https://example.org/" + path).optional();
        return Combinators.combine(text(), url, text().optional())
                .as((title, link, citation) -> link.isEmpty() && citation.isEmpty()
                        ? new Reference(title, Optional.of("https://example.org/"), Optional.empty())
                        : new Reference(title, link, citation));
    }

    public static Arbitrary<AnswerSpec> answer() {
        return Arbitraries.oneOf(singleChoice(), multipleResponse(), trueFalse(), numeric(), ordering(), matching(),
                shortText());
    }

    private static Arbitrary<List<String>> distinct(Arbitrary<String> texts, int min, int max) {
        return texts.list().ofMinSize(min).ofMaxSize(max).uniqueElements(AnswerText::normalise);
    }

    private static Arbitrary<AnswerSpec> singleChoice() {
        return Combinators.combine(distinct(markdownText(), 2, 8), markdownText().optional().list().ofSize(8),
                Arbitraries.integers().between(0, 7))
                .as((texts, feedback, correct) -> new SingleChoice(IntStream.range(0, texts.size())
                        .mapToObj(i -> new ChoiceOption(texts.get(i), i == correct % texts.size(), feedback.get(i)))
                        .toList()));
    }

    private static Arbitrary<AnswerSpec> multipleResponse() {
        return Combinators.combine(distinct(markdownText(), 2, 8), markdownText().optional().list().ofSize(8),
                Arbitraries.of(true, false).list().ofSize(8))
                .as((texts, feedback, correct) -> {
                    List<ChoiceOption> options = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        // the first option is always correct so that at least one is
                        options.add(new ChoiceOption(texts.get(i), i == 0 || correct.get(i), feedback.get(i)));
                    }
                    return new MultipleResponse(options);
                });
    }

    private static Arbitrary<AnswerSpec> trueFalse() {
        return Combinators.combine(Arbitraries.of(true, false), markdownText().optional(),
                markdownText().optional())
                .as(TrueFalse::new);
    }

    /** Decimals with up to four places, positive and negative, and tolerances from exact to wide. */
    private static Arbitrary<AnswerSpec> numeric() {
        Arbitrary<BigDecimal> answer = Combinators.combine(Arbitraries.longs().between(-10_000_000, 10_000_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> tolerance = Combinators.combine(Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        return Combinators.combine(answer, tolerance, text()).as(NumericAnswer::new);
    }

    private static Arbitrary<AnswerSpec> ordering() {
        return distinct(markdownText(), 3, 8).map(Ordering::new);
    }

    private static Arbitrary<AnswerSpec> matching() {
        return Combinators.combine(distinct(markdownText(), 3, 8), distinct(markdownText(), 8, 8))
                .as((lefts, rights) -> new Matching(IntStream.range(0, lefts.size())
                        .mapToObj(i -> new MatchPair(lefts.get(i), rights.get(i))).toList()));
    }

    private static Arbitrary<AnswerSpec> shortText() {
        return distinct(text(), 1, 4).map(ShortText::new);
    }
}

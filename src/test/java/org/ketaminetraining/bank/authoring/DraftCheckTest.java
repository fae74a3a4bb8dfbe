package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;

class DraftCheckTest {
    private static BankSnapshot bank;

    @BeforeAll
    static void load() {
        BankLoadResult result = BankLoader.load(Path.of("questions"));
        assertThat(result.problems()).isEmpty();
        bank = result.snapshot().orElseThrow();
    }

    static CheckContext context(BankModule module, String ownId) {
        Set<String> taken = new HashSet<>();
        bank.modules().forEach(m -> m.questions().forEach(q -> taken.add(q.id())));
        taken.remove(ownId);
        return new CheckContext(module.id(), module.title(), module.objectives(), bank.tags(), taken);
    }

    private static BankModule moduleOf(QuestionType type) {
        return bank.modules().stream().filter(m -> m.questions().stream().anyMatch(q -> q.type() == type))
                .findFirst().orElseThrow();
    }

    private static Question questionOf(QuestionType type) {
        return moduleOf(type).questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private static List<FieldProblem> problems(QuestionType type, UnaryOperator<DraftQuestion> change) {
        Question question = questionOf(type);
        BankModule module = moduleOf(type);
        DraftQuestion draft = change.apply(DraftConversion.fromQuestion(module.id(), question));
        return DraftCheck.check(draft, context(module, question.id())).problems();
    }

    @Test
    void everyShippedQuestionPassesAndComesBackAsTheFileParserReadIt() {
        Set<QuestionType> seen = EnumSet.noneOf(QuestionType.class);
        for (BankModule module : bank.modules()) {
            for (Question question : module.questions()) {
                DraftCheckResult result = DraftCheck.check(DraftConversion.fromQuestion(module.id(), question),
                        context(module, question.id()));
                assertThat(result.problems()).as(question.id()).isEmpty();
                assertThat(result.question()).as(question.id()).contains(question);
                seen.add(question.type());
            }
        }
        assertThat(seen).isEqualTo(EnumSet.allOf(QuestionType.class));
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void aBlankDraftGetsOneProblemPerMissingRequiredField(QuestionType type) {
        BankModule module = moduleOf(type);
        DraftCheckResult result = DraftCheck.check(DraftQuestion.blank("", module.id(), type), context(module, ""));
        List<String> fields = result.problems().stream().map(FieldProblem::field).toList();
        List<String> expected = new ArrayList<>(List.of("id", "objectiveId", "stem"));
        expected.addAll(switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> List.of("options");
            case TRUE_FALSE -> List.of("trueFalseAnswer");
            case NUMERIC -> List.of("numericAnswer", "tolerance", "unit");
            case ORDERING -> List.of("orderingItems");
            case MATCHING -> List.of("pairs");
            case SHORT_TEXT -> List.of("accepted");
        });
        expected.addAll(List.of("explanation", "references"));
        assertThat(fields).as(result.problems().toString()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.question()).isEmpty();
    }

    @Test
    void twoCorrectOptionsInASingleChoiceNameTheOptions() {
        List<FieldProblem> problems = problems(QuestionType.SINGLE_CHOICE, draft -> with(draft, options(draft)));
        assertThat(problems).containsExactly(new FieldProblem("options",
                "A single-choice question needs exactly one correct option, found 2."));
    }

    @Test
    void aToleranceThatIsNotANumberNamesTheTolerance() {
        assertThat(problems(QuestionType.NUMERIC, d -> copy(d).tolerance("abc").build())).containsExactly(
                new FieldProblem("tolerance", "Must be a decimal number, found the text 'abc'."));
        assertThat(problems(QuestionType.NUMERIC, d -> copy(d).numericAnswer("0,5").tolerance("-1").build()))
                .extracting(FieldProblem::field).containsExactly("numericAnswer", "tolerance");
    }

    @Test
    void anUnknownTagNamesThatTagWithTheClosestKnownOne() {
        List<FieldProblem> found = problems(QuestionType.TRUE_FALSE,
                d -> copy(d).tags(List.of("racemic", "safety-critcal")).build());
        assertThat(found).containsExactly(new FieldProblem("tags[1]",
                "Unknown tag 'safety-critcal' (not in tags.yaml); did you mean 'safety-critical'?"));
    }

    @Test
    void rawHtmlInTheStemNamesTheStemEvenOnALaterLine() {
        List<FieldProblem> found = problems(QuestionType.SINGLE_CHOICE,
                d -> copy(d).stem("Which dose?\n\nSee <script>alert(1)</script> below.").build());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).field()).isEqualTo("stem");
        assertThat(found.get(0).message()).isEqualTo(
                "Contains raw HTML '<script>'; write Markdown instead (raw HTML is never shown to learners).");
    }

    @Test
    void anUnsafeLinkInAnOptionsFeedbackNamesThatFeedback() {
        List<FieldProblem> found = problems(QuestionType.MULTIPLE_RESPONSE, d -> {
            List<DraftQuestion.Option> options = new ArrayList<>(d.options());
            DraftQuestion.Option second = options.get(1);
            options.set(1, new DraftQuestion.Option(second.text(), second.correct(), "[see](javascript:alert(1))"));
            return with(d, options);
        });
        assertThat(found).extracting(FieldProblem::field).containsExactly("options[1].feedback");
        assertThat(found.get(0).message()).contains("links must start with https://");
    }

    @Test
    void aMatchingWithTwoEqualRightsNamesTheLaterRight() {
        List<FieldProblem> found = problems(QuestionType.MATCHING, d -> {
            List<DraftQuestion.Pair> pairs = new ArrayList<>(d.pairs());
            pairs.set(2, new DraftQuestion.Pair(pairs.get(2).left(), " " + pairs.get(0).right().toUpperCase() + " "));
            return copy(d).pairs(pairs).build();
        });
        assertThat(found).containsExactly(new FieldProblem("pairs[2].right", "Repeats pair 1."));
    }

    @Test
    void anOrderingWithTwoItemsNamesTheItems() {
        List<FieldProblem> found = problems(QuestionType.ORDERING,
                d -> copy(d).orderingItems(d.orderingItems().subList(0, 2)).build());
        assertThat(found).containsExactly(
                new FieldProblem("orderingItems", "An ordering question needs 3 to 8 items, found 2."));
    }

    @Test
    void anIdAnotherQuestionHasNamesTheId() {
        Question other = bank.modules().get(1).questions().get(0);
        List<FieldProblem> found = problems(QuestionType.SHORT_TEXT, d -> copy(d).id(other.id()).build());
        assertThat(found).extracting(FieldProblem::field).containsExactly("id");
        assertThat(found.get(0).message()).contains("Another question already has the id '" + other.id() + "'");
    }

    @Test
    void referenceProblemsNameTheReferenceField() {
        List<FieldProblem> found = problems(QuestionType.SINGLE_CHOICE, d -> copy(d).references(List.of(
                new DraftQuestion.Reference("Label", "ftp://example.org/x", ""),
                new DraftQuestion.Reference("", "", "Fact base S1"),
                new DraftQuestion.Reference("Only a title", "", ""))).build());
        assertThat(found).extracting(FieldProblem::field)
                .containsExactly("references[0].url", "references[1].title", "references[2].url");
        assertThat(found.get(0).message()).isEqualTo(
                "Must be a web address starting with https:// or http://, found 'ftp://example.org/x'.");
        assertThat(found.get(1).message()).isEqualTo("This field is required.");
        assertThat(found.get(2).message()).isEqualTo("Needs a 'url' or a 'citation' (or both).");
    }

    @Test
    void typedValuesOfTheWrongKindNameTheirFields() {
        List<FieldProblem> found = problems(QuestionType.TRUE_FALSE, d -> copy(d).trueFalseAnswer("maybe")
                .difficulty("hardest").expectedSeconds("0").objectiveId("no-such-objective").id("Dose 1").build());
        assertThat(found).extracting(FieldProblem::field)
                .containsExactly("id", "objectiveId", "difficulty", "expectedSeconds", "trueFalseAnswer");
        assertThat(found.get(0).message()).isEqualTo(
                "Must be lower-case letters and digits joined by hyphens (like 'pk-001'), found 'Dose 1'.");
        assertThat(found.get(4).message()).isEqualTo("Must be true or false, found the text 'maybe'.");
    }

    @Test
    void anEmptyOptionAndARepeatedOneNameTheirTexts() {
        List<FieldProblem> found = problems(QuestionType.SINGLE_CHOICE, d -> {
            List<DraftQuestion.Option> options = new ArrayList<>(d.options());
            options.set(1, new DraftQuestion.Option(" ", false, ""));
            options.set(2, new DraftQuestion.Option(options.get(0).text(), false, ""));
            return with(d, options);
        });
        assertThat(found).containsExactly(new FieldProblem("options[1].text", "This field is required."),
                new FieldProblem("options[2].text", "Repeats the text of option 1."));
    }

    @Test
    void aDraftOverItsBoundsGetsOnlyTheBoundsProblemsAndFast() {
        String megabyte = "x".repeat(1 << 20);
        Question question = questionOf(QuestionType.SINGLE_CHOICE);
        BankModule module = moduleOf(QuestionType.SINGLE_CHOICE);
        DraftQuestion draft = copy(DraftConversion.fromQuestion(module.id(), question)).stem(megabyte).build();
        CheckContext context = context(module, question.id());
        long start = System.nanoTime();
        DraftCheckResult result = DraftCheck.check(draft, context);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.problems()).containsExactly(new FieldProblem("stem",
                "Too long: 1,048,576 characters where at most 8,000 are allowed."));
        assertThat(millis).as("milliseconds to refuse a 1 MB stem").isLessThan(500);
    }

    @Test
    void aDraftOfAnotherModuleIsACallersMistake() {
        BankModule module = moduleOf(QuestionType.NUMERIC);
        DraftQuestion draft = DraftQuestion.blank("x-1", "not-" + module.id(), QuestionType.NUMERIC);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DraftCheck.check(draft, context(module, "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static DraftBuilder copy(DraftQuestion draft) {
        return new DraftBuilder(draft);
    }

    private static DraftQuestion with(DraftQuestion d, List<DraftQuestion.Option> options) {
        return new DraftQuestion(d.id(), d.moduleId(), d.type(), d.objectiveId(), d.tags(), d.difficulty(),
                d.expectedSeconds(), d.stem(), options, d.trueFalseAnswer(), d.feedbackTrue(), d.feedbackFalse(),
                d.numericAnswer(), d.tolerance(), d.unit(), d.orderingItems(), d.pairs(), d.accepted(),
                d.explanation(), d.references());
    }

    private static List<DraftQuestion.Option> options(DraftQuestion draft) {
        List<DraftQuestion.Option> options = new ArrayList<>(draft.options());
        int wrong = options.stream().filter(o -> !o.correct()).findFirst().map(options::indexOf).orElseThrow();
        DraftQuestion.Option option = options.get(wrong);
        options.set(wrong, new DraftQuestion.Option(option.text(), true, option.feedback()));
        return options;
    }
}

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
                "single_choice needs exactly one correct option, found 2."));
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

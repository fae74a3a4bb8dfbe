package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ketaminetraining.bank.interchange.ArbitraryQuestions;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Tag;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * The check agrees with the file import: a question any valid module file could hold passes as a draft and comes
 * back equal; whatever a draft holds, the check never fails, ties every problem to one of the draft's fields, and a
 * question it accepts is one a module file holds and reads back unchanged.
 */
class DraftCheckPropertyTest {
    private static final Pattern FIELD = Pattern.compile("(id|type|objectiveId|tags\\[\\d+]|difficulty"
            + "|expectedSeconds|stem|options|options\\[\\d+]\\.(text|correct|feedback)|trueFalseAnswer|feedbackTrue"
            + "|feedbackFalse|numericAnswer|tolerance|unit|orderingItems|orderingItems\\[\\d+]|pairs"
            + "|pairs\\[\\d+]\\.(left|right)|accepted|accepted\\[\\d+]|explanation|references"
            + "|references\\[\\d+]\\.(title|url|citation))");
    private static final List<Objective> OBJECTIVES = List.of(new Objective("obj-a", "A"), new Objective("b", "B"));

    @Provide
    Arbitrary<BankModule> modules() {
        return ArbitraryQuestions.validModule().filter(module -> !module.questions().isEmpty());
    }

    @Provide
    Arbitrary<DraftQuestion> drafts() {
        return ArbitraryDrafts.drafts();
    }

    @Property(tries = 300)
    void everyQuestionOfAValidModulePassesAsADraftAndComesBackEqual(@ForAll("modules") BankModule module) {
        Set<String> tags = new LinkedHashSet<>();
        module.questions().forEach(question -> tags.addAll(question.tags()));
        CheckContext context = new CheckContext(module.id(), module.title(), module.objectives(),
                new TagVocabulary(tags.stream().map(tag -> new Tag(tag, "t")).toList()), Set.of());
        for (Question question : module.questions()) {
            DraftCheckResult result = DraftCheck.check(DraftConversion.fromQuestion(module.id(), question), context);
            assertThat(result.problems()).isEmpty();
            assertThat(result.question()).contains(question);
        }
    }

    @Property(tries = 1000)
    void anyDraftGetsFieldProblemsOrAQuestionTheFilesHoldUnchanged(@ForAll("drafts") DraftQuestion draft) {
        TagVocabulary vocabulary = new TagVocabulary(List.of(new Tag("racemic", "r"), new Tag("5", "five")));
        CheckContext context = new CheckContext("m", "Module", OBJECTIVES, vocabulary, Set.of("taken-1"));
        DraftQuestion inModule = new DraftBuilder(draft).build();
        DraftCheckResult result = DraftCheck.check(new DraftQuestion(inModule.id(), "", inModule.type(),
                inModule.objectiveId(), inModule.tags(), inModule.difficulty(), inModule.expectedSeconds(),
                inModule.stem(), inModule.options(), inModule.trueFalseAnswer(), inModule.feedbackTrue(),
                inModule.feedbackFalse(), inModule.numericAnswer(), inModule.tolerance(), inModule.unit(),
                inModule.orderingItems(), inModule.pairs(), inModule.accepted(), inModule.explanation(),
                inModule.references()), context);
        for (FieldProblem problem : result.problems()) {
            assertThat(problem.field()).as(problem.message()).matches(FIELD);
            assertThat(problem.message()).doesNotStartWith("question ").doesNotContain("m.yaml");
        }
        result.question().ifPresent(question -> {
            BankModule module = new BankModule("m", "Module", Optional.empty(), OBJECTIVES, List.of(question));
            assertThat(ModuleFileParser.parse(new SourceFile("m.yaml", BankYamlWriter.writeModule(module)), "m",
                    Optional.of(vocabulary)).module()).contains(module);
        });
    }
}

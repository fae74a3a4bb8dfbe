package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.certification.rules.AssessmentDraw;

/**
 * The demo programme in questions/demo, as demo mode (KT_DEMO=true) loads it on top of questions/: short enough to
 * certify in minutes, and absent when the overlay is not loaded. The item-writing standards of the shipped bank are
 * checked over the demo items by {@link ShippedBankTest}.
 */
class ShippedDemoOverlayTest {

    private static final Path QUESTIONS = Path.of("questions");
    private static final String PROGRAMME = "demo-ketamine-essentials";
    private static final List<String> MODULES = List.of("demo-essentials-pharmacology", "demo-essentials-safety");
    private static BankLoadResult withDemo;
    private static BankSnapshot bank;

    @BeforeAll
    static void load() {
        withDemo = BankLoader.load(QUESTIONS, Optional.of(QUESTIONS.resolve("demo")));
        assertThat(withDemo.problems()).as("problems in questions/ with questions/demo").isEmpty();
        bank = withDemo.snapshot().orElseThrow();
    }

    private static List<Question> demoQuestions() {
        return MODULES.stream().flatMap(m -> bank.module(m).orElseThrow().questions().stream()).toList();
    }

    @Test
    void theDemoProgrammeComesAfterTheMainProgrammesWithItsEightQuestions() {
        BankSnapshot main = BankLoader.load(QUESTIONS).snapshot().orElseThrow();
        assertThat(bank.curriculum().version()).isEqualTo(main.curriculum().version());
        assertThat(bank.curriculum().programmes()).hasSize(main.curriculum().programmes().size() + 1)
                .startsWith(main.curriculum().programmes().toArray(Programme[]::new));
        assertThat(bank.curriculum().programmes().get(bank.curriculum().programmes().size() - 1).id())
                .isEqualTo(PROGRAMME);
        assertThat(withDemo.questionCount()).isEqualTo(main.questions().size() + 8);
        assertThat(demoQuestions()).hasSize(8).extracting(Question::id).allMatch(id -> id.startsWith("demo-"));
        assertThat(bank.questions()).filteredOn(q -> q.id().startsWith("demo-")).hasSize(8);
    }

    @Test
    void withoutTheOverlayThereIsNoDemoProgrammeAndNoDemoQuestion() {
        BankSnapshot main = BankLoader.load(QUESTIONS).snapshot().orElseThrow();
        assertThat(main.curriculum().programme(PROGRAMME)).isEmpty();
        assertThat(main.modules()).extracting(m -> m.id()).doesNotContainAnyElementsOf(MODULES);
        assertThat(main.questions()).extracting(Question::id).noneMatch(id -> id.startsWith("demo-"));
    }

    @Test
    void theDemoProgrammeCertifiesInMinutes() {
        Programme demo = bank.curriculum().programme(PROGRAMME).orElseThrow();
        assertThat(demo.title()).isEqualTo("Ketamine essentials (demo)");
        assertThat(demo.requiredModules()).containsExactlyElementsOf(MODULES);
        assertThat(demo.desiredRetention()).isEqualTo(0.90);
        assertThat(demo.minimumSpacingDays()).isZero();
        assertThat(demo.assessment()).isEqualTo(AssessmentBlueprint.ofTotal(5, 0.8, true, 3, 0, OptionalInt.of(30)));
        assertThat(demo.assessment().itemCounts(2)).containsExactly(3, 2);
        assertThat(demo.renewalAssessment()).isEmpty();
        assertThat(demo.validityMonths()).isEqualTo(24);
        assertThat(demo.renewalWindowDays()).isEqualTo(60);
        assertThat(demo.contactHours()).isEqualTo(OptionalDouble.of(0.5));
        assertThat(demo.provider()).contains("Ketamine Training (demo)");
    }

    @Test
    void theFinalAssessmentDrawsThreeAndTwoOfTheDemoQuestions() {
        Programme demo = bank.curriculum().programme(PROGRAMME).orElseThrow();
        Map<String, List<String>> published = MODULES.stream().collect(Collectors.toMap(m -> m,
                m -> bank.module(m).orElseThrow().questions().stream().map(Question::id).toList()));
        AssessmentDraw draw = AssessmentDraw.finalAssessment(demo, published, new SplittableRandom(1));
        assertThat(draw.itemsByModule().get(MODULES.get(0))).hasSize(3);
        assertThat(draw.itemsByModule().get(MODULES.get(1))).hasSize(2);
    }

    @Test
    void twoModulesOfFourMixedQuestionsWithSafetyCriticalItems() {
        for (String module : MODULES) {
            assertThat(bank.module(module).orElseThrow().questions()).as(module).hasSize(4);
        }
        assertThat(demoQuestions()).extracting(Question::type).contains(QuestionType.SINGLE_CHOICE,
                QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_RESPONSE, QuestionType.NUMERIC);
        assertThat(demoQuestions()).filteredOn(Question::isSafetyCritical).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDemoItemCitesTheFactBaseAndGivesFeedbackOnEveryWrongAnswer() {
        for (Question q : demoQuestions()) {
            assertThat(q.references()).as(q.id()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.url()).as(q.id() + " reference url").isPresent();
                assertThat(r.citation()).as(q.id() + " reference citation")
                        .hasValueSatisfying(c -> assertThat(c).startsWith("Fact base S"));
            });
            assertThat(q.difficulty()).as(q.id()).isPresent();
            assertThat(q.expectedSeconds()).as(q.id()).isPresent();
            for (ChoiceOption option : q.answer().choiceOptions()) {
                if (!option.correct()) {
                    assertThat(option.feedback()).as(q.id() + ": " + option.text()).isPresent();
                }
            }
            if (q.answer() instanceof TrueFalse tf) {
                assertThat(tf.feedbackTrue()).as(q.id()).isPresent();
                assertThat(tf.feedbackFalse()).as(q.id()).isPresent();
            }
        }
    }

}

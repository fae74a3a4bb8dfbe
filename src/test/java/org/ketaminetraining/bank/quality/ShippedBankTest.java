package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.SingleChoice;

/**
 * The quality gate for the bank that ships in questions/: it must validate, and it must meet the item-writing
 * standards the certification depends on. A broken or weakened bank fails the build. The item-writing checks also
 * run over the bank with the demo overlay (questions/demo) loaded on top, as demo mode loads it, so that the demo
 * items meet the same standards and do not repeat a stem of the main bank; the size and mix checks are for the
 * main bank alone.
 */
class ShippedBankTest {

    private static BankSnapshot bank;
    private static BankQuality quality;
    private static BankSnapshot withDemo;
    private static BankQuality withDemoQuality;
    private static final Set<String> HEDGE_MODULES = Set.of("mechanism", "evidence", "holistic-care");
    private static final double SAME_FACT = 0.40;
    private static final List<String> CLINICAL_MODULES = List.of("dosing", "administration-monitoring",
            "adverse-effects", "contraindications-interactions");

    @BeforeAll
    static void load() {
        bank = ShippedBank.main();
        quality = BankQuality.of(bank, 0.5);
        withDemo = ShippedBank.withDemo();
        withDemoQuality = BankQuality.of(withDemo, 0.5);
    }

    @Test
    void atLeast300ItemsInNineModulesOfAtLeast24() {
        assertThat(quality.questions()).isGreaterThanOrEqualTo(300);
        assertThat(quality.questionsPerModule()).containsOnlyKeys("products-regulation", "mechanism",
                "pharmacokinetics", "dosing", "administration-monitoring", "adverse-effects",
                "contraindications-interactions", "evidence", "holistic-care");
        assertThat(quality.questionsPerModule().values()).allMatch(n -> n >= 24);
    }

    /**
     * The clinical modules teach decisions about a patient, so at least 60% of their items are scenarios (a short
     * vignette, then a decision), and each of them asks for numeric dose or rate calculations: at least two
     * calculation items per clinical module, and rates (a unit per hour or per minute) among them.
     */
    @Test
    void theClinicalModulesAreMostlyScenariosWithCalculationsInEach() {
        long items = 0;
        long scenarios = 0;
        long rates = 0;
        for (String module : CLINICAL_MODULES) {
            List<Question> questions = bank.module(module).orElseThrow().questions();
            items += questions.size();
            scenarios += questions.stream().filter(q -> q.hasTag("scenario")).count();
            List<NumericAnswer> calculations = questions.stream().filter(q -> q.hasTag("calculation"))
                    .map(Question::answer).filter(NumericAnswer.class::isInstance).map(NumericAnswer.class::cast)
                    .toList();
            assertThat(calculations).as("numeric calculation items in " + module).hasSizeGreaterThanOrEqualTo(2);
            rates += calculations.stream()
                    .filter(a -> a.unit() != null && a.unit().matches(".*/\\s*(h|hr|hour|min)\\b.*"))
                    .count();
        }
        assertThat((double) scenarios / items).as(scenarios + " scenarios of " + items + " clinical items")
                .isGreaterThanOrEqualTo(0.60);
        assertThat(rates).as("rate calculations in the clinical modules").isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyItemHasAReferenceWithAnAddressAndAnExplanation() {
        for (Question q : withDemo.questions()) {
            assertThat(q.references()).as(q.id()).isNotEmpty();
            assertThat(q.references()).as(q.id()).allMatch(r -> !r.title().isBlank()
                    && (r.url().isPresent() || r.citation().isPresent()));
            assertThat(q.explanation().strip().length()).as(q.id() + " explanation").isGreaterThan(80);
        }
    }

    @Test
    void theMixHoldsScenariosCalculationsSelectAllAndSafetyCriticalItems() {
        assertThat(quality.scenario()).as("scenario items").isGreaterThanOrEqualTo(quality.questions() / 4);
        assertThat(quality.safetyCritical()).as("safety-critical items").isGreaterThanOrEqualTo(40);
        assertThat(bank.questions().stream().filter(q -> q.type().name().equals("NUMERIC")
                && q.hasTag("calculation")).count()).as("numeric dose calculations").isGreaterThanOrEqualTo(8);
        for (String module : List.of("administration-monitoring", "contraindications-interactions")) {
            assertThat(bank.module(module).orElseThrow().questions().stream()
                    .filter(q -> q.answer() instanceof MultipleResponse)).as("select-all in " + module).isNotEmpty();
        }
        for (String module : List.of("dosing", "administration-monitoring", "adverse-effects",
                "contraindications-interactions")) {
            assertThat(bank.module(module).orElseThrow().questions().stream().filter(Question::isSafetyCritical)
                    .count()).as("safety-critical items in " + module).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theKeyIsNotACueByLengthOrPosition() {
        for (BankQuality measured : List.of(quality, withDemoQuality)) {
            assertThat(measured.keyIsLongestShare()).as(measured.toString()).isLessThan(0.40);
            assertThat(measured.largestKeyPositionShare()).as(measured.toString()).isLessThanOrEqualTo(0.35);
        }
    }

    @Test
    void noTwoStemsAreNearDuplicates() {
        assertThat(withDemoQuality.similarStems()).as(withDemoQuality.toString()).isEmpty();
    }

    /**
     * Absolute words ("always", "never", "only", "all", "none", "must") are no commoner in distractors than in
     * keys, so they do not mark a wrong option; and no more than 1.5 times commoner in keys, so that rewriting
     * the distractors has not turned them into a marker of the key instead.
     */
    @Test
    void absoluteWordsMarkNeitherTheKeyNorTheDistractors() {
        for (BankSnapshot measured : List.of(bank, withDemo)) {
            CueWords cues = CueWords.of(measured.modules(), HEDGE_MODULES);
            assertThat(cues.absoluteWordsGiveNothingAway()).as(cues.toString()).isTrue();
            assertThat(cues.absoluteInKeys().value()).as(cues.toString())
                    .isLessThanOrEqualTo(1.5 * cues.absoluteInDistractors().value());
        }
    }

    /**
     * Where the content is the evidence (mechanism, evidence, holistic care), a hedged key ("mixed", "limited",
     * "not established" ...) is the test-wise learner's cue. The share of hedged keys is at most 1.5 times the
     * share of hedged distractors (a ratio, not a flat cap: hedging is often the truth in these modules, so it is
     * kept in keys and matched by hedged wrong options), and hedged distractors are not so common that hedging
     * marks an option as wrong (ratio at least 1/1.5).
     */
    @Test
    void hedgesDoNotMarkTheKeyInMechanismEvidenceAndHolisticCare() {
        CueWords cues = CueWords.of(bank.modules(), HEDGE_MODULES);
        assertThat(cues.hedgeRatio()).as(cues.toString()).isLessThanOrEqualTo(1.5).isGreaterThanOrEqualTo(1 / 1.5);
    }

    /** Select-all items vary their number of wrong options, so a learner cannot count instead of knowing. */
    @Test
    void selectAllItemsVaryTheirNumberOfWrongOptions() {
        for (BankQuality measured : List.of(quality, withDemoQuality)) {
            assertThat(measured.selectAllWrongOptions()).as(measured.toString()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(measured.commonestSelectAllWrongOptionsShare()).as(measured.toString())
                    .isLessThanOrEqualTo(0.5);
        }
    }

    /** In a matching item, no two right-hand entries give overlapping values, so no two lefts fit one right. */
    @Test
    void noMatchingItemHasTwoRightHandEntriesWithOverlappingValues() {
        assertThat(MatchingRanges.overlaps(withDemo.questions())).isEmpty();
    }

    /**
     * No two items of the bank teach the same fact: the TF-IDF cosine of what their keys and the first paragraph
     * of their explanations say stays below 0.40. At 0.40 the measure flags the pairs the second edition merged
     * (the same fasting rule, the same "a large rise can follow any dose", the same Fava 2018 result in two
     * modules, ...); the closest pairs left are a matching item that gathers label sections (prod-021) against the
     * items on those sections. Checked on the main bank only: the demo overlay samples the same facts by design.
     */
    @Test
    void noTwoItemsTeachTheSameFact() {
        assertThat(TaughtFacts.similarPairs(bank.questions(), SAME_FACT)).isEmpty();
    }

    /**
     * "safety-critical" is reserved for items whose wrong answer, acted on, would harm a patient (the rule is in
     * questions/REVIEW.md). Every safety-critical item must be right to pass the assessment, so a module that is
     * mostly safety-critical turns a pass into the luck of the draw: at most 60% of any module.
     */
    @Test
    void safetyCriticalIsReservedSoNoModuleIsMostlyMustPass() {
        assertThat(quality.largestSafetyCriticalShare().getValue()).as(quality.toString()).isLessThanOrEqualTo(0.60);
    }

    /**
     * The assessment and the renewal assessment draw more items from each clinical module (dosing, administration
     * and monitoring, adverse effects, contraindications) than from any of mechanism, evidence and holistic care.
     */
    @Test
    void theAssessmentDrawsMoreFromEachClinicalModuleThanFromTheBackgroundModules() {
        Programme programme = bank.curriculum().programme("ketamine-clinical-safety").orElseThrow();
        for (AssessmentBlueprint blueprint : List.of(programme.assessment(),
                programme.renewalAssessment().orElseThrow())) {
            List<Integer> counts = blueprint.itemCounts(programme.requiredModules().size());
            Map<String, Integer> drawn = new LinkedHashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                drawn.put(programme.requiredModules().get(i), counts.get(i));
            }
            int fewestClinical = CLINICAL_MODULES.stream().mapToInt(drawn::get).min().orElseThrow();
            int mostBackground = HEDGE_MODULES.stream().mapToInt(drawn::get).max().orElseThrow();
            assertThat(fewestClinical).as(drawn.toString()).isGreaterThan(mostBackground);
        }
    }

    /**
     * Items test what a nurse or physician acts on, not trivia: no stem, explanation, option or feedback names a
     * PMID; no option names a volume of distribution, protein binding or a study's sample size; no stem asks how
     * many trials or patients a study had; no short-text answer is a single word that is not a medicine, a dose, a
     * threshold or an action (the rules are in {@link Trivia}). Checked with the demo overlay, which is held to the
     * same standards.
     */
    @Test
    void itemsTestWhatAClinicianActsOnNotPmidsDistributionSampleSizesOrTerms() {
        assertThat(Trivia.findings(withDemo.questions())).isEmpty();
    }

    @Test
    void noAllOrNoneOfTheAboveAndNegativeStemsAreEmphasised() {
        Pattern aboveOption = Pattern.compile("\\b(all|none|both) of the above\\b", Pattern.CASE_INSENSITIVE);
        Pattern negative = Pattern.compile("\\b(not|except|least|never)\\b");
        for (Question q : withDemo.questions()) {
            for (ChoiceOption option : options(q)) {
                assertThat(aboveOption.matcher(option.text()).find()).as(q.id() + ": " + option.text()).isFalse();
            }
            String question = lastSentence(q.stem());
            var m = negative.matcher(question.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String word = question.substring(m.start(), m.end());
                if (word.equals(word.toUpperCase(Locale.ROOT))) {
                    assertThat(question).as(q.id() + " negative word must be bold").contains("**" + word + "**");
                }
            }
        }
    }

    @Test
    void claimsTheFactBaseMarksAsUnverifiedAreNeverTaught() {
        for (Question q : withDemo.questions()) {
            String all = (q.stem() + " " + q.explanation() + " " + options(q).stream().map(ChoiceOption::text)
                    .reduce("", String::concat)).toLowerCase(Locale.ROOT);
            assertThat(all).as(q.id()).doesNotContain("49 trials", "49 rcts", "49 studies");
        }
    }

    private static List<ChoiceOption> options(Question q) {
        if (q.answer() instanceof SingleChoice sc) {
            return sc.options();
        }
        if (q.answer() instanceof MultipleResponse mr) {
            return mr.options();
        }
        return List.of();
    }

    private static String lastSentence(String stem) {
        String trimmed = stem.strip();
        int cut = Math.max(trimmed.lastIndexOf(". "), trimmed.lastIndexOf(".\n"));
        return cut < 0 ? trimmed : trimmed.substring(cut + 1);
    }
}

package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;

class TriviaTest {

    private static Question shortText(String id, String... accepted) {
        return Items.question(id, "Name it.", new ShortText(List.of(accepted)), "Because.");
    }

    private static Question numeric(String id, String stem, String unit) {
        return Items.question(id, stem, new NumericAnswer(BigDecimal.ONE, BigDecimal.ZERO, unit), "Because.");
    }

    @Test
    void aPmidAVolumeOfDistributionOrProteinBindingInAnOptionIsTrivia() {
        List<Trivia.Finding> findings = Trivia.findings(List.of(
                Items.single("pmid", "Response RR 2.14", "That is the 2022 meta-analysis (PMID 35231204)"),
                Items.single("vd", "Protein binding about 43–45%; volume of distribution about 709 L", "About 5 L"),
                Items.single("bound", "No accumulation", "It is over 95% bound to plasma proteins"),
                Items.single("clean", "Monitor BP at about 40 minutes", "Skip the check")));
        assertThat(findings).extracting(Trivia.Finding::questionId, Trivia.Finding::kind).containsExactly(
                tuple("pmid", Trivia.Kind.PMID), tuple("vd", Trivia.Kind.DISTRIBUTION),
                tuple("bound", Trivia.Kind.DISTRIBUTION));
    }

    @Test
    void aPmidInTheStemTheExplanationOrAnOptionsFeedbackIsTriviaButNotInTheReferences() {
        Question inFeedback = Items.question("feedback", "Which review?", new SingleChoice(List.of(
                ChoiceOption.correct("Cochrane 2021"),
                new ChoiceOption("The 2022 meta-analysis", false, Optional.of("No. That is PMID 35231204.")))),
                "Because.");
        Question inStem = Items.question("stem", "A meta-analysis (PMID 35231204) pooled trials. What did it find?",
                new SingleChoice(List.of(ChoiceOption.correct("Benefit"), ChoiceOption.wrong("None"))), "Because.");
        Question inExplanation = Items.statement("explanation", "True or false: it helped.", true,
                "True (PMID 35231204).");
        Question inReference = new Question("reference", "obj", List.of(), Optional.empty(), OptionalInt.empty(),
                "Which review?", new SingleChoice(List.of(ChoiceOption.correct("A"), ChoiceOption.wrong("B"))),
                "Because.", List.of(Reference.withUrl("Meta-analysis (PMID 35231204)", "https://example.org/m")));
        assertThat(Trivia.findings(List.of(inFeedback, inStem, inExplanation, inReference)))
                .extracting(Trivia.Finding::questionId, Trivia.Finding::kind).containsExactly(
                        tuple("feedback", Trivia.Kind.PMID), tuple("stem", Trivia.Kind.PMID),
                        tuple("explanation", Trivia.Kind.PMID));
    }

    @Test
    void sampleSizesInDigitsOrWordsAreFound() {
        for (String option : List.of("n = 30, mostly civilians", "158 veterans and service members",
                "36 RCTs of racemic ketamine or esketamine", "2,903 participants", "Seven completers had IV ketamine",
                "Several hundred patients had oral ketamine", "About 8 participants per group",
                "a 10-patient pilot and an uncontrolled 14-patient trial", "7 ketamine trials",
                "more than five thousand participants from sixty-four trials", "235 private-practice patients")) {
            assertThat(Trivia.namesSampleSize(option)).as(option).isTrue();
        }
    }

    @Test
    void dosesPercentagesAgesYearsAndTreatmentTrialsAreNotSampleSizes() {
        for (String option : List.of("Failure of at least 2 adequate antidepressant trials in the current episode",
                "In about 8–19% of patients, against 1–4% on placebo", "Patients over 65, and patients given it IM",
                "In adults 60 or over, CBT-I roughly halved incident depression", "0.5 mg/kg over 40 minutes",
                "Cut relapse risk by 70% in stable responders (HR 0.30)", "Nearly everyone; about 1 in 10 loses it",
                "Two of the three short-term esketamine pivotal trials missed their endpoints",
                "After several failed adequate drug trials", "None in phase 3 trials, but postmarketing cases",
                "All three trials met their primary endpoints",
                "It is approved for procedural sedation at 84 mg in adults",
                "Exercise helps, but as of 2026 no trial had tested it after ketamine")) {
            assertThat(Trivia.namesSampleSize(option)).as(option).isFalse();
        }
    }

    @Test
    void aStemThatAsksHowManyTrialsOrPatientsIsTriviaButANumberNeededToTreatIsNot() {
        List<Trivia.Finding> findings = Trivia.findings(List.of(
                numeric("trials", "How many randomised trials did the Cochrane review include?", "trials"),
                numeric("unit", "What was the size of the veteran trial?", "participants"),
                Items.question("asks", "How many patients completed Berman 2000?",
                        new ShortText(List.of("7")), "Because."),
                numeric("nnt", "About how many stable responders had to continue esketamine to prevent one relapse"
                        + " (the number needed to treat)?", "patients"),
                numeric("dose", "How many devices does an 84 mg dose take?", "devices")));
        assertThat(findings).extracting(Trivia.Finding::questionId, Trivia.Finding::kind).containsExactly(
                tuple("trials", Trivia.Kind.ASKS_STUDY_SIZE), tuple("unit", Trivia.Kind.ASKS_STUDY_SIZE),
                tuple("asks", Trivia.Kind.ASKS_STUDY_SIZE));
    }

    @Test
    void aOneWordShortTextAnswerMustBeAMedicineADoseAThresholdOrAnAction() {
        List<Trivia.Finding> findings = Trivia.findings(List.of(
                shortText("structure", "habenula", "lateral habenula"),
                shortText("metabolite", "Norketamine"),
                shortText("device", "oximeter", "pulse oximeter"),
                shortText("drug", "midazolam"),
                shortText("dose", "56"),
                shortText("threshold", "140/90"),
                shortText("action", "Withhold"),
                shortText("article", "the benzodiazepine"),
                shortText("phrase", "pulse oximeter")));
        assertThat(findings).extracting(Trivia.Finding::questionId, Trivia.Finding::text).containsExactly(
                tuple("structure", "habenula"), tuple("metabolite", "Norketamine"), tuple("device", "oximeter"));
        assertThat(findings).extracting(Trivia.Finding::kind).containsOnly(Trivia.Kind.TERM_ANSWER);
    }
}

package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.SingleChoice;

class TaughtFactsTest {

    private static final Question RECALL = Items.question("recall", "What must patients avoid before a session?",
            new SingleChoice(List.of(
                    ChoiceOption.correct(
                            "No food for 2 hours and no liquids for 30 minutes before dosing"),
                    ChoiceOption.wrong("Fast from midnight"))),
            "Nausea and vomiting can occur, so no food for 2 hours and no liquids for 30 minutes.\n\n"
                    + "- *Fast from midnight*: the anaesthetic rule.");
    private static final Question SCENARIO = Items.question("scenario",
            "She ate breakfast 40 minutes ago. What preparation does the label advise?",
            new SingleChoice(List.of(
                    ChoiceOption.correct(
                            "No food for at least 2 hours and no liquids for at least 30 minutes"),
                    ChoiceOption.wrong("Eat a full meal"))),
            "Before esketamine, no food for 2 hours and no liquids for 30 minutes, because of nausea.");
    private static final Question OTHER = Items.statement("other",
            "True or false: the blood pressure rise peaks at about 40 minutes after the dose.", true,
            "True. It peaks at about 40 minutes and lasts about 4 hours.");
    private static final Question THIRD = Items.statement("third",
            "True or false: the Patient Monitoring Form is submitted within 7 days of each session.", true,
            "True. Outpatient settings submit it within 7 days.");

    @Test
    void twoItemsThatTeachTheSameFactInDifferentWordsAreSimilar() {
        List<BankQuality.SimilarPair> pairs = TaughtFacts.similarPairs(List.of(RECALL, SCENARIO, OTHER, THIRD), 0.4);
        assertThat(pairs).extracting(BankQuality.SimilarPair::first, BankQuality.SimilarPair::second)
                .containsExactly(tuple("recall", "scenario"));
    }

    @Test
    void theFactIsTheKeyAndTheFirstParagraphOfTheExplanationNotTheDistractors() {
        assertThat(TaughtFacts.factText(RECALL)).contains("No food for 2 hours").doesNotContain("Fast from midnight")
                .doesNotContain("anaesthetic rule");
        assertThat(TaughtFacts.factText(OTHER)).startsWith("True or false: the blood pressure rise");
    }

    @Test
    void termsAreContentWordsAndTheirPairs() {
        assertThat(TaughtFacts.terms("The patients are observed for 2 hours"))
                .containsExactly("observed", "2", "hour", "observed_2", "2_hour");
    }
}

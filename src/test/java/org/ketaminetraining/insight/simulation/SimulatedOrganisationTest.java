package org.ketaminetraining.insight.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

class SimulatedOrganisationTest {

    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

    private static List<SimulatedItem> items() {
        List<SimulatedItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SimulatedItem.Flaw flaw = i == 1 ? SimulatedItem.Flaw.MISCONCEPTION : i == 2 ? SimulatedItem.Flaw.REVERSED
                    : i == 3 ? SimulatedItem.Flaw.TOO_EASY : SimulatedItem.Flaw.NONE;
            if (i % 4 == 0) {
                items.add(new SimulatedItem("tf-" + i, "module-" + (i % 3), 0, Set.of(), i % 8 == 0, -0.5, flaw));
            } else {
                items.add(new SimulatedItem("sc-" + i, "module-" + (i % 3), 4, Set.of(i % 4), false, -0.5, flaw));
            }
        }
        items.add(new SimulatedItem("mr", "module-0", 5, Set.of(0, 2), false, 0, SimulatedItem.Flaw.NONE));
        return items;
    }

    private static SimulatedOrganisation organisation() {
        return new SimulatedOrganisation(items(), new FsrsScheduler(FsrsParameters.DEFAULT,
                SchedulerPolicy.defaults(ZoneOffset.UTC)),
                new SimulatedOrganisation.Settings(13, 4, 90, 2, 3, 0.8, 42));
    }

    @Test
    void aLearnersHistoryDependsOnlyOnTheSeedAndIndex() {
        assertThat(organisation().learner(7, END)).isEqualTo(organisation().learner(7, END));
        assertThat(organisation().learner(7, END).answers()).isNotEqualTo(organisation().learner(8, END).answers());
    }

    @Test
    void answersComeInTimeOrderBeforeTheEndAndFollowTheScheduler() {
        SimulatedOrganisation.Learner learner = organisation().learner(3, END);

        assertThat(learner.answers()).isNotEmpty();
        Instant previous = Instant.MIN;
        Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (SimulatedAnswer answer : learner.answers()) {
            assertThat(answer.answeredAt()).isAfter(previous).isBefore(END.plusSeconds(3600));
            assertThat(answer.firstReview()).isEqualTo(!seen.containsKey(answer.item()));
            assertThat(answer.after().reviewCount()).isEqualTo(seen.merge(answer.item(), 1, Integer::sum));
            assertThat(answer.rating() == Rating.AGAIN).isEqualTo(!answer.correct());
            previous = answer.answeredAt();
        }
    }

    @Test
    void aRightAnswerChoosesTheKeyAndAWrongOneDoesNot() {
        List<SimulatedItem> items = items();
        for (int index = 0; index < 20; index++) {
            for (SimulatedAnswer answer : organisation().learner(index, END).answers()) {
                SimulatedItem item = items.get(answer.item());
                boolean key = item.choice() ? Set.copyOf(answer.chosen()).equals(item.keyOptions())
                        : answer.chosen().equals(List.of(item.trueFalseAnswer() ? 1 : 0));
                assertThat(key).as("%s answered %s", item.key(), answer.chosen()).isEqualTo(answer.correct());
            }
        }
    }

    @Test
    void flawedItemsBehaveAsTheirDefectSays() {
        List<SimulatedOrganisation.Learner> learners = new ArrayList<>();
        for (int index = 0; index < 300; index++) {
            learners.add(organisation().learner(index, END));
        }
        // Reversed: the right answers come from the weaker learners.
        double abilityRight = meanAbility(learners, 2, true);
        double abilityWrong = meanAbility(learners, 2, false);
        assertThat(abilityRight).isLessThan(abilityWrong - 0.3);
        // Misconception: most wrong answers are given with high confidence.
        List<SimulatedAnswer> misconceived = answersTo(learners, 1).stream().filter(a -> !a.correct()).toList();
        assertThat(misconceived.stream().filter(SimulatedAnswer::highConfidence).count())
                .isGreaterThan(misconceived.size() / 2L);
        // Too easy: everyone is right.
        assertThat(answersTo(learners, 3)).isNotEmpty().allMatch(SimulatedAnswer::correct);
        // A plain item: abler learners are right more often.
        assertThat(meanAbility(learners, 5, true)).isGreaterThan(meanAbility(learners, 5, false));
    }

    @Test
    void aFailedAttemptIsRetakenUpToTheLimitAndAPassEndsTheAttempts() {
        int retakes = 0;
        for (int index = 0; index < 40; index++) {
            List<SimulatedAttempt> attempts = organisation().learner(index, END).attempts();
            assertThat(attempts).hasSizeBetween(1, 3);
            for (int n = 0; n < attempts.size(); n++) {
                double score = (double) attempts.get(n).correctCount() / attempts.get(n).answers().size();
                boolean last = n == attempts.size() - 1;
                assertThat(score >= 0.8).as("only the last attempt may pass").isEqualTo(last && score >= 0.8);
                if (n > 0) {
                    assertThat(attempts.get(n).startedAt()).isAfter(attempts.get(n - 1).submittedAt());
                    retakes++;
                }
            }
        }
        assertThat(retakes).isPositive();
    }

    @Test
    void theFinalAttemptTakesTheSameNumberOfItemsFromEveryModule() {
        SimulatedAttempt attempt = organisation().learner(11, END).attempts().get(0);
        List<SimulatedItem> items = items();

        Map<String, Long> perModule = attempt.answers().stream().collect(Collectors.groupingBy(
                a -> items.get(a.item()).moduleKey(), Collectors.counting()));
        assertThat(perModule).containsOnly(Map.entry("module-0", 2L), Map.entry("module-1", 2L),
                Map.entry("module-2", 2L));
        assertThat(attempt.submittedAt()).isAfter(attempt.startedAt());
        assertThat(attempt.correctCount()).isEqualTo((int) attempt.answers().stream()
                .filter(SimulatedAttempt.Answer::correct).count());
    }

    @Test
    void aChoiceItemWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> new SimulatedItem("x", "m", 4, Set.of(), false, 0, SimulatedItem.Flaw.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }

    private static List<SimulatedAnswer> answersTo(List<SimulatedOrganisation.Learner> learners, int item) {
        return learners.stream().flatMap(l -> l.answers().stream()).filter(a -> a.item() == item).toList();
    }

    private static double meanAbility(List<SimulatedOrganisation.Learner> learners, int item, boolean right) {
        return learners.stream().flatMap(l -> l.answers().stream().filter(a -> a.item() == item
                && a.correct() == right).map(a -> l.ability())).mapToDouble(Double::doubleValue).average()
                .orElseThrow();
    }
}

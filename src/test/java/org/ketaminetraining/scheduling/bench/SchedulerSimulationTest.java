package org.ketaminetraining.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.bench.SchedulerSimulation.Arm;
import org.ketaminetraining.scheduling.bench.SchedulerSimulation.Family;
import org.ketaminetraining.scheduling.bench.SchedulerSimulation.LearnerOutcome;

/** The simulation's results depend only on its seeds: a learner's year is the same however often it is run. */
class SchedulerSimulationTest {

    @Test
    void aLearnersYearDependsOnlyOnItsSeeds() {
        Truth truth = new FsrsTruth("FSRS-6 truth");
        Arm arm = new Arm(Family.FSRS_DEFAULT, 0.85);

        LearnerOutcome first = SchedulerSimulation.simulateLearner(arm.newSchedule(), truth, 3);
        LearnerOutcome again = SchedulerSimulation.simulateLearner(arm.newSchedule(), truth, 3);
        LearnerOutcome other = SchedulerSimulation.simulateLearner(arm.newSchedule(), truth, 4);

        assertThat(again.reviews()).isEqualTo(first.reviews());
        assertThat(again.dayPasses()).isEqualTo(first.dayPasses());
        assertThat(again.recallAtEnd()).containsExactly(first.recallAtEnd());
        assertThat(other.recallAtEnd()).isNotEqualTo(first.recallAtEnd());
        assertThat(first.recallAtEnd()).hasSize(SchedulerSimulation.ITEMS);
    }

    @Test
    void aHigherDesiredRetentionCostsMoreReviewsAndKeepsMore() {
        Truth truth = GroundTruthMemory.Variant.ofBeta("baseline", 0.5);

        LearnerOutcome low = SchedulerSimulation.simulateLearner(new Arm(Family.ORACLE, 0.70).newSchedule(), truth, 0);
        LearnerOutcome high = SchedulerSimulation.simulateLearner(new Arm(Family.ORACLE, 0.97).newSchedule(), truth,
                0);

        assertThat(high.reviews()).isGreaterThan(low.reviews());
        assertThat(high.dayPasses() / (double) high.dayReviews()).isGreaterThan(low.dayPasses()
                / (double) low.dayReviews());
    }

    /** The oracle waits until true recall has fallen to the target: exactly H days at 0.9 by the truth's definition. */
    @Test
    void theNonFsrsTruthFallsToTheTargetAfterTheOraclesInterval() {
        GroundTruthMemory.Variant variant = GroundTruthMemory.Variant.ofBeta("baseline", 0.5);
        TrueMemory memory = variant.learner(new SplittableRandom(1), 1, i -> new SplittableRandom(2),
                i -> new SplittableRandom(3)).get(0);
        memory.review(0.3);

        for (double retention : new double[]{0.7, 0.9, 0.97}) {
            double days = memory.daysUntilRecallFallsTo(retention);
            assertThat(memory.recallProbability(0.3 + days)).isCloseTo(retention, within(1e-9));
        }
        assertThat(memory.daysUntilRecallFallsTo(0.97)).isLessThan(memory.daysUntilRecallFallsTo(0.9));
    }
}

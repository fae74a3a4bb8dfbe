package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.ketaminetraining.scheduling.Rating;

/** Properties the FSRS-6 model must keep for every state and review, not just the reference ones. */
class MemoryModelPropertiesTest {

    private final MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);

    /** A review as (days since the previous one, rating). */
    record Step(double elapsedDays, Rating rating) {
    }

    @Provide
    Arbitrary<MemoryState> states() {
        Arbitrary<Double> stability =
                Arbitraries.doubles().between(MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY)
                        .ofScale(4);
        Arbitrary<Double> difficulty = Arbitraries.doubles().between(1, 10);
        return Combinators.combine(stability, difficulty).as(MemoryState::new);
    }

    @Property
    void stabilityAndDifficultyStayInBounds(@ForAll("histories") List<Step> history) {
        MemoryState state = model.initial(history.get(0).rating());
        for (Step step : history.subList(1, history.size())) {
            state = model.next(state, step.elapsedDays(), step.rating());
            assertThat(state.stability()).isBetween(MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY);
            assertThat(state.difficulty()).isBetween(1.0, 10.0);
        }
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Double> days = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.integers().between(1, 3650).map(Integer::doubleValue));
        Arbitrary<Step> step = Combinators.combine(days, Arbitraries.of(Rating.class)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void aPassOnALaterDayNeverLowersStability(@ForAll("states") MemoryState state,
            @ForAll @DoubleRange(min = 1, max = 36500) double elapsedDays, @ForAll("passes") Rating rating) {
        MemoryState next = model.next(state, Math.floor(elapsedDays), rating);
        assertThat(next.stability()).isGreaterThanOrEqualTo(state.stability());
    }

    @Provide
    Arbitrary<Rating> passes() {
        return Arbitraries.of(Rating.HARD, Rating.GOOD, Rating.EASY);
    }

    @Property
    void recallFallsAsTimePasses(@ForAll @Scale(4) @DoubleRange(min = 0.001, max = 36500) double stability,
            @ForAll @DoubleRange(min = 0, max = 10000) double t,
            @ForAll @DoubleRange(min = 0.5, max = 1000) double more) {
        double earlier = model.retrievability(t, stability);
        double later = model.retrievability(t + more, stability);
        assertThat(later).isLessThan(earlier);
        assertThat(later).isBetween(0.0, 1.0);
    }

    @Property
    void intervalGrowsWithStability(@ForAll @Scale(4) @DoubleRange(min = 0.001, max = 30000) double stability,
            @ForAll @DoubleRange(min = 0.01, max = 6000) double more,
            @ForAll @DoubleRange(min = 0.7, max = 0.99) double retention) {
        assertThat(model.intervalDays(retention, stability + more))
                .isGreaterThan(model.intervalDays(retention, stability));
    }

    @Property
    void intervalIsWhereRecallReachesTheDesiredRetention(@ForAll @DoubleRange(min = 0.01, max = 36500) double s,
            @ForAll @DoubleRange(min = 0.7, max = 0.99) double retention) {
        assertThat(model.retrievability(model.intervalDays(retention, s), s))
                .isCloseTo(retention, within(1e-9));
    }

    @Property
    void difficultyMovesAgainstTheRating(@ForAll("states") MemoryState state,
            @ForAll @IntRange(min = 1, max = 3) int g) {
        double lower = model.nextDifficulty(state.difficulty(), Rating.ofGrade(g));
        double higher = model.nextDifficulty(state.difficulty(), Rating.ofGrade(g + 1));
        assertThat(lower).isGreaterThanOrEqualTo(higher);
    }
}

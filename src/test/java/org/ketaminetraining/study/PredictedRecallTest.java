package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.study.PredictedRecall.ModuleRecall;
import org.ketaminetraining.study.PredictedRecall.StudiedItem;

/**
 * The dashboard's predicted recall against hand-computed values. With the default FSRS-6 weights, w20 = 0.1542 and
 * F = 0.9^(-1/w20) - 1 = 0.980346, so R(t, S) = (1 + F t / S)^(-w20): R(10, 10) = 0.9 exactly (stability is the
 * time to 90%), R(20, 10) = 2.960693^(-0.1542) = 0.845885, and R(0, S) = 1.
 */
class PredictedRecallTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final FsrsScheduler MODEL = new FsrsScheduler(FsrsParameters.DEFAULT,
            SchedulerPolicy.defaults(LONDON));
    /** 10:00 BST on Monday 15 September 2025. */
    private static final Instant NOW = local("2025-09-15T10:00");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    /** A graduated item with stability {@code stability}, last reviewed at {@code lastReview}. */
    private static CardState reviewed(double stability, Instant lastReview) {
        return new CardState(Phase.REVIEW, 0, stability, 5, 0, 10, lastReview.plus(Duration.ofDays(10)), lastReview,
                3, 0);
    }

    @Test
    void aRightAnswerCountsAtTheModelsRecallForTheWholeStudyDaysSinceIt() {
        StudiedItem tenDays = new StudiedItem(reviewed(10, local("2025-09-05T18:00")), true);
        StudiedItem twentyDays = new StudiedItem(reviewed(10, local("2025-08-26T09:00")), true);
        StudiedItem thisMorning = new StudiedItem(reviewed(10, local("2025-09-15T08:00")), true);

        assertThat(PredictedRecall.of(tenDays, MODEL, NOW)).isCloseTo(0.9, within(1e-9));
        assertThat(PredictedRecall.of(twentyDays, MODEL, NOW)).isCloseTo(0.845885, within(1e-6));
        assertThat(PredictedRecall.of(thisMorning, MODEL, NOW)).isEqualTo(1.0);
    }

    @Test
    void aWrongLatestAnswerCountsAsZeroWhateverTheModelSays() {
        StudiedItem answeredWrongThisMorning = new StudiedItem(reviewed(10, local("2025-09-15T08:00")), false);

        assertThat(MODEL.retrievabilityAt(answeredWrongThisMorning.state(), NOW)).isEqualTo(1.0);
        assertThat(PredictedRecall.of(answeredWrongThisMorning, MODEL, NOW)).isZero();
    }

    @Test
    void theModuleFigureIsTheMeanOverItsStudiedQuestions() {
        List<StudiedItem> studied = List.of(new StudiedItem(reviewed(10, local("2025-09-05T18:00")), true),
                new StudiedItem(reviewed(10, local("2025-08-26T09:00")), true),
                new StudiedItem(reviewed(10, local("2025-09-14T12:00")), false));

        ModuleRecall recall = PredictedRecall.ofModule(studied, 24, MODEL, NOW);

        // (0.9 + 0.845885 + 0) / 3
        assertThat(recall.mean().getAsDouble()).isCloseTo(0.581962, within(1e-6));
        assertThat(recall.studied()).isEqualTo(3);
        assertThat(recall.tooFewStudied()).isFalse();
    }

    /** Issue 13: a module answered 1 of 9 right showed 100%, because the model puts today's answers at recall 1. */
    @Test
    void aLearnerWhoAnswersOneOfNineRightTodayCannotSeeAHighRecall() {
        List<StudiedItem> studied = new ArrayList<>();
        Instant answeredAt = local("2025-09-15T09:00");
        for (int i = 0; i < 9; i++) {
            Rating rating = i == 0 ? Rating.GOOD : Rating.AGAIN;
            CardState state = MODEL.next(CardState.NEW, new Review(answeredAt.plus(Duration.ofMinutes(i)), rating),
                    ReviewContext.of("item-" + i));
            assertThat(MODEL.retrievabilityAt(state, NOW)).as("the model's recall the same day").isEqualTo(1.0);
            studied.add(new StudiedItem(state, rating == Rating.GOOD));
        }

        ModuleRecall recall = PredictedRecall.ofModule(studied, 24, MODEL, NOW);

        assertThat(recall.mean().getAsDouble()).isCloseTo(1.0 / 9, within(1e-12));
    }

    @Test
    void belowThreeStudiedQuestionsThereIsNoPercentage() {
        StudiedItem right = new StudiedItem(reviewed(10, local("2025-09-05T18:00")), true);

        assertThat(PredictedRecall.ofModule(List.of(), 24, MODEL, NOW))
                .isEqualTo(new ModuleRecall(0, 3, java.util.OptionalDouble.empty()));
        ModuleRecall two = PredictedRecall.ofModule(List.of(right, right), 24, MODEL, NOW);
        assertThat(two.mean()).isEmpty();
        assertThat(two.tooFewStudied()).isTrue();
        assertThat(PredictedRecall.ofModule(List.of(right, right, right), 24, MODEL, NOW).mean()).isPresent();
        // A module of two questions needs only those two.
        ModuleRecall small = PredictedRecall.ofModule(List.of(right, right), 2, MODEL, NOW);
        assertThat(small.needed()).isEqualTo(2);
        assertThat(small.mean().getAsDouble()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void aQuestionNeverStudiedHasNoRecallAndAModuleCannotHaveMoreStudiedThanItHas() {
        assertThatThrownBy(() -> new StudiedItem(CardState.NEW, true)).isInstanceOf(IllegalArgumentException.class);
        StudiedItem right = new StudiedItem(reviewed(10, local("2025-09-05T18:00")), true);
        assertThatThrownBy(() -> PredictedRecall.ofModule(List.of(right, right), 1, MODEL, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 questions studied in a module of 1");
    }
}

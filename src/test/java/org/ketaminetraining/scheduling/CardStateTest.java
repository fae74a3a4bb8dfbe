package org.ketaminetraining.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardStateTest {

    private static final Instant T = Instant.parse("2025-04-01T08:00:00Z");

    @Test
    void aNewItemHasNoReviewsAndNoDueInstant() {
        assertThat(CardState.NEW.isNew()).isTrue();
        assertThat(CardState.NEW.isDueAt(T)).isFalse();
        assertThatThrownBy(() -> new CardState(Phase.NEW, 0, 0, 0, 0, 0, T, null, 0, 0))
                .hasMessageContaining("NEW item");
    }

    @Test
    void aReviewedItemNeedsItsInstantsAndAReview() {
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 5, 0, 3, null, T, 1, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("due");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 5, 0, 3, T, T, 0, 0))
                .hasMessageContaining("reviewCount >= 1");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 5, 0, 3, T, T.plusSeconds(1), 1, 0))
                .hasMessageContaining("before lastReview");
    }

    @Test
    void memoryFieldsAreChecked() {
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, Double.NaN, 5, 0, 3, T, T, 1, 0))
                .hasMessageContaining("stability");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 11, 0, 3, T, T, 1, 0))
                .hasMessageContaining("difficulty");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 5, 0, 3, T, T, 1, 2))
                .hasMessageContaining("lapses");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, -1, 3, 5, 0, 3, T, T, 1, 0))
                .hasMessageContaining("step");
    }

    @Test
    void dueMeansNotAfterNow() {
        CardState state = new CardState(Phase.REVIEW, 0, 3, 5, 0, 3, T, T.minusSeconds(86_400 * 3), 2, 0);
        assertThat(state.isDueAt(T)).isTrue();
        assertThat(state.isDueAt(T.minusSeconds(1))).isFalse();
    }

    @Test
    void ratingsMapToTheirGrades() {
        assertThat(Rating.ofGrade(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.ofGrade(4)).isEqualTo(Rating.EASY);
        assertThat(Rating.HARD.isPass()).isTrue();
        assertThat(Rating.AGAIN.isPass()).isFalse();
        assertThatThrownBy(() -> Rating.ofGrade(0)).hasMessageContaining("1 (Again) to 4 (Easy)");
    }

    @Test
    void reviewsAndContextsAreValidated() {
        assertThatThrownBy(() -> new Review(null, Rating.GOOD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ReviewContext.of(" ")).hasMessageContaining("blank");
        assertThat(ReviewContext.of("i").itemClass()).isEqualTo(ItemClass.STANDARD);
        assertThat(ItemClass.of(true)).isEqualTo(ItemClass.SAFETY_CRITICAL);
    }
}

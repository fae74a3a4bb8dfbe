package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.study.LearningEvidence.Answer;

class LearningEvidenceTest {

    private static final LocalDate DAY_1 = LocalDate.of(2025, 9, 15);

    private static Answer right(int day) {
        return new Answer(DAY_1.plusDays(day - 1), true);
    }

    private static Answer wrong(int day) {
        return new Answer(DAY_1.plusDays(day - 1), false);
    }

    @Test
    void nothingAnsweredIsNotLearned() {
        assertThat(LearningEvidence.isLearned(List.of(), 1)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(), 0)).isFalse();
    }

    @Test
    void oneCorrectAnswerOnTheFirstDayCountsOnlyWithoutSpacing() {
        assertThat(LearningEvidence.isLearned(List.of(right(1)), 1)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(right(1)), 0)).isTrue();
    }

    @Test
    void aCorrectAnswerOnALaterDayIsEvidence() {
        assertThat(LearningEvidence.isLearned(List.of(right(1), right(2)), 1)).isTrue();
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(2)), 1)).isTrue();
    }

    @Test
    void theLatestAnswerMustBeCorrect() {
        assertThat(LearningEvidence.isLearned(List.of(right(1), right(2), wrong(5)), 1)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(right(1), right(2), wrong(5)), 0)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(right(1), right(2), wrong(5), right(5)), 1)).isTrue();
    }

    @Test
    void sameDayRepetitionsAreNotEvidence() {
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(1), right(1)), 1)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(1), right(1)), 0)).isTrue();
    }

    @Test
    void theSpacingIsCountedFromTheFirstAnswer() {
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(3)), 3)).isFalse();
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(4)), 3)).isTrue();
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(3), right(3)), 3)).isFalse();
        // The spaced correct answer need not be the latest, as long as the latest is correct too.
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), right(4), wrong(4), right(4)), 3)).isTrue();
        assertThat(LearningEvidence.isLearned(List.of(wrong(1), wrong(4), right(6)), 3)).isTrue();
    }

    @Test
    void aNegativeSpacingIsRejected() {
        assertThatThrownBy(() -> LearningEvidence.isLearned(List.of(right(1)), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum spacing must be 0 or more days, was -1");
    }

    @Test
    void answersOutOfOrderAreRejected() {
        assertThatThrownBy(() -> LearningEvidence.isLearned(List.of(right(2), wrong(1)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("answers are not oldest first");
    }

    @Test
    void anAnswerNeedsADay() {
        assertThatThrownBy(() -> new Answer(null, true)).isInstanceOf(NullPointerException.class);
    }
}

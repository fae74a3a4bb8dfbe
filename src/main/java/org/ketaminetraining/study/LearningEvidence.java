package org.ketaminetraining.study;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * When an item counts as learned: the certification rule, also shown on the dashboard so that a trainee sees the
 * same verdict the certificate will be based on.
 *
 * <p>The learner's latest answer must be correct, and some correct answer must have come at least
 * {@code minimumSpacingDays} study days after the item was first studied. Answering correctly minutes after
 * reading the explanation shows short-term memory only, so with a spacing of one day or more same-day repetitions
 * never count; a spacing of 0 accepts any correct answer, for urgent onboarding where the organisation accepts
 * that risk.
 */
public final class LearningEvidence {

    private LearningEvidence() {
    }

    /** One graded answer, on the study day it was given (see {@code DayBoundary}). */
    public record Answer(LocalDate studyDay, boolean correct) {
        public Answer {
            Objects.requireNonNull(studyDay, "studyDay");
        }
    }

    /**
     * Whether the answers, oldest first, show the item learned.
     *
     * @throws IllegalArgumentException if {@code minimumSpacingDays} is negative, or if an answer's study day is
     *     earlier than the one before it (the list is not oldest first, so "first" and "latest" would be wrong)
     */
    public static boolean isLearned(List<Answer> oldestFirst, int minimumSpacingDays) {
        Objects.requireNonNull(oldestFirst, "oldestFirst");
        if (minimumSpacingDays < 0) {
            throw new IllegalArgumentException("minimum spacing must be 0 or more days, was " + minimumSpacingDays);
        }
        for (int index = 1; index < oldestFirst.size(); index++) {
            if (oldestFirst.get(index).studyDay().isBefore(oldestFirst.get(index - 1).studyDay())) {
                throw new IllegalArgumentException("answers are not oldest first: " + oldestFirst.get(index - 1)
                        + " comes before " + oldestFirst.get(index));
            }
        }
        if (oldestFirst.isEmpty() || !oldestFirst.get(oldestFirst.size() - 1).correct()) {
            return false;
        }
        LocalDate firstStudied = oldestFirst.get(0).studyDay();
        return oldestFirst.stream().anyMatch(answer -> answer.correct()
                && ChronoUnit.DAYS.between(firstStudied, answer.studyDay()) >= minimumSpacingDays);
    }
}

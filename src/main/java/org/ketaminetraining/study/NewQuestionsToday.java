package org.ketaminetraining.study;

import java.util.Collection;
import java.util.Objects;

/**
 * The daily limit of new questions and what is left of it: the dashboard's "New questions left today" and the
 * study page's explanation when the limit is used up.
 *
 * <p>The limit is the learner's, shared by all their programmes: a question counts as started on the study day of
 * its first answer, whichever programme it was answered in. What is left today is the limit minus the questions
 * started today, but never more than the current programme's questions not started yet.
 *
 * @param perDay                   the learner's limit of new questions per study day
 * @param startedToday             questions started today, in any programme
 * @param startedInOtherProgrammes of those, the ones started in a programme other than the current one
 * @param notStarted               questions of the current programme the learner has never answered
 */
public record NewQuestionsToday(int perDay, int startedToday, int startedInOtherProgrammes, int notStarted) {

    public NewQuestionsToday {
        if (perDay < 0 || startedToday < 0 || startedInOtherProgrammes < 0 || notStarted < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: " + perDay + ", " + startedToday + ", "
                    + startedInOtherProgrammes + ", " + notStarted);
        }
        if (startedInOtherProgrammes > startedToday) {
            throw new IllegalArgumentException("started in other programmes (" + startedInOtherProgrammes
                    + ") cannot exceed started today (" + startedToday + ")");
        }
    }

    /**
     * The figures for {@code programmeId} from the learner's log.
     *
     * @param log        review-log rows; those outside {@code today} are ignored
     * @param notStarted the programme's questions that have no answer in the log
     */
    public static NewQuestionsToday of(int perDay, Collection<LoggedAnswer> log, String programmeId,
            StudySession.Window today, int notStarted) {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(today, "today");
        int started = 0;
        int elsewhere = 0;
        for (LoggedAnswer answer : log) {
            if (answer.firstReview() && today.contains(answer.answeredAt())) {
                started++;
                elsewhere += answer.programmeId().equals(programmeId) ? 0 : 1;
            }
        }
        return new NewQuestionsToday(perDay, started, elsewhere, notStarted);
    }

    /** How many of the limit are unused today (the study queue takes at most this many new questions). */
    public int allowanceLeft() {
        return Math.max(0, perDay - startedToday);
    }

    /** New questions the learner can still start today in the current programme. */
    public int left() {
        return Math.min(allowanceLeft(), notStarted);
    }

    /**
     * True when questions are waiting to be started but today's limit is used up (or is 0): the reason study has
     * no new question, and something a learner can change in their settings.
     */
    public boolean limitReached() {
        return notStarted > 0 && allowanceLeft() == 0;
    }
}

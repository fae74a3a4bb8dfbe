package org.ketaminetraining.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.ketaminetraining.scheduling.policy.DayBoundary;

/**
 * The study page's "Question N of M": where the learner is in their current session.
 *
 * <p>A session is the current study day (it begins at the day boundary, 04:00 in the learner's zone) in the
 * current programme. Answers given today in another programme are not part of it, so after a programme switch the
 * count starts again from the first question; switching back resumes the count of that programme's answers today.
 * N counts the session's answers and the question on the screen; M adds what is waiting now (due reviews, due
 * repeats and new questions left). A wrong answer brings its question back within minutes, so M can grow during a
 * session.
 */
public final class StudySession {

    private StudySession() {
    }

    /** The instants of the current study day: from its start (inclusive) to the next day's start (exclusive). */
    public record Window(Instant from, Instant until) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(until);
        }
    }

    /** "Question {@code current} of {@code total}". */
    public record Position(int current, int total) {
    }

    /** The study day of {@code now}, as instants: the window in which today's answers are found. */
    public static Window today(DayBoundary boundary, Instant now) {
        LocalDate day = boundary.studyDay(now);
        return new Window(boundary.startOf(day), boundary.startOf(day.plusDays(1)));
    }

    /** The session's answers: those of {@code log} given today for {@code programmeId}. */
    public static int answered(Collection<LoggedAnswer> log, String programmeId, Window today) {
        Objects.requireNonNull(programmeId, "programmeId");
        return (int) log.stream()
                .filter(answer -> today.contains(answer.answeredAt()) && answer.programmeId().equals(programmeId))
                .count();
    }

    /**
     * N and M for the question on the screen.
     *
     * @param answered        the session's answers, including the shown question's when it is answered
     * @param waiting         the questions waiting now, including the shown one unless it is answered
     * @param shownIsAnswered whether the question on the screen already has its answer (the feedback is shown)
     */
    public static Position position(int answered, int waiting, boolean shownIsAnswered) {
        if (answered < 0 || waiting < 0) {
            throw new IllegalArgumentException("counts must be 0 or more, were " + answered + " and " + waiting);
        }
        // An answer recorded in a moment the session did not see (another tab) still leaves a question on screen.
        int current = shownIsAnswered ? Math.max(1, answered) : answered + 1;
        return new Position(current, Math.max(current, answered + waiting));
    }
}

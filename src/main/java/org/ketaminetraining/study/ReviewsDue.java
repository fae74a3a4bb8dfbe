package org.ketaminetraining.study;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.policy.DayBoundary;

/**
 * The dashboard's "Due now" and "Due later today", and the instants its seven-day forecast counts: one definition
 * of when a studied question is waiting, so that the figures add up (today = due now + later today) and "due now"
 * is what "Start studying" offers besides new questions.
 *
 * <ul>
 *   <li><b>Due now</b>: studied questions whose due instant has come (reviews whose day has begun, overdue ones,
 *       and repeats of today's answers whose few minutes are up), and questions brought forward early (missed in
 *       an assessment, or a certificate holder's fading safety-critical items), which study offers at once.</li>
 *   <li><b>Due later today</b>: the other studied questions due before the current study day ends (the next day
 *       boundary, 04:00 in the learner's zone). Reviews fall due at the start of a study day, so these are the
 *       short repeats of questions answered in the last few minutes.</li>
 * </ul>
 * Questions never studied are never due: they are new questions, counted against the daily limit instead
 * ({@link NewQuestionsToday}).
 */
public final class ReviewsDue {

    private ReviewsDue() {
    }

    /**
     * A studied question as the figures see it.
     *
     * @param state          its memory state, derived from the review log; never {@link CardState#NEW}
     * @param broughtForward whether study offers it now although its due instant is later
     */
    public record StudiedItem(CardState state, boolean broughtForward) {
        public StudiedItem {
            Objects.requireNonNull(state, "state");
            if (state.isNew()) {
                throw new IllegalArgumentException("a question never studied is not due; it is new");
            }
        }
    }

    /** Due now, and due later in the current study day. */
    public record Counts(int now, int laterToday) {
        /** Everything due before the study day ends, including what is due now. */
        public int today() {
            return now + laterToday;
        }
    }

    /** When study offers the question: now if it is brought forward and not due yet, else its due instant. */
    public static Instant offeredAt(StudiedItem item, Instant now) {
        Instant due = item.state().due();
        return item.broughtForward() && due.isAfter(now) ? now : due;
    }

    /** The instants the seven-day forecast counts, one per studied question (see {@link DueForecast}). */
    public static List<Instant> offeredAt(Collection<StudiedItem> items, Instant now) {
        return items.stream().map(item -> offeredAt(item, now)).toList();
    }

    public static Counts at(Collection<StudiedItem> items, DayBoundary boundary, Instant now) {
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(now, "now");
        Instant dayEnds = StudySession.today(boundary, now).until();
        int dueNow = 0;
        int laterToday = 0;
        for (StudiedItem item : items) {
            Instant offered = offeredAt(item, now);
            if (!offered.isAfter(now)) {
                dueNow++;
            } else if (offered.isBefore(dayEnds)) {
                laterToday++;
            }
        }
        return new Counts(dueNow, laterToday);
    }

    /** When the next question falls due after {@code now}; empty when nothing studied is waiting later. */
    public static Optional<Instant> next(Collection<StudiedItem> items, Instant now) {
        return items.stream().map(item -> offeredAt(item, now)).filter(at -> at.isAfter(now))
                .min(Comparator.naturalOrder());
    }
}

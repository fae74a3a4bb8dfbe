package org.ketaminetraining.study.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.ReviewsDue;

/**
 * What study has for a learner now and next, in their current programme. The dashboard shows it at the top; the
 * study page uses it to say why nothing is left to ask and when something will be.
 *
 * @param due          studied questions due now and later today ({@link ReviewsDue})
 * @param newQuestions the shared daily limit of new questions and what is left of it ({@link NewQuestionsToday})
 * @param nextDue      when the next studied question falls due after now; empty when none is waiting later
 * @param nextStudyDay when the next study day begins, and with it a fresh daily limit
 * @param asOf         the instant these figures describe
 * @param zone         the learner's time zone, in which these instants are shown
 */
public record StudyOutlook(ReviewsDue.Counts due, NewQuestionsToday newQuestions, Optional<Instant> nextDue,
        Instant nextStudyDay, Instant asOf, ZoneId zone) {

    public StudyOutlook {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(newQuestions, "newQuestions");
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(nextStudyDay, "nextStudyDay");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
    }

    /** True when "Start studying" has something to show now: a question due, or a new one left today. */
    public boolean hasWork() {
        return due.now() + newQuestions.left() > 0;
    }
}

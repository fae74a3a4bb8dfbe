package org.ketaminetraining.certification.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One graded answer to an item as the review log records it: when, and whether it was correct. The certification
 * rules keep the instant rather than a date because which study day an answer belongs to depends on the
 * organisation's day boundary (time zone and rollover hour), which only {@link ProgrammeCompletion} applies.
 */
public record TimedAnswer(Instant answeredAt, boolean correct) {

    public TimedAnswer {
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}

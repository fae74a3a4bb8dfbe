package org.ketaminetraining.insight.simulation;

import java.time.Instant;
import java.util.List;

/** A simulated final-assessment attempt: when, and each item shown in order with the answer given. */
public record SimulatedAttempt(Instant startedAt, Instant submittedAt, List<Answer> answers) {

    public SimulatedAttempt {
        answers = List.copyOf(answers);
    }

    /** One item of the attempt; {@code chosen} as in {@link SimulatedAnswer}. */
    public record Answer(int item, boolean correct, List<Integer> chosen) {
        public Answer {
            chosen = List.copyOf(chosen);
        }
    }

    public int correctCount() {
        return (int) answers.stream().filter(Answer::correct).count();
    }
}

package org.ketaminetraining.insight.simulation;

import java.util.Objects;
import java.util.Set;

/**
 * An item as the simulation answers it: a choice item ({@code options} > 0, the key's positions) or a true/false
 * item ({@code options} = 0, the true answer in {@code trueFalseAnswer}).
 *
 * @param difficulty how hard on a logistic scale (0: a learner of average ability is right half the time at first)
 * @param flaw       a deliberate defect, so that the demo's "needs checking" list has something to find
 */
public record SimulatedItem(String key, String moduleKey, int options, Set<Integer> keyOptions,
        boolean trueFalseAnswer, double difficulty, Flaw flaw) {

    /** Defects real banks have, simulated. */
    public enum Flaw {
        NONE,
        /** A persuasive wrong answer that confident learners choose: confidently wrong, barely discriminating. */
        MISCONCEPTION,
        /** Stronger learners choose one distractor (as if the key were wrong): negative discrimination. */
        REVERSED,
        /** Everyone is right: a facility of 1, above the 0.95 that flags an item as too easy. */
        TOO_EASY
    }

    public SimulatedItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(moduleKey, "moduleKey");
        keyOptions = Set.copyOf(keyOptions);
        Objects.requireNonNull(flaw, "flaw");
        if (options < 0 || (options > 0 && (keyOptions.isEmpty() || options < 2))) {
            throw new IllegalArgumentException(key + ": a choice item needs two options or more and a key");
        }
    }

    public boolean choice() {
        return options > 0;
    }
}

package org.ketaminetraining.scheduling.grading;

/** How sure the learner said they were before seeing the result; {@link #NOT_STATED} when not asked. */
public enum Confidence {
    NOT_STATED,
    LOW,
    MEDIUM,
    HIGH
}

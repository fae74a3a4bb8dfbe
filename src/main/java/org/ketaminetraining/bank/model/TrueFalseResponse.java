package org.ketaminetraining.bank.model;

/** The value a learner picked for a true/false statement. */
public record TrueFalseResponse(boolean value) implements Response {
}

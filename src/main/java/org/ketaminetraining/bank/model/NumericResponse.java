package org.ketaminetraining.bank.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a learner entered, in the unit the question names. It is a {@link BigDecimal} because a dose of 1.6
 * against an answer of 1.5 with a tolerance of 0.1 must count as correct, which binary doubles get wrong.
 */
public record NumericResponse(BigDecimal value) implements Response {
    public NumericResponse {
        Objects.requireNonNull(value, "value");
    }

    public static NumericResponse of(String value) {
        return new NumericResponse(new BigDecimal(value));
    }
}

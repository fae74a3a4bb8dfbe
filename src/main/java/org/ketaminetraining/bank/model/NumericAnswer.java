package org.ketaminetraining.bank.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with an absolute tolerance in a fixed unit: correct when |given - answer| &lt;= tolerance. Decimal
 * arithmetic keeps the boundary exact (1.6 against 1.5 ± 0.1 is correct).
 */
public record NumericAnswer(BigDecimal answer, BigDecimal tolerance, String unit) implements AnswerSpec {
    public NumericAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(unit, "unit");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public boolean isCorrect(Response response) {
        if (!(response instanceof NumericResponse given)) {
            throw AnswerSpec.wrongResponse(type(), response);
        }
        return given.value().subtract(answer).abs().compareTo(tolerance) <= 0;
    }
}

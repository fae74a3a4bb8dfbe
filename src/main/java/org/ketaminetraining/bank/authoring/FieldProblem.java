package org.ketaminetraining.bank.authoring;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong in a draft, tied to the field the author must change ({@link DraftQuestion}'s field names, such as
 * {@code options[1].text}), or to {@link #WHOLE_QUESTION} when no one field is at fault.
 */
public record FieldProblem(String field, String message) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The field name of a problem with the question as a whole (for example, two options both marked correct). */
    public static final String WHOLE_QUESTION = "";

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

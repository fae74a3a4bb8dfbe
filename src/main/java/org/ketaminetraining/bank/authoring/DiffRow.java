package org.ketaminetraining.bank.authoring;

import java.io.Serializable;
import java.util.Objects;

/**
 * One field of two revisions side by side, such as {@code options[1].text}, with the text of each side ("" when the
 * side has no such field) and whether they differ.
 */
public record DiffRow(String field, String left, String right, boolean changed) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DiffRow {
        Objects.requireNonNull(field, "field");
        left = left == null ? "" : left;
        right = right == null ? "" : right;
    }
}

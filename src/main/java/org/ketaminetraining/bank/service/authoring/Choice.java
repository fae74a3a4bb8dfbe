package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something the editor offers to choose: a tag of the vocabulary with the sentence that says when to use it, or a
 * module's learning objective with its text.
 *
 * @param id as the files write it ({@code safety-critical}, {@code dose-calculation})
 */
public record Choice(String id, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Choice {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }
}

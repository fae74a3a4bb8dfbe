package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;

/** One page of the question list and how many questions match in all. */
public record QuestionPage(List<QuestionRow> rows, long total) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionPage {
        rows = List.copyOf(rows);
    }
}

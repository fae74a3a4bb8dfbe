package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;

/** The files an export wrote (relative to the bank folder) and how many questions the re-import then changed (0). */
public record ExportOutcome(List<String> filesWritten, int questionsChangedByReimport) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExportOutcome {
        filesWritten = List.copyOf(filesWritten);
    }
}

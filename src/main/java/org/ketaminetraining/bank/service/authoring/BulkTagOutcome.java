package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;

/** What a bulk tag change did: the questions it changed and those it left alone (already so, or refused, and why). */
public record BulkTagOutcome(List<String> changed, List<String> unchanged, List<String> refused)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public BulkTagOutcome {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        refused = List.copyOf(refused);
    }
}

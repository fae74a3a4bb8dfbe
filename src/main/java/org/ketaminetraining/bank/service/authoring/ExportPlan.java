package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;

/** The web changes the bank files do not have yet: modules whose file an export would rewrite, and why. */
public record ExportPlan(List<String> modules, List<String> questionKeys) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExportPlan {
        modules = List.copyOf(modules);
        questionKeys = List.copyOf(questionKeys);
    }

    public boolean isEmpty() {
        return modules.isEmpty();
    }
}

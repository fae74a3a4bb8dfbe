package org.ketaminetraining.bank.interchange;

import java.util.List;
import org.ketaminetraining.bank.validation.Problem;

/**
 * What one import did to one file: how many questions came across unchanged or with changes, how many were refused,
 * and one entry with its line for every construct that was dropped, changed or refused.
 *
 * @param imported every question imported, including those imported with changes
 * @param importedWithChanges imported questions that lost or changed something, each named in the entries
 */
public record ImportReport(String file, int imported, int importedWithChanges, int refused, List<Problem> entries) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** One line: {@code quiz.xml: 12 imported (3 with changes), 2 refused}. */
    public String summary() {
        return file + ": " + imported + " imported (" + importedWithChanges + " with changes), " + refused
                + " refused";
    }

    /** The summary, then each entry as {@code file:line: message}, the form editors turn into links. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(summary());
        entries.forEach(entry -> lines.add(entry.location().file() + ":" + entry.location().line() + ": "
                + entry.message()));
        return lines;
    }
}

package org.ketaminetraining.bank.interchange;

import java.util.List;

/**
 * The exported text, and one notice per question that the format cannot hold (for example an ordering question in
 * GIFT), so nothing is left out without saying so.
 */
public record ExportResult(String content, List<String> notExported) {
    public ExportResult {
        java.util.Objects.requireNonNull(content, "content");
        notExported = List.copyOf(notExported);
    }
}

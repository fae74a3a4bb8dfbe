package org.ketaminetraining.insight.items;

import java.util.HashSet;
import java.util.List;

/**
 * One item as answered within one final-assessment attempt.
 *
 * @param itemKey the item's stable key
 * @param correct whether the answer earned the item's mark
 * @param chosen  the answer's categories: for choice items the chosen option labels ("A", "C"), for true/false
 *                "true" or "false", for other types the stored answer text (cut to 80 characters by the caller);
 *                empty when unanswered, and then {@code correct} must be false
 */
public record ItemResponse(String itemKey, boolean correct, List<String> chosen) {

    public ItemResponse {
        Checks.key(itemKey, "itemKey");
        Checks.noNulls(chosen, "chosen");
        chosen = List.copyOf(chosen);
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw new IllegalArgumentException("item " + itemKey + " lists a chosen category twice: " + chosen);
        }
        if (correct && chosen.isEmpty()) {
            throw new IllegalArgumentException("item " + itemKey + " is marked correct but nothing was chosen");
        }
    }
}

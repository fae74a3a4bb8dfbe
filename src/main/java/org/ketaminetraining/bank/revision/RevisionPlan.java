package org.ketaminetraining.bank.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import does to each question, decided from content fingerprints alone: a question whose fingerprint
 * equals its current revision's is untouched, so importing the same files twice changes nothing.
 */
public record RevisionPlan(List<String> added, List<String> revised, List<String> reinstated, List<String> retired,
        List<String> unchanged) {

    /** A stored question as the plan needs it. */
    public record Stored(String currentFingerprint, boolean retired) {
    }

    public RevisionPlan {
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        reinstated = List.copyOf(reinstated);
        retired = List.copyOf(retired);
        unchanged = List.copyOf(unchanged);
    }

    /**
     * @param incoming question id to fingerprint, for every question in the files
     * @param stored question id to its stored state, for every question ever imported
     */
    public static RevisionPlan of(Map<String, String> incoming, Map<String, Stored> stored) {
        List<String> added = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        List<String> reinstated = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(incoming).entrySet()) {
            Stored existing = stored.get(entry.getKey());
            if (existing == null) {
                added.add(entry.getKey());
            } else if (!Objects.equals(existing.currentFingerprint(), entry.getValue())) {
                revised.add(entry.getKey());
            } else if (existing.retired()) {
                reinstated.add(entry.getKey());
            } else {
                unchanged.add(entry.getKey());
            }
        }
        for (Map.Entry<String, Stored> entry : new TreeMap<>(stored).entrySet()) {
            if (!incoming.containsKey(entry.getKey()) && !entry.getValue().retired()) {
                retired.add(entry.getKey());
            }
        }
        return new RevisionPlan(added, revised, reinstated, retired, unchanged);
    }

    /** True when applying the plan would change nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && revised.isEmpty() && reinstated.isEmpty() && retired.isEmpty();
    }
}

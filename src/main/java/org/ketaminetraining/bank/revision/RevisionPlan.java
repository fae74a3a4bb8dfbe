package org.ketaminetraining.bank.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import does to each question, decided from fingerprints alone: a question whose content and metadata
 * fingerprints equal its current revision's is untouched, so importing the same files twice changes nothing; one
 * whose content or metadata (objective, tags, difficulty, expected time) changed gets a new revision, so a file that
 * only adds the {@code safety-critical} tag is not ignored.
 */
public record RevisionPlan(List<String> added, List<String> revised, List<String> reinstated, List<String> retired,
        List<String> unchanged) {

    /**
     * A question's two fingerprints: its content ({@code ContentFingerprint}) and its filing
     * ({@code MetadataFingerprint}). A null metadata fingerprint (a revision stored before it existed and not yet
     * backfilled) never equals a file's, so such a question is revised rather than silently kept.
     */
    public record Prints(String content, String metadata) {
        public Prints {
            Objects.requireNonNull(content, "content");
        }

        public boolean sameAs(Prints other) {
            return other != null && content.equals(other.content) && metadata != null
                    && metadata.equals(other.metadata);
        }
    }

    /** A stored question as the plan needs it: its current revision's prints, and whether it is retired. */
    public record Stored(Prints current, boolean retired) {
    }

    public RevisionPlan {
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        reinstated = List.copyOf(reinstated);
        retired = List.copyOf(retired);
        unchanged = List.copyOf(unchanged);
    }

    /**
     * @param incoming question id to fingerprints, for every question in the files
     * @param stored question id to its stored state, for every question ever published (not those only being
     *     written in the browser, which have no revision yet)
     */
    public static RevisionPlan of(Map<String, Prints> incoming, Map<String, Stored> stored) {
        List<String> added = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        List<String> reinstated = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, Prints> entry : new TreeMap<>(incoming).entrySet()) {
            Stored existing = stored.get(entry.getKey());
            if (existing == null) {
                added.add(entry.getKey());
            } else if (!entry.getValue().sameAs(existing.current())) {
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

    /** Every question the plan would change, in id order within each kind of change. */
    public List<String> changed() {
        List<String> all = new ArrayList<>(added);
        all.addAll(revised);
        all.addAll(reinstated);
        all.addAll(retired);
        return all;
    }
}

package org.ketaminetraining.bank.revision;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who wins when the files and the browser disagree. The browser publishes into the database; a question changed
 * there (published, retired, reinstated, re-tagged) is pending export until an export writes it into its module file
 * or an import brings exactly what is published. A file import that disagrees with a pending question (other content
 * or metadata, a question published in the browser missing from the files, one retired there still in them) would
 * silently undo a reviewed change, so the import is refused as a whole, naming each question; so is a file that
 * names a question being written in the browser as a new one. After an export the files are the source again.
 */
public final class WebChangeConflicts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** A question changed in the browser and not exported: its current revision and state. */
    public record Pending(String questionKey, int revision, boolean retired, Instant changedAt,
            RevisionPlan.Prints current) {
        public Pending {
            Objects.requireNonNull(questionKey, "questionKey");
            Objects.requireNonNull(changedAt, "changedAt");
            Objects.requireNonNull(current, "current");
        }
    }

    /** A question that exists only as a draft in the browser (revision 0): its id is taken. */
    public record BeingWritten(String questionKey, String createdBy, Instant createdAt) {
    }

    /**
     * @param problems one message per question at fault, in id order; empty when the import may go ahead
     * @param agreeing the pending questions the files now hold exactly as published: no longer pending
     */
    public record Outcome(List<String> problems, List<String> agreeing) {
        public Outcome {
            problems = List.copyOf(problems);
            agreeing = List.copyOf(agreeing);
        }

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    private WebChangeConflicts() {
    }

    /**
     * @param incoming every question in the files with its fingerprints
     * @param zone the organisation's time zone, for the dates in the messages
     */
    public static Outcome check(Map<String, RevisionPlan.Prints> incoming, List<Pending> pending,
            List<BeingWritten> beingWritten, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        List<String> agreeing = new ArrayList<>();
        for (BeingWritten draft : beingWritten) {
            if (incoming.containsKey(draft.questionKey())) {
                problems.add(new Problem(draft.questionKey(), "question " + draft.questionKey() + " is being written "
                        + "in the browser as a new question (started by " + draft.createdBy() + " on "
                        + when(draft.createdAt(), zone) + "), so its id is taken; give the question in the file "
                        + "another id"));
            }
        }
        for (Pending question : pending) {
            String key = question.questionKey();
            RevisionPlan.Prints inFiles = incoming.get(key);
            String published = "question " + key + ": revision " + question.revision() + " was published in the "
                    + "browser on " + when(question.changedAt(), zone) + " and is not exported; ";
            if (question.retired()) {
                if (inFiles == null) {
                    agreeing.add(key);
                } else {
                    problems.add(new Problem(key, "question " + key + " was retired in the browser on "
                            + when(question.changedAt(), zone) + " and that is not exported; the files still hold "
                            + "it. Export changes first, then edit the exported files"));
                }
            } else if (inFiles == null) {
                problems.add(new Problem(key, published + "the files do not hold the question. Export changes "
                        + "first, then edit the exported files"));
            } else if (inFiles.sameAs(question.current())) {
                agreeing.add(key);
            } else {
                problems.add(new Problem(key, published + "the file holds other content. Export changes first, "
                        + "then edit the exported file (or make the file's question the same as the published one)"));
            }
        }
        problems.sort(Comparator.comparing(Problem::questionKey));
        return new Outcome(problems.stream().map(Problem::message).toList(), agreeing.stream().sorted().toList());
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private record Problem(String questionKey, String message) {
    }
}

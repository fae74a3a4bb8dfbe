package org.ketaminetraining.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a person's assignment rows to open and which to close, given who they are now: a pure diff, so the
 * one rule serves every way a person changes (an edit, an import, a new account, a new or ended assignment).
 * Rows are only ever closed, never deleted or reopened: a person who leaves and comes back gets a new row, so the
 * history says when they were assigned.
 */
public final class Reevaluation {

    private Reevaluation() {
    }

    /** A person's open row of one assignment. */
    public record OpenRow(long rowId, long assignmentId) {
    }

    /** A row to close and why. */
    public record Closing(long rowId, long assignmentId, String reason) {
        public Closing {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What to change: assignments to open a row for, rows to close. */
    public record Plan(List<AssignmentScope> toOpen, List<Closing> toClose) {
        public Plan {
            toOpen = List.copyOf(toOpen);
            toClose = List.copyOf(toClose);
        }

        public boolean isEmpty() {
            return toOpen.isEmpty() && toClose.isEmpty();
        }
    }

    /**
     * The plan for one person.
     *
     * @param assignments every assignment that may concern the person (ended ones included, so that their rows
     *                    close with the right reason); a row of an assignment not given is closed as ended
     * @param openRows    the person's open rows
     */
    public static Plan plan(Assignee person, Collection<AssignmentScope> assignments, Collection<OpenRow> openRows) {
        Map<Long, AssignmentScope> byId = new HashMap<>();
        assignments.forEach(a -> byId.put(a.assignmentId(), a));
        List<Closing> toClose = new ArrayList<>();
        Set<Long> stillOpen = new HashSet<>();
        for (OpenRow row : openRows) {
            AssignmentScope scope = byId.get(row.assignmentId());
            if (scope == null) {
                toClose.add(new Closing(row.rowId(), row.assignmentId(), "assignment ended"));
            } else if (!stillOpen.add(row.assignmentId())) {
                // Two open rows of one assignment (two servers re-evaluating at once): keep the first.
                toClose.add(new Closing(row.rowId(), row.assignmentId(), "duplicate"));
            } else {
                scope.endedFor(person).ifPresent(reason -> {
                    stillOpen.remove(row.assignmentId());
                    toClose.add(new Closing(row.rowId(), row.assignmentId(), reason));
                });
            }
        }
        List<AssignmentScope> toOpen = assignments.stream()
                .filter(a -> a.appliesTo(person) && !stillOpen.contains(a.assignmentId())).toList();
        return new Plan(toOpen, toClose);
    }
}

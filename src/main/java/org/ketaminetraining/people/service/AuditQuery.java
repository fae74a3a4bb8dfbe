package org.ketaminetraining.people.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries of the audit trail to show: filters, order and page. An empty filter matches everything.
 *
 * @param actor part of the actor's name, any case (the username of whoever acted, or {@code system})
 * @param action the exact action, such as {@code account.create}
 * @param from the first instant included
 * @param until the first instant no longer included
 * @param newestFirst the order of the page
 * @param firstResult the index of the page's first entry in the whole matching list
 * @param maxResults entries per page, 1 to {@value #MAX_RESULTS}
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<Instant> from,
        Optional<Instant> until, boolean newestFirst, int firstResult, int maxResults) {

    /** The longest actor the trail stores (the column's length). */
    public static final int MAX_ACTOR_LENGTH = 64;
    /** The longest action the trail stores (the column's length). */
    public static final int MAX_ACTION_LENGTH = 60;
    public static final int MAX_RESULTS = 500;

    public AuditQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        actor = actor.map(String::strip).filter(a -> !a.isEmpty());
        action = action.map(String::strip).filter(a -> !a.isEmpty());
        if (actor.filter(a -> a.length() > MAX_ACTOR_LENGTH).isPresent()) {
            throw new IllegalArgumentException("actor longer than " + MAX_ACTOR_LENGTH + " characters");
        }
        if (action.filter(a -> a.length() > MAX_ACTION_LENGTH).isPresent()) {
            throw new IllegalArgumentException("action longer than " + MAX_ACTION_LENGTH + " characters");
        }
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new IllegalArgumentException("the range ends (" + until.get() + ") before it starts ("
                    + from.get() + ")");
        }
        if (firstResult < 0 || maxResults < 1 || maxResults > MAX_RESULTS) {
            throw new IllegalArgumentException("paging out of range: first " + firstResult + ", max " + maxResults);
        }
    }

    /** Everything, newest first, one page of {@code maxResults} from {@code firstResult}. */
    public static AuditQuery everything(int firstResult, int maxResults) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true,
                firstResult, maxResults);
    }
}

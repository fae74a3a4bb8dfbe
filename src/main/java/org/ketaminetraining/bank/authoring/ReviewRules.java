package org.ketaminetraining.bank.authoring;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four-eyes review as plain decisions. Saving never publishes; a complete draft goes to review; someone who did
 * not write or edit it approves it (which publishes a revision) or returns it with a comment. Roles are not decided
 * here (every step needs EDUCATOR or ADMIN, which the service checks): an administrator who edited a draft is one
 * of its authors like anyone else, so may not approve or return it either.
 *
 * <p>Names are compared without regard to case, so that "Alice" and "alice" are one author.
 */
public final class ReviewRules {
    /** The longest comment a reviewer may write when returning a draft (or approving one). */
    public static final int MAX_COMMENT = 4_000;

    private ReviewRules() {
    }

    /** Saving changes the content: only while the draft is being written. */
    public static ReviewDecision maySave(Optional<DraftStatus> status) {
        if (status.isEmpty()) {
            return ReviewDecision.allow();
        }
        return switch (status.get()) {
            case DRAFT -> ReviewDecision.allow();
            case IN_REVIEW -> ReviewDecision.refuse("This draft is waiting for review, so it cannot be changed."
                    + " A reviewer can return it to you with a comment, and then you can edit it again.");
        };
    }

    /** Submitting for review: a draft being written, with no problem left. */
    public static ReviewDecision maySubmit(Optional<DraftStatus> status, List<FieldProblem> problems) {
        if (status.isEmpty()) {
            return noDraft("submit");
        }
        if (status.get() == DraftStatus.IN_REVIEW) {
            return ReviewDecision.refuse("This draft is already waiting for review.");
        }
        if (!problems.isEmpty()) {
            return ReviewDecision.refuse("This draft cannot go to review yet: " + count(problems.size(), "problem")
                    + " must be fixed first (shown next to the fields).");
        }
        return ReviewDecision.allow();
    }

    /** Approving (which publishes): a draft in review, by someone who is not among its authors. */
    public static ReviewDecision mayApprove(Optional<DraftStatus> status, String caller, Collection<String> authors,
            String comment) {
        Optional<ReviewDecision> refused = reviewable(status, "approve")
                .or(() -> notAnAuthor(caller, authors, "approve"));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return tooLong(comment);
        }
        return ReviewDecision.allow();
    }

    /** Returning to the authors: a draft in review, by someone who is not among its authors, with a comment. */
    public static ReviewDecision mayReturn(Optional<DraftStatus> status, String caller, Collection<String> authors,
            String comment) {
        Optional<ReviewDecision> refused = reviewable(status, "return")
                .or(() -> notAnAuthor(caller, authors, "return"));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (comment == null || comment.isBlank()) {
            return ReviewDecision.refuse("Write a comment that tells the authors what to change before returning"
                    + " the draft.");
        }
        if (comment.length() > MAX_COMMENT) {
            return tooLong(comment);
        }
        return ReviewDecision.allow();
    }

    /**
     * Discarding an open draft: while it is being written. A draft in review must be returned first, so that a
     * reviewer never loses the draft they are reading.
     */
    public static ReviewDecision mayDiscard(Optional<DraftStatus> status) {
        if (status.isEmpty()) {
            return noDraft("discard");
        }
        if (status.get() == DraftStatus.IN_REVIEW) {
            return ReviewDecision.refuse("This draft is waiting for review. Ask a reviewer to return it, then"
                    + " discard it.");
        }
        return ReviewDecision.allow();
    }

    /** Retiring: a published question that is not retired yet. */
    public static ReviewDecision mayRetire(boolean published, boolean retired) {
        if (!published) {
            return ReviewDecision.refuse("This question has never been published, so there is nothing to retire;"
                    + " discard its draft instead.");
        }
        if (retired) {
            return ReviewDecision.refuse("This question is already retired.");
        }
        return ReviewDecision.allow();
    }

    /** Reinstating: a retired question. */
    public static ReviewDecision mayReinstate(boolean retired) {
        return retired ? ReviewDecision.allow()
                : ReviewDecision.refuse("This question is not retired, so there is nothing to reinstate.");
    }

    /** Whether the caller is one of the authors (case does not matter). */
    public static boolean isAuthor(String caller, Collection<String> authors) {
        String name = caller.toLowerCase(Locale.ROOT);
        return authors.stream().anyMatch(author -> author.toLowerCase(Locale.ROOT).equals(name));
    }

    private static Optional<ReviewDecision> reviewable(Optional<DraftStatus> status, String verb) {
        if (status.isEmpty()) {
            return Optional.of(noDraft(verb));
        }
        if (status.get() != DraftStatus.IN_REVIEW) {
            return Optional.of(ReviewDecision.refuse("This draft is still being written; it can be reviewed once"
                    + " an author submits it for review."));
        }
        return Optional.empty();
    }

    private static Optional<ReviewDecision> notAnAuthor(String caller, Collection<String> authors, String verb) {
        if (isAuthor(caller, authors)) {
            return Optional.of(ReviewDecision.refuse("You wrote or edited this draft, so another educator must "
                    + verb + " it: four eyes see more than two."));
        }
        return Optional.empty();
    }

    private static ReviewDecision tooLong(String comment) {
        return ReviewDecision.refuse("The comment has " + comment.length() + " characters; shorten it to at most "
                + MAX_COMMENT + ".");
    }

    private static ReviewDecision noDraft(String verb) {
        return ReviewDecision.refuse("There is no open draft of this question to " + verb + ".");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

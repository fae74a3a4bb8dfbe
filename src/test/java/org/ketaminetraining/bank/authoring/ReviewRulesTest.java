package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {
    private static final Optional<DraftStatus> NONE = Optional.empty();
    private static final Optional<DraftStatus> DRAFT = Optional.of(DraftStatus.DRAFT);
    private static final Optional<DraftStatus> IN_REVIEW = Optional.of(DraftStatus.IN_REVIEW);
    private static final List<String> AUTHORS = List.of("alice", "admin");

    @Test
    void savingOnlyWhileTheDraftIsBeingWritten() {
        assertThat(ReviewRules.maySave(NONE).allowed()).isTrue();
        assertThat(ReviewRules.maySave(DRAFT).allowed()).isTrue();
        assertThat(ReviewRules.maySave(IN_REVIEW).reason())
                .isEqualTo("This draft is waiting for review, so it cannot be changed. A reviewer can return it to"
                        + " you with a comment, and then you can edit it again.");
    }

    @Test
    void submittingACompleteDraftBeingWritten() {
        assertThat(ReviewRules.maySubmit(DRAFT, List.of()).allowed()).isTrue();
        assertThat(ReviewRules.maySubmit(DRAFT, List.of(new FieldProblem("stem", "x"),
                new FieldProblem("unit", "y"))).reason())
                .isEqualTo("This draft cannot go to review yet: 2 problems must be fixed first (shown next to the"
                        + " fields).");
        assertThat(ReviewRules.maySubmit(DRAFT, List.of(new FieldProblem("stem", "x"))).reason())
                .contains("1 problem must");
        assertThat(ReviewRules.maySubmit(IN_REVIEW, List.of()).reason())
                .isEqualTo("This draft is already waiting for review.");
        assertThat(ReviewRules.maySubmit(NONE, List.of()).reason())
                .isEqualTo("There is no open draft of this question to submit.");
    }

    @Test
    void approvingBySomeoneWhoIsNotAnAuthor() {
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "bob", AUTHORS, "").allowed()).isTrue();
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "bob", AUTHORS, null).allowed()).isTrue();
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "Alice", AUTHORS, "").reason())
                .isEqualTo("You wrote or edited this draft, so another educator must approve it: four eyes see more"
                        + " than two.");
        assertThat(ReviewRules.mayApprove(DRAFT, "bob", AUTHORS, "").reason())
                .isEqualTo("This draft is still being written; it can be reviewed once an author submits it for"
                        + " review.");
        assertThat(ReviewRules.mayApprove(NONE, "bob", AUTHORS, "").reason())
                .isEqualTo("There is no open draft of this question to approve.");
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "bob", AUTHORS, "x".repeat(4001)).reason())
                .isEqualTo("The comment has 4001 characters; shorten it to at most 4000.");
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "bob", AUTHORS, "x".repeat(4000)).allowed()).isTrue();
    }

    @Test
    void anAdministratorWhoIsAnAuthorMayNeitherApproveNorReturn() {
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "admin", AUTHORS, "fine").refused()).isTrue();
        assertThat(ReviewRules.mayReturn(IN_REVIEW, "admin", AUTHORS, "please fix").reason())
                .isEqualTo("You wrote or edited this draft, so another educator must return it: four eyes see more"
                        + " than two.");
        assertThat(ReviewRules.mayApprove(IN_REVIEW, "admin", List.of("alice"), "fine").allowed())
                .as("an administrator who did not write it").isTrue();
    }

    @Test
    void returningNeedsACommentOfAtMost4000Characters() {
        assertThat(ReviewRules.mayReturn(IN_REVIEW, "bob", AUTHORS, "The unit should be mg/kg.").allowed()).isTrue();
        for (String blank : new String[]{null, "", "  \n\t"}) {
            assertThat(ReviewRules.mayReturn(IN_REVIEW, "bob", AUTHORS, blank).reason())
                    .isEqualTo("Write a comment that tells the authors what to change before returning the draft.");
        }
        assertThat(ReviewRules.mayReturn(IN_REVIEW, "bob", AUTHORS, "y".repeat(4001)).refused()).isTrue();
        assertThat(ReviewRules.mayReturn(IN_REVIEW, "bob", AUTHORS, "y".repeat(4000)).allowed()).isTrue();
        assertThat(ReviewRules.mayReturn(DRAFT, "bob", AUTHORS, "fix").refused()).isTrue();
        assertThat(ReviewRules.mayReturn(NONE, "bob", AUTHORS, "fix").reason())
                .isEqualTo("There is no open draft of this question to return.");
    }

    @Test
    void discardingADraftBeingWritten() {
        assertThat(ReviewRules.mayDiscard(DRAFT).allowed()).isTrue();
        assertThat(ReviewRules.mayDiscard(IN_REVIEW).reason())
                .isEqualTo("This draft is waiting for review. Ask a reviewer to return it, then discard it.");
        assertThat(ReviewRules.mayDiscard(NONE).reason())
                .isEqualTo("There is no open draft of this question to discard.");
    }

    @Test
    void retiringAPublishedQuestionAndReinstatingARetiredOne() {
        assertThat(ReviewRules.mayRetire(true, false).allowed()).isTrue();
        assertThat(ReviewRules.mayRetire(true, true).reason()).isEqualTo("This question is already retired.");
        assertThat(ReviewRules.mayRetire(false, false).reason()).isEqualTo("This question has never been published,"
                + " so there is nothing to retire; discard its draft instead.");
        assertThat(ReviewRules.mayReinstate(true).allowed()).isTrue();
        assertThat(ReviewRules.mayReinstate(false).reason())
                .isEqualTo("This question is not retired, so there is nothing to reinstate.");
    }

    @Test
    void authorsAreNamesWithoutRegardToCase() {
        assertThat(ReviewRules.isAuthor("ALICE", AUTHORS)).isTrue();
        assertThat(ReviewRules.isAuthor("alicia", AUTHORS)).isFalse();
        assertThat(ReviewRules.isAuthor("bob", List.of())).isFalse();
    }
}

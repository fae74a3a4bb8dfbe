package org.ketaminetraining.web.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;

/**
 * What the answer panels need to show one question to one learner, wherever it comes from (a study presentation,
 * an item of an assessment attempt, a graded item of a result): the question, the order to show its options in,
 * and the learner's answer so far. The panels depend on this rather than on a study or certification value, so
 * that both kinds of page can use them. Like the values it is made from, it is loaded per request through a
 * detachable model, never kept in a page.
 *
 * @param question     the revision shown
 * @param displayOrder as in {@code PresentedQuestion#displayOrder()}: the authored indexes in the order to show
 *                     them (ordering items, matching answers); ignored unless it is a permutation of them
 * @param answer       the learner's answer: saved earlier in an assessment (the inputs start from it), or recorded
 *                     (the written-out feedback); empty when there is none
 */
public record ShownQuestion(Question question, List<Integer> displayOrder, Optional<Response> answer) {

    public ShownQuestion {
        Objects.requireNonNull(question, "question");
        displayOrder = List.copyOf(displayOrder);
        Objects.requireNonNull(answer, "answer");
    }

    /** A question not answered yet. */
    public static ShownQuestion unanswered(Question question, List<Integer> displayOrder) {
        return new ShownQuestion(question, displayOrder, Optional.empty());
    }
}

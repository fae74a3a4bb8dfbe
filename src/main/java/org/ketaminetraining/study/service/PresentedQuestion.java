package org.ketaminetraining.study.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.scheduling.queue.QueueEntry;

/**
 * A question as shown to one learner at one time. The token names this presentation; an answer refers to it, which
 * is what makes recording exactly-once.
 *
 * @param token          unguessable id of the presentation
 * @param questionId     the question's stable id
 * @param revisionNumber the immutable revision shown
 * @param moduleId       its module
 * @param moduleTitle    the module's title
 * @param question       the revision's content
 * @param displayOrder   for ordering items: the authored item indexes in the order to show them; for matching: the
 *                       authored right-hand indexes in the order to offer them; otherwise the options' own order.
 *                       Shuffled reproducibly from the token, so a reload shows the same order.
 * @param presentedAt    when the learner first saw it (response time is measured from here, on the server)
 * @param reason         why the queue offered it (a due review, a same-day step or a new item)
 * @param progress       how far the learner is through today's study
 * @param answered       whether this presentation already has a recorded answer
 */
public record PresentedQuestion(
        String token,
        String questionId,
        int revisionNumber,
        String moduleId,
        String moduleTitle,
        Question question,
        List<Integer> displayOrder,
        Instant presentedAt,
        QueueEntry.Reason reason,
        SessionProgress progress,
        boolean answered) {

    public PresentedQuestion {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleTitle, "moduleTitle");
        Objects.requireNonNull(question, "question");
        displayOrder = List.copyOf(displayOrder);
        Objects.requireNonNull(presentedAt, "presentedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(progress, "progress");
    }
}

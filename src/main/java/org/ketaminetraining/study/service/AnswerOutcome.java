package org.ketaminetraining.study.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.grading.Confidence;

/**
 * The recorded result of one answer, everything the feedback needs.
 *
 * @param token             the presentation answered
 * @param questionId        the question
 * @param revisionNumber    the revision that was shown and graded
 * @param moduleTitle       its module's title
 * @param question          the revision's content (right answer, explanation, references)
 * @param displayOrder      as in {@link PresentedQuestion#displayOrder()}
 * @param response          what the learner answered
 * @param confidence        the confidence they gave
 * @param correct           whether it was right
 * @param feedback          per-option feedback for what they chose (Markdown), possibly empty
 * @param rating            the rating the scheduler was given
 * @param confidentlyWrong  wrong with high confidence (recorded for educators)
 * @param responseTime      server-measured time from presentation to submission
 * @param nextDue           when the item comes back
 * @param alreadyRecorded   true when this submission repeated one already recorded and changed nothing
 */
public record AnswerOutcome(
        String token,
        String questionId,
        int revisionNumber,
        String moduleTitle,
        Question question,
        List<Integer> displayOrder,
        Response response,
        Confidence confidence,
        boolean correct,
        List<String> feedback,
        Rating rating,
        boolean confidentlyWrong,
        Duration responseTime,
        Instant nextDue,
        boolean alreadyRecorded) {

    public AnswerOutcome {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(moduleTitle, "moduleTitle");
        Objects.requireNonNull(question, "question");
        displayOrder = List.copyOf(displayOrder);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(confidence, "confidence");
        feedback = List.copyOf(feedback);
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /** The same outcome, marked as the answer to a repeated submission. */
    public AnswerOutcome asRepeat() {
        return new AnswerOutcome(token, questionId, revisionNumber, moduleTitle, question, displayOrder, response,
                confidence, correct, feedback, rating, confidentlyWrong, responseTime, nextDue, true);
    }
}

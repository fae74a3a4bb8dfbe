package org.ketaminetraining.study.service;

import java.util.Objects;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.scheduling.grading.Confidence;

/**
 * What the learner sent for one presentation.
 *
 * @param presentationToken the presentation answered (from {@link PresentedQuestion#token()})
 * @param response          the answer, of the type the question asks for
 * @param confidence        the optional confidence choice, {@link Confidence#NOT_STATED} when skipped
 */
public record AnswerSubmission(String presentationToken, Response response, Confidence confidence) {
    public AnswerSubmission {
        Objects.requireNonNull(presentationToken, "presentationToken");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(confidence, "confidence");
    }
}

package org.ketaminetraining.study.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.grading.Confidence;

/**
 * A learner's past reviews (one page, newest first) and their accuracy per module.
 *
 * @param reviews      the requested page
 * @param totalReviews all reviews in the log
 * @param accuracy     per module with at least one review, in programme order where possible
 */
public record StudyHistory(List<PastReview> reviews, long totalReviews, List<ModuleAccuracy> accuracy) {

    public StudyHistory {
        reviews = List.copyOf(reviews);
        accuracy = List.copyOf(accuracy);
    }

    /** One answered presentation. */
    public record PastReview(Instant answeredAt, String questionId, int revisionNumber, String moduleTitle,
            String stemExcerpt, boolean correct, Rating rating, Confidence confidence, Duration responseTime) {
        public PastReview {
            Objects.requireNonNull(answeredAt, "answeredAt");
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(moduleTitle, "moduleTitle");
            Objects.requireNonNull(stemExcerpt, "stemExcerpt");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(confidence, "confidence");
            Objects.requireNonNull(responseTime, "responseTime");
        }
    }

    /** Answers and correct answers in one module. */
    public record ModuleAccuracy(String moduleId, String title, int answered, int correct) {
        public double share() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }
}

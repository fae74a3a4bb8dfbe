package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One showing of one question revision to one learner. The response time is measured from {@code presentedAt},
 * on the server; the answer refers to the token, and {@code answered} flips once. A presentation that can no longer
 * be answered (its question changed) is {@code superseded} instead.
 */
@Entity
@Table(name = "presentation")
public class Presentation {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ReviewLogEntry.ID_GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true, length = 43, updatable = false)
    private String token;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(name = "queue_reason", nullable = false, length = 20, updatable = false)
    private String queueReason;

    @Column(name = "presented_at", nullable = false)
    private Instant presentedAt;

    @Column(nullable = false)
    private boolean answered;

    @Column(nullable = false)
    private boolean superseded;

    protected Presentation() {
    }

    public Presentation(String token, long accountId, long questionId, long revisionId, String queueReason,
            Instant presentedAt) {
        this.token = token;
        this.accountId = accountId;
        this.questionId = questionId;
        this.revisionId = revisionId;
        this.queueReason = queueReason;
        this.presentedAt = presentedAt;
    }

    public void markAnswered() {
        this.answered = true;
    }

    /**
     * Closes an unanswered presentation whose question was retired, revised or left the learner's programme since:
     * it is never answered and never resumed, and leaves no trace in the review log.
     */
    public void supersede() {
        this.superseded = true;
    }

    /**
     * Shows the question again from now: a learner who comes back to a question left open long ago should not be
     * graded as slow for the time they were away.
     */
    public void showAgainAt(Instant now) {
        this.presentedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public String getQueueReason() {
        return queueReason;
    }

    public Instant getPresentedAt() {
        return presentedAt;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isSuperseded() {
        return superseded;
    }
}

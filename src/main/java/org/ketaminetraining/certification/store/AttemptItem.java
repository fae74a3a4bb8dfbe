package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One item of an attempt: the exact revision drawn, in the position shown, and the answer as last saved (in the
 * study's stored form). Graded once, when the attempt is submitted.
 */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = AssessmentAttempt.ID_GENERATOR)
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(name = "module_key", nullable = false, length = 100, updatable = false)
    private String moduleKey;

    @Column(name = "safety_critical", nullable = false, updatable = false)
    private boolean safetyCritical;

    @Column(length = 4000)
    private String response;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(nullable = false)
    private boolean flagged;

    @Column
    private Boolean correct;

    protected AttemptItem() {
    }

    public AttemptItem(long attemptId, int position, long questionId, long revisionId, String moduleKey,
            boolean safetyCritical) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.revisionId = revisionId;
        this.moduleKey = moduleKey;
        this.safetyCritical = safetyCritical;
    }

    /** Saves (or clears, with null) the answer as given at {@code at}. */
    public void saveResponse(String storedResponse, Instant at) {
        this.response = storedResponse;
        this.answeredAt = storedResponse == null ? null : at;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    public void grade(boolean isCorrect) {
        this.correct = isCorrect;
    }

    public Long getId() {
        return id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public boolean isSafetyCritical() {
        return safetyCritical;
    }

    public Optional<String> getResponse() {
        return Optional.ofNullable(response);
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Optional<Boolean> getCorrect() {
        return Optional.ofNullable(correct);
    }
}

package org.ketaminetraining.bank.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A question's lasting identity: learners' history points here and stays with it through every revision. Its
 * content lives in {@link QuestionRevision}s; this row only says which revision is current and whether the
 * question is retired.
 */
@Entity
@Table(name = "bank_question")
public class StoredQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bankIds")
    private Long id;
    @Column(name = "question_key", nullable = false, unique = true, length = 100)
    private String questionKey;
    @Column(name = "module_key", nullable = false, length = 100)
    private String moduleKey;
    @Column(name = "current_revision", nullable = false)
    private int currentRevision;
    @Column(nullable = false)
    private boolean retired;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected StoredQuestion() {
    }

    public StoredQuestion(String questionKey, String moduleKey, Instant createdAt) {
        this.questionKey = questionKey;
        this.moduleKey = moduleKey;
        this.createdAt = createdAt;
    }

    /** Makes the given revision current (and brings a retired question back). */
    public void publish(int revisionNumber, String newModuleKey) {
        this.currentRevision = revisionNumber;
        this.moduleKey = newModuleKey;
        this.retired = false;
        this.retiredAt = null;
    }

    public void retire(Instant at) {
        this.retired = true;
        this.retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}

package org.ketaminetraining.bank.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of a question, never changed after it is written. Reviews, assessment attempts and
 * certificates name the revision they showed. {@code content} is the question as a one-question module in the
 * bank's YAML format (one line of flow YAML, which is also JSON; revisions written before 2026-11-27 are block YAML),
 * so the bank's own parser reads back exactly what the learner saw. New questions' first revisions are written by
 * {@link NewQuestionRows} with the same columns.
 */
@Entity
@Table(name = "question_revision")
public class QuestionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bankIds")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private StoredQuestion question;
    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;
    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;
    @Column(name = "question_type", nullable = false, length = 30, updatable = false)
    private String questionType;
    @Column(name = "safety_critical", nullable = false, updatable = false)
    private boolean safetyCritical;
    @Column(name = "module_key", nullable = false, length = 100, updatable = false)
    private String moduleKey;
    @Column(nullable = false, length = 32_000, updatable = false)
    private String content;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private BankImport bankImport;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected QuestionRevision() {
    }

    public QuestionRevision(StoredQuestion question, int revisionNumber, String fingerprint, String questionType,
            boolean safetyCritical, String moduleKey, String content, BankImport bankImport,
            Instant createdAt) {
        this.question = question;
        this.revisionNumber = revisionNumber;
        this.fingerprint = fingerprint;
        this.questionType = questionType;
        this.safetyCritical = safetyCritical;
        this.moduleKey = moduleKey;
        this.content = content;
        this.bankImport = bankImport;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public StoredQuestion getQuestion() {
        return question;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getQuestionType() {
        return questionType;
    }

    public boolean isSafetyCritical() {
        return safetyCritical;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getContent() {
        return content;
    }

    public BankImport getBankImport() {
        return bankImport;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

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
import java.util.List;
import java.util.Optional;

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
    /** Null only for revisions stored before V7 until the start-up backfill computes it. */
    @Column(name = "metadata_fingerprint", length = 64)
    private String metadataFingerprint;
    @Column(length = 4000, updatable = false)
    private String authors;
    @Column(name = "review_comment", length = 4000, updatable = false)
    private String reviewComment;
    @Column(name = "approved_by", length = 64, updatable = false)
    private String approvedBy;

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

    /**
     * The fingerprint of the question's filing (objective, tags, difficulty, expected time): given before the
     * revision is stored, or once by the start-up backfill for a revision stored before it existed.
     */
    public void recordMetadataFingerprint(String fingerprint) {
        this.metadataFingerprint = fingerprint;
    }

    /** Who wrote and who approved a revision published in the browser; set before it is stored. */
    public void recordReview(List<String> authorNames, String comment, String approver) {
        this.authors = String.join("\n", authorNames);
        this.reviewComment = comment == null || comment.isBlank() ? null : comment;
        this.approvedBy = approver;
    }

    public String getMetadataFingerprint() {
        return metadataFingerprint;
    }

    /** The educators who wrote a web revision, in order of first save; empty for a file import's. */
    public List<String> getAuthors() {
        return authors == null || authors.isEmpty() ? List.of() : List.of(authors.split("\n"));
    }

    /** The approver's comment on a web revision. */
    public Optional<String> getReviewComment() {
        return Optional.ofNullable(reviewComment);
    }

    /** Who approved a web revision; empty for a file import's. */
    public Optional<String> getApprovedBy() {
        return Optional.ofNullable(approvedBy);
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

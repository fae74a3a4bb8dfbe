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
 * content lives in {@link QuestionRevision}s; this row says which revision is current and whether the question is
 * retired, and keeps a copy of what the question list filters and shows ({@link ListColumns}).
 *
 * <p>A question being written in the browser and never published has a row at revision 0 from its draft's first
 * save, so its id is reserved: ids are stable forever. Study, assessments and the catalog only ever join a row to
 * the revision numbered {@code currentRevision}, and there is no revision 0, so nobody but educators sees it.
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
    @Column(name = "question_type", length = 30)
    private String questionType;
    @Column(name = "safety_critical", nullable = false)
    private boolean safetyCritical;
    @Column(length = ListColumns.TAGS_LENGTH)
    private String tags;
    @Column(name = "search_text", length = ListColumns.SEARCH_LENGTH)
    private String searchText;
    @Column(name = "stem_preview", length = ListColumns.PREVIEW_LENGTH)
    private String stemPreview;
    @Column(name = "last_changed")
    private Instant lastChanged;
    @Column(name = "pending_export", nullable = false)
    private boolean pendingExport;

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

    /** Copies what the question list shows from the current revision (or a new question's draft). */
    public void describe(ListColumns columns) {
        this.questionType = columns.questionType();
        this.safetyCritical = columns.safetyCritical();
        this.tags = columns.tags();
        this.searchText = columns.searchText();
        this.stemPreview = columns.stemPreview();
    }

    public void changedAt(Instant at) {
        this.lastChanged = at;
    }

    /** Changed in the browser; the files do not have it until an export writes it. */
    public void markPendingExport() {
        this.pendingExport = true;
    }

    /** The files now hold exactly what is published. */
    public void clearPendingExport() {
        this.pendingExport = false;
    }

    /** True before the first publication: only a draft exists. */
    public boolean isNeverPublished() {
        return currentRevision == 0;
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

    public String getQuestionType() {
        return questionType;
    }

    public boolean isSafetyCritical() {
        return safetyCritical;
    }

    public String getTags() {
        return tags;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getStemPreview() {
        return stemPreview;
    }

    public Instant getLastChanged() {
        return lastChanged;
    }

    public boolean isPendingExport() {
        return pendingExport;
    }
}

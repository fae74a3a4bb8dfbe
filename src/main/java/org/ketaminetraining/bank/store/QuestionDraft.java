package org.ketaminetraining.bank.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.authoring.DraftStatus;

/**
 * The one open draft of a question: the editor's working copy (serialized by {@code bank.authoring.DraftDocument})
 * with where it stands in review. Saving it never touches the published revisions; approving it publishes a new
 * revision and deletes the draft; discarding deletes it (and, for a question never published, the question's row).
 *
 * <p>{@link #getVersion()} increases at every change (JPA's optimistic version), so a save or a transition that
 * names the version it read is refused when someone else changed the draft in between, and two requests that both
 * read the same version cannot both commit.
 */
@Entity
@Table(name = "question_draft")
public class QuestionDraft {

    /** The content column's size: the whole serialized draft must fit. */
    public static final int MAX_CONTENT = 32_000;
    /** The authors column's size. */
    public static final int MAX_AUTHORS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bankIds")
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false, unique = true)
    private StoredQuestion question;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DraftStatus status;
    @Column(name = "base_revision", nullable = false)
    private int baseRevision;
    @Column(nullable = false, length = MAX_CONTENT)
    private String content;
    @Column(nullable = false, length = MAX_AUTHORS)
    private String authors;
    @Column(name = "return_comment", length = 4000)
    private String returnComment;
    @Version
    @Column(nullable = false)
    private long version;
    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected QuestionDraft() {
    }

    /** A draft first saved by {@code author}, starting from {@code baseRevision} (0 for a new question). */
    public QuestionDraft(StoredQuestion question, int baseRevision, String content, String author, Instant at) {
        this.question = question;
        this.baseRevision = baseRevision;
        this.status = DraftStatus.DRAFT;
        this.content = content;
        this.authors = author;
        this.createdBy = author;
        this.createdAt = at;
        this.updatedBy = author;
        this.updatedAt = at;
    }

    /** Stores new content; the saver becomes one of its authors. */
    public void save(String newContent, String author, Instant at) {
        this.content = newContent;
        if (!getAuthors().contains(author)) {
            this.authors = authors + "\n" + author;
        }
        touch(author, at);
    }

    public void submit(String by, Instant at) {
        this.status = DraftStatus.IN_REVIEW;
        this.submittedBy = by;
        this.submittedAt = at;
        touch(by, at);
    }

    /** Back to the authors with the reviewer's comment. */
    public void returnToAuthors(String comment, String by, Instant at) {
        this.status = DraftStatus.DRAFT;
        this.returnComment = comment;
        touch(by, at);
    }

    /** A change that is no save of content (a bulk tag change applied to the draft too). */
    public void replaceContent(String newContent, String by, Instant at) {
        this.content = newContent;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** True when adding {@code author} would not fit the authors column. */
    public boolean wouldOverflowAuthors(String author) {
        return !getAuthors().contains(author) && authors.length() + 1 + author.length() > MAX_AUTHORS;
    }

    public Long getId() {
        return id;
    }

    public StoredQuestion getQuestion() {
        return question;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public String getContent() {
        return content;
    }

    /** Everyone who saved it, in order of first save. */
    public List<String> getAuthors() {
        return new ArrayList<>(List.of(authors.split("\n")));
    }

    public Optional<String> getReturnComment() {
        return Optional.ofNullable(returnComment);
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<String> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }
}

package org.ketaminetraining.compliance.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of time during which an assignment applied to one person: opened when they gained it, closed (with
 * the reason) when it stopped applying. Never deleted or reopened; coming back opens a new row.
 */
@Entity
@Table(name = "person_assignment")
public class PersonAssignmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Assignment.ID_GENERATOR)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    /** The assignment's programme, repeated so that reports by programme need no join. */
    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_reason", length = 200)
    private String closedReason;

    protected PersonAssignmentRow() {
    }

    public PersonAssignmentRow(long assignmentId, long accountId, String programmeKey, Instant openedAt) {
        this.assignmentId = assignmentId;
        this.accountId = accountId;
        this.programmeKey = Objects.requireNonNull(programmeKey, "programmeKey");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    /** Closes the row; the reason is cut to the column's 200 characters. */
    public void close(Instant at, String reason) {
        if (closedAt != null) {
            throw new IllegalStateException("person assignment " + id + " is already closed");
        }
        this.closedAt = Objects.requireNonNull(at, "at");
        this.closedReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> getClosedReason() {
        return Optional.ofNullable(closedReason);
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}

package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A manager's or administrator's decision that one person starts afresh on a programme's assessment: attempts
 * begun before {@code resetAt} no longer count toward the attempt limit or the cooldown. The attempts themselves
 * stay, with their results; the latest reset is kept here, and every reset in the audit trail.
 */
@Entity
@Table(name = "attempt_reset")
@IdClass(TimeExtension.Key.class)
public class AttemptReset {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "programme_key", length = 100)
    private String programmeKey;

    @Column(name = "reset_at", nullable = false)
    private Instant resetAt;

    @Column(name = "reset_by", nullable = false, length = 100)
    private String resetBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected AttemptReset() {
    }

    public AttemptReset(long accountId, String programmeKey, Instant resetAt, String resetBy, String reason) {
        this.accountId = accountId;
        this.programmeKey = programmeKey;
        reset(resetAt, resetBy, reason);
    }

    public final void reset(Instant at, String by, String why) {
        this.resetAt = at;
        this.resetBy = by;
        this.reason = why;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public Instant getResetAt() {
        return resetAt;
    }

    public String getResetBy() {
        return resetBy;
    }

    public String getReason() {
        return reason;
    }
}

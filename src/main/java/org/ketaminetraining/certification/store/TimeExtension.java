package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Extra minutes one person gets on a programme's timed assessments, granted by a manager or administrator. */
@Entity
@Table(name = "time_extension")
@IdClass(TimeExtension.Key.class)
public class TimeExtension {

    /** The composite key of a per-person, per-programme row (this extension, and {@link AttemptReset}). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long accountId;
        private String programmeKey;

        public Key() {
        }

        public Key(long accountId, String programmeKey) {
            this.accountId = accountId;
            this.programmeKey = programmeKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId
                    && Objects.equals(key.programmeKey, programmeKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, programmeKey);
        }
    }

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "programme_key", length = 100)
    private String programmeKey;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected TimeExtension() {
    }

    public TimeExtension(long accountId, String programmeKey, int extraMinutes, String grantedBy, Instant grantedAt) {
        this.accountId = accountId;
        this.programmeKey = programmeKey;
        grant(extraMinutes, grantedBy, grantedAt);
    }

    public final void grant(int minutes, String by, Instant at) {
        this.extraMinutes = minutes;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}

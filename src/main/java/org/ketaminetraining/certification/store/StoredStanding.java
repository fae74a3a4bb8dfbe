package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A copy of where one trainee stands in one programme, as last evaluated (see V11's comment and
 * {@code certification.service.StandingSnapshots}): read by reports at scale, never the truth. Written whole by the
 * refresh and read back as columns, never as entities, so it has no getters.
 */
@Entity
@Table(name = "programme_standing")
@IdClass(TimeExtension.Key.class)
public class StoredStanding {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "programme_key", length = 100)
    private String programmeKey;

    @Column(nullable = false, length = 24)
    private String status;

    @Column(name = "learned_percent", nullable = false)
    private int learnedPercent;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "valid_through")
    private LocalDate validThrough;

    @Column(name = "certificate_code", length = 40)
    private String certificateCode;

    @Column(name = "certificate_status", length = 16)
    private String certificateStatus;

    @Column(name = "attempts_verdict", nullable = false, length = 20)
    private String attemptsVerdict;

    @Column(name = "last_activity")
    private Instant lastActivity;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "bank_version", nullable = false)
    private long bankVersion;

    protected StoredStanding() {
    }

    public StoredStanding(long accountId, String programmeKey, String status, int learnedPercent,
            Optional<LocalDate> issuedOn, Optional<LocalDate> validThrough, Optional<String> certificateCode,
            Optional<String> certificateStatus, String attemptsVerdict, Optional<Instant> lastActivity,
            Instant evaluatedAt, Instant validUntil, long bankVersion) {
        this.accountId = accountId;
        this.programmeKey = programmeKey;
        this.status = status;
        this.learnedPercent = learnedPercent;
        this.issuedOn = issuedOn.orElse(null);
        this.validThrough = validThrough.orElse(null);
        this.certificateCode = certificateCode.orElse(null);
        this.certificateStatus = certificateStatus.orElse(null);
        this.attemptsVerdict = attemptsVerdict;
        this.lastActivity = lastActivity.orElse(null);
        this.evaluatedAt = evaluatedAt;
        this.validUntil = validUntil;
        this.bankVersion = bankVersion;
    }
}

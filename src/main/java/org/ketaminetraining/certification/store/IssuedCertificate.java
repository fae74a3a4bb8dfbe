package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate as issued: the signed file is the certificate (the other columns repeat some of its facts so that
 * reports and the public page need not parse it). Revocation adds who, when and why; nothing is ever deleted.
 */
@Entity
@Table(name = "certificate")
public class IssuedCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = AssessmentAttempt.ID_GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Column(name = "attempt_id", nullable = false, unique = true, updatable = false)
    private long attemptId;

    @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
    private String holderName;

    @Column(name = "programme_title", nullable = false, length = 300, updatable = false)
    private String programmeTitle;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "key_id", nullable = false, length = 16, updatable = false)
    private String keyId;

    @Column(name = "signed_file", nullable = false, length = 32000, updatable = false)
    private String signedFile;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    protected IssuedCertificate() {
    }

    /** The facts of a certificate as issued. */
    public record Facts(String code, long accountId, String programmeKey, long attemptId, String holderName,
            String programmeTitle, LocalDate issuedOn, LocalDate expiresOn, Instant issuedAt, String keyId,
            String signedFile) {
    }

    public IssuedCertificate(Facts facts) {
        this.code = facts.code();
        this.accountId = facts.accountId();
        this.programmeKey = facts.programmeKey();
        this.attemptId = facts.attemptId();
        this.holderName = facts.holderName();
        this.programmeTitle = facts.programmeTitle();
        this.issuedOn = facts.issuedOn();
        this.expiresOn = facts.expiresOn();
        this.issuedAt = facts.issuedAt();
        this.keyId = facts.keyId();
        this.signedFile = facts.signedFile();
    }

    public void revoke(Instant at, String by, String reason) {
        if (isRevoked()) {
            throw new IllegalStateException("certificate " + code + " is already revoked");
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSignedFile() {
        return signedFile;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> getRevokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<String> getRevocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}

package org.ketaminetraining.integration.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.people.model.Department;

/** An API token as stored: its hash, never the secret; kept after revocation. */
@Entity
@Table(name = "api_token")
@TableGenerator(name = ApiToken.ID_GENERATOR, table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "api", allocationSize = 10)
public class ApiToken {

    static final String ID_GENERATOR = "apiIds";
    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ID_GENERATOR)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_by_account", nullable = false)
    private long createdByAccount;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "api_token_department", joinColumns = @JoinColumn(name = "token_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    protected ApiToken() {
    }

    public ApiToken(String name, String secretHash, Set<Department> departments, Optional<LocalDate> expiresOn,
            Instant createdAt, String createdBy, long createdByAccount) {
        this.name = name;
        this.secretHash = secretHash;
        this.departments.addAll(departments);
        this.expiresOn = expiresOn.orElse(null);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByAccount = createdByAccount;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Department> getDepartments() {
        return Set.copyOf(departments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getCreatedByAccount() {
        return createdByAccount;
    }

    public Optional<LocalDate> getExpiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> getRevokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether it works on {@code today}: not revoked, and {@code today} is not after its last day. */
    public boolean worksOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public void usedAt(Instant when) {
        lastUsedAt = when;
    }

    public void revoke(Instant when, String by) {
        revokedAt = when;
        revokedBy = by;
    }
}

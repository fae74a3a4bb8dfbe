package org.ketaminetraining.people.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.ketaminetraining.people.Role;

/** A person who can sign in: their roles, the departments they belong to and those they manage. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    /** Null until a password is set: such an account cannot sign in. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Failed sign-ins from all addresses counted in the window that opened at {@link #failuresSince}. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "failures_since")
    private Instant failuresSince;

    /** When the failure ceiling locked the account; null while it is not locked. */
    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The client key (address) of the last successful sign-in: the one place a locked account still opens from. */
    @Column(name = "last_sign_in_from", length = 64)
    private String lastSignInFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The day the person started (employment or post); null: the account's creation day counts. */
    @Column(name = "start_date")
    private java.time.LocalDate startDate;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "account_department", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "managed_department", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> managedDepartments = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String displayName, String email, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /**
     * Stores a new password's hash; a password set by someone else must be changed at the next sign-in. A new
     * password also unlocks the account and clears its failure count, since the guesses were aimed at the old one:
     * that is how an administrator lifts a lock (and how the owner does, changing it from their usual address).
     */
    public void setPasswordHash(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.failedSignIns = 0;
        this.failuresSince = null;
        this.lockedAt = null;
    }

    /** The same password hashed at a higher cost: nothing else about the account changes. */
    public void upgradeHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getFailuresSince() {
        return failuresSince;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public void recordFailedSignIn(int failures, Instant since) {
        this.failedSignIns = failures;
        this.failuresSince = Objects.requireNonNull(since, "since");
    }

    public void lock(Instant at) {
        this.lockedAt = Objects.requireNonNull(at, "at");
    }

    /** A successful sign-in; the failure count stays, so that the owner signing in does not refill a guesser's. */
    public void recordSignIn(Instant at, String from) {
        this.lastSignInAt = at;
        this.lastSignInFrom = from;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getLastSignInFrom() {
        return lastSignInFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public java.util.Optional<java.time.LocalDate> getStartDate() {
        return java.util.Optional.ofNullable(startDate);
    }

    public void setStartDate(java.util.Optional<java.time.LocalDate> startDate) {
        this.startDate = startDate.orElse(null);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Set<Department> getDepartments() {
        return Set.copyOf(departments);
    }

    public void setDepartments(Collection<Department> newDepartments) {
        departments.clear();
        departments.addAll(newDepartments);
    }

    public Set<Department> getManagedDepartments() {
        return Set.copyOf(managedDepartments);
    }

    public void setManagedDepartments(Collection<Department> newDepartments) {
        managedDepartments.clear();
        managedDepartments.addAll(newDepartments);
    }
}

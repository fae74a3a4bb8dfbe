package org.ketaminetraining.compliance.service;

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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.people.Role;

/**
 * A programme assigned to a role and/or a department, and to named people, with a due-date schedule. Never
 * deleted: ending it closes its people's rows and keeps them.
 */
@Entity
@Table(name = "assignment")
@TableGenerator(name = Assignment.ID_GENERATOR, table = "id_sequence", pkColumnName = "seq_name",
        valueColumnName = "seq_count", pkColumnValue = "compliance", allocationSize = 50)
public class Assignment {

    /** The table generator every compliance entity draws its ids from. */
    public static final String ID_GENERATOR = "complianceIds";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ID_GENERATOR)
    private Long id;

    @Column(name = "programme_key", nullable = false, length = 100, updatable = false)
    private String programmeKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private Role role;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Column(name = "schedule_kind", nullable = false, length = 12, updatable = false)
    private String scheduleKind;

    @Column(name = "fixed_date", updatable = false)
    private LocalDate fixedDate;

    @Column(nullable = false, updatable = false)
    private boolean yearly;

    @Column(updatable = false)
    private Integer days;

    @Column(length = 10, updatable = false)
    private String anchor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_person", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "account_id")
    private Set<Long> named = new HashSet<>();

    protected Assignment() {
    }

    public Assignment(String programmeKey, Optional<Role> role, Optional<Long> departmentId, Set<Long> named,
            DueSchedule schedule, Instant createdAt, String createdBy) {
        this.programmeKey = Objects.requireNonNull(programmeKey, "programmeKey");
        this.role = role.orElse(null);
        this.departmentId = departmentId.orElse(null);
        this.named.addAll(named);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        if (schedule instanceof DueSchedule.FixedDate fixed) {
            scheduleKind = "FIXED_DATE";
            fixedDate = fixed.date();
            yearly = fixed.yearly();
        } else if (schedule instanceof DueSchedule.AfterStart after) {
            scheduleKind = "AFTER_START";
            days = after.days();
        } else {
            DueSchedule.Rolling rolling = (DueSchedule.Rolling) schedule;
            scheduleKind = "ROLLING";
            days = rolling.days();
            anchor = rolling.anchor().name();
        }
    }

    public void end(Instant at, String by) {
        if (endedAt != null) {
            throw new IllegalStateException("assignment " + id + " has already ended");
        }
        this.endedAt = Objects.requireNonNull(at, "at");
        this.endedBy = Objects.requireNonNull(by, "by");
    }

    public DueSchedule schedule() {
        return switch (scheduleKind) {
            case "FIXED_DATE" -> new DueSchedule.FixedDate(fixedDate, yearly);
            case "AFTER_START" -> new DueSchedule.AfterStart(days);
            default -> new DueSchedule.Rolling(days, DueSchedule.Anchor.valueOf(anchor));
        };
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public Optional<Role> getRole() {
        return Optional.ofNullable(role);
    }

    public Optional<Long> getDepartmentId() {
        return Optional.ofNullable(departmentId);
    }

    public Set<Long> getNamed() {
        return Set.copyOf(named);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }

    public boolean isEnded() {
        return endedAt != null;
    }
}

package org.ketaminetraining.study.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A trainee's study settings. Its row is also the learner's lock: every use case that presents or records takes it
 * for update first, so one learner's requests (two tabs, a double click) run one after the other.
 */
@Entity
@Table(name = "learner_profile")
public class LearnerProfile {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "programme_key", nullable = false, length = 100)
    private String programmeKey;

    @Column(name = "new_items_per_day", nullable = false)
    private int newItemsPerDay;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "keyboard_shortcuts", nullable = false)
    private boolean keyboardShortcuts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LearnerProfile() {
    }

    public LearnerProfile(long accountId, String programmeKey, int newItemsPerDay, String timeZone,
            boolean keyboardShortcuts, Instant createdAt) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        update(programmeKey, newItemsPerDay, timeZone, keyboardShortcuts);
    }

    public final void update(String newProgrammeKey, int newItemsPerDayLimit, String newTimeZone,
            boolean shortcuts) {
        this.programmeKey = newProgrammeKey;
        this.newItemsPerDay = newItemsPerDayLimit;
        this.timeZone = newTimeZone;
        this.keyboardShortcuts = shortcuts;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public int getNewItemsPerDay() {
        return newItemsPerDay;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isKeyboardShortcuts() {
        return keyboardShortcuts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package org.ketaminetraining.study.service;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A trainee's own study settings.
 *
 * @param newItemsPerDay     how many new items they start per study day (0 to {@link #MAX_NEW_ITEMS_PER_DAY})
 * @param timeZone           their time zone; with the organisation's rollover hour it decides when a study day ends
 * @param keyboardShortcuts  single-key shortcuts on the study page (digits choose, Enter submits); can be turned off
 *                           because single-character shortcuts get in the way of some speech and switch users
 *                           (WCAG 2.1.4)
 * @param programmeId        the programme they study for
 */
public record LearnerSettings(int newItemsPerDay, ZoneId timeZone, boolean keyboardShortcuts, String programmeId)
        implements Serializable {

    public static final int DEFAULT_NEW_ITEMS_PER_DAY = 10;
    public static final int MAX_NEW_ITEMS_PER_DAY = 200;

    public LearnerSettings {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(programmeId, "programmeId");
    }
}

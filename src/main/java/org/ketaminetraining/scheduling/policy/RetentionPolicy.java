package org.ketaminetraining.scheduling.policy;

import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.scheduling.ItemClass;

/**
 * Desired retention per programme and item class. A programme without its own targets uses the defaults, so
 * adding a programme never silently changes how others are scheduled.
 *
 * @param defaults    targets for programmes not listed
 * @param byProgramme targets per programme id
 */
public record RetentionPolicy(RetentionTargets defaults, Map<String, RetentionTargets> byProgramme) {

    public static final RetentionPolicy CLINICAL_DEFAULT = new RetentionPolicy(RetentionTargets.CLINICAL_DEFAULT,
            Map.of());

    public RetentionPolicy {
        Objects.requireNonNull(defaults, "defaults");
        byProgramme = Map.copyOf(Objects.requireNonNull(byProgramme, "byProgramme"));
    }

    /** The same targets for every programme. */
    public static RetentionPolicy uniform(RetentionTargets targets) {
        return new RetentionPolicy(targets, Map.of());
    }

    public double desiredRetention(String programmeId, ItemClass itemClass) {
        return byProgramme.getOrDefault(programmeId, defaults).forClass(itemClass);
    }
}

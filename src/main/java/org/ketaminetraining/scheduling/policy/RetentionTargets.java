package org.ketaminetraining.scheduling.policy;

import org.ketaminetraining.scheduling.ItemClass;

/**
 * Desired retention (the recall probability at which an item falls due) for each item class of one programme.
 * Safety-critical items are never scheduled for less retention than standard ones.
 *
 * @param standard       within (0, 1); 0.80 to 0.95 is the useful range
 * @param safetyCritical within (0, 1) and at least {@code standard}
 */
public record RetentionTargets(double standard, double safetyCritical) {

    /** 0.90 for standard items, 0.95 for safety-critical ones. */
    public static final RetentionTargets CLINICAL_DEFAULT = new RetentionTargets(0.90, 0.95);

    public RetentionTargets {
        requireRetention(standard, "standard");
        requireRetention(safetyCritical, "safetyCritical");
        if (safetyCritical < standard) {
            throw new IllegalArgumentException("safety-critical retention (" + safetyCritical
                    + ") must not be below standard retention (" + standard + ")");
        }
    }

    /** One target for both classes. */
    public static RetentionTargets uniform(double retention) {
        return new RetentionTargets(retention, retention);
    }

    public double forClass(ItemClass itemClass) {
        return itemClass == ItemClass.SAFETY_CRITICAL ? safetyCritical : standard;
    }

    private static void requireRetention(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " retention must be within (0, 1), was " + value);
        }
    }
}

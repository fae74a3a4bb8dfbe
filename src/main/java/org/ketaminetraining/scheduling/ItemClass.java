package org.ketaminetraining.scheduling;

/**
 * How much forgetting an item can afford. Safety-critical items (dosing limits, contraindications, monitoring
 * and rescue steps) are scheduled for a higher desired retention than background knowledge.
 */
public enum ItemClass {
    STANDARD,
    SAFETY_CRITICAL;

    public static ItemClass of(boolean safetyCritical) {
        return safetyCritical ? SAFETY_CRITICAL : STANDARD;
    }
}

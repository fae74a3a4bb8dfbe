package org.ketaminetraining.bank.authoring;

/** Where an open draft stands in the four-eyes review. */
public enum DraftStatus {
    /** Being written; its authors may save it as often as they like. */
    DRAFT,
    /** Submitted; frozen until another educator approves it (which publishes it) or returns it. */
    IN_REVIEW
}

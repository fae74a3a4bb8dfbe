package org.ketaminetraining.bank.service.authoring;

/** The status filter of the question list. A published question with an open draft matches both. */
public enum QuestionStatus {
    /** Has an open draft being written. */
    DRAFT,
    /** Has an open draft waiting for review. */
    IN_REVIEW,
    /** Has a published revision and is not retired. */
    PUBLISHED,
    /** Retired: out of study and assessments. */
    RETIRED
}

/**
 * The study tables as JPA entities: learner profiles, presentations, the append-only review log and the memory-state
 * cache. Rows refer to accounts and questions by id only (no entity graphs): every use case reads exactly the rows
 * it needs, which keeps "submit and show the next question" to a handful of statements.
 */
package org.ketaminetraining.study.store;

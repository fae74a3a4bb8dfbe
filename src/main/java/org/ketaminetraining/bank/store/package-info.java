/**
 * The stored form of imported question banks: each import's outcome, modules, questions with a stable identity,
 * and their immutable revisions. JPA entities only; the import rules live in {@code bank.service}.
 */
package org.ketaminetraining.bank.store;

/**
 * The crash durability harness (issue 24, point 1): a Liberty server of its own ({@code ketamineCrashDerby},
 * {@code ketamineCrashPostgreSQL}; never the {@code ketamineTest} server the other integration tests share),
 * trainees studying and taking an assessment over real HTTP, SIGKILL of the server's JVM at seeded random moments,
 * restarts, and at the end a check of the database itself (JDBC, and the study ledger's own replay through Java SE
 * JPA): every answer the server acknowledged is stored exactly once, memory states equal a replay of the review
 * log, and open presentations and attempts resume.
 */
package org.ketaminetraining.it.durability;

/**
 * Benchmarks of the study capability (run by hand, never as tests). The click a trainee makes most often is
 * "submit my answer, show me the next question", and it is the one whose slowness a whole cohort feels at once,
 * because every request of every learner takes a row lock and writes to the same few tables of one database. These
 * mains put a cohort of simulated trainees on that path together, through the app's own study code, migrations and
 * persistence unit on embedded Derby, so that a change to the queue, the ledger or the schema can be measured under
 * contention before it reaches a server, rather than guessed at from one learner in a test.
 */
package org.ketaminetraining.study.bench;

/**
 * Measurements, not tests: a single-thread throughput benchmark of next-state computations and a population
 * simulation comparing FSRS-6 (default weights, and weights refitted to each learner) with SM-2 at equal realised
 * knowledge, against ground-truth memory models that are neither scheduler's and against FSRS-6 with each learner's
 * own weights. Plain main classes, run with exec-maven-plugin on the test classpath (see each class's javadoc for its
 * command); their pure helpers have unit tests beside them.
 */
package org.ketaminetraining.scheduling.bench;

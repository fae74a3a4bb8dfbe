/**
 * Measurements, not tests: a single-thread throughput benchmark of next-state computations and a population
 * simulation comparing FSRS-6 (default weights, and weights refitted to each learner) with SM-2 against a
 * ground-truth memory model that is neither. Plain main classes, run with exec-maven-plugin on the test classpath
 * (see each class's javadoc for its command).
 */
package org.ketaminetraining.scheduling.bench;

/**
 * A measurement, not a test: {@link org.ketaminetraining.insight.calibration.bench.CalibrationBenchmark} simulates
 * an organisation's year of reviews, runs the held-out fitting decision over them, and prints the calibration
 * figures and the time and memory the fitting took. A plain main class, run with exec-maven-plugin on the test
 * classpath (see its javadoc for the command).
 */
package org.ketaminetraining.insight.calibration.bench;

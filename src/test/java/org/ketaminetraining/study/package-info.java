/**
 * Tests of the pure study rules: stored answers read back exactly, display orders are reproducible and never give
 * an ordering question away, the learned rule's spacing boundaries, streaks, the due forecast across the day
 * boundary, and a guard that keeps the package free of frameworks, clocks and global randomness.
 */
package org.ketaminetraining.study;

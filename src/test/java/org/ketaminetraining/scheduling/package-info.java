/**
 * Tests of the scheduler-neutral vocabulary, of the Replay command and of the guards that keep the engine pure
 * (JDK-only imports, no clock, no global randomness, a package-info in every package).
 */
package org.ketaminetraining.scheduling;

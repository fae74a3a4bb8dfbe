/**
 * Benchmarks of the bank capability (run by hand, never as tests): validating and importing a large bank. Its bank
 * generator also feeds an integration test that needs more questions than a hand-written bank holds.
 */
package org.ketaminetraining.bank.bench;

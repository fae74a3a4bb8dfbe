/** Benchmarks of the bank capability (run by hand, never as tests): validating and importing a large bank. */
package org.ketaminetraining.bank.bench;

/** Tests that fingerprints ignore presentation and notice every change a learner would see. */
package org.ketaminetraining.bank.fingerprint;

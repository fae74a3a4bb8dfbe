/** Tests of the model's own rules: answer normalisation and the invariants of the records. */
package org.ketaminetraining.bank.model;

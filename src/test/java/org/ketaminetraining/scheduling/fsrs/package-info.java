/** Tests of FSRS-6: the reference vectors from ts-fsrs, the model's properties and the scheduler's policy use. */
package org.ketaminetraining.scheduling.fsrs;

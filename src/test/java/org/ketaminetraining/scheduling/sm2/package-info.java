/** Tests of the Anki SM-2 baseline against the intervals and ease changes its documentation states. */
package org.ketaminetraining.scheduling.sm2;

/** Tests of every grading rule, including that a correct answer is never Again. */
package org.ketaminetraining.scheduling.grading;

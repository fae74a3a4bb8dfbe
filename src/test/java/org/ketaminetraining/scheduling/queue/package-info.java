/** Tests of the study queue's order, daily limits, module interleaving and same-day steps. */
package org.ketaminetraining.scheduling.queue;

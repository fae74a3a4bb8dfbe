/**
 * The study queue: from a learner's items and the current instant, what to study next and in which order. Pure:
 * the caller loads the states (by replaying review logs) and counts today's new items; the queue only orders.
 */
package org.ketaminetraining.scheduling.queue;

/**
 * Item-writing quality measures over a whole bank: the cues a test-wise learner could exploit (the key is the
 * longest option, the key sits in one position, absolute words mark the distractors or hedges mark the key,
 * select-all items always have the same number of wrong options), matching items whose right-hand values overlap,
 * near-duplicate stems and items that teach the same fact, the mix of items and the share of safety-critical items
 * per module. Pure.
 */
package org.ketaminetraining.bank.quality;

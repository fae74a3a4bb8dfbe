/**
 * Item-writing quality measures over a whole bank: the cues a test-wise learner could exploit (the key is the
 * longest option, the key sits in one position), near-duplicate stems, and the mix of items. Pure.
 */
package org.ketaminetraining.bank.quality;

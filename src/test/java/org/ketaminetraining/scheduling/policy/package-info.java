/** Tests of the scheduling policy: day boundary across zones and DST, steps, fuzz, retention targets. */
package org.ketaminetraining.scheduling.policy;

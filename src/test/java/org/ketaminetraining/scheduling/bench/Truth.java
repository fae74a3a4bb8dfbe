package org.ketaminetraining.scheduling.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** A population's memory model: how a simulated learner's true memories are drawn. */
interface Truth {

    /** Label in the report. */
    String name();

    /**
     * One learner's true memories, one per item.
     *
     * @param habits    the learner's own stream; the learner's traits are drawn from it first, before anything else
     *                  the simulation draws from it (study hour, study days), so a truth's learners do not depend on
     *                  the scheduler
     * @param items     how many items
     * @param itemTraits a fresh stream per item index, the same for every learner (item traits are shared)
     * @param pairLuck  a fresh stream per item index for this learner (the luck of each answer)
     */
    List<TrueMemory> learner(SplittableRandom habits, int items, IntFunction<SplittableRandom> itemTraits,
            IntFunction<SplittableRandom> pairLuck);
}

package org.ketaminetraining.scheduling.fsrs;

/**
 * FSRS's memory state of one item for one learner.
 *
 * @param stability  S in days: the time for recall probability to fall from 100% to 90%; within
 *                   [{@link MemoryModel#MIN_STABILITY}, {@link MemoryModel#MAX_STABILITY}]
 * @param difficulty D in [1, 10]
 */
public record MemoryState(double stability, double difficulty) {

    public MemoryState {
        if (!(stability >= MemoryModel.MIN_STABILITY && stability <= MemoryModel.MAX_STABILITY)) {
            throw new IllegalArgumentException("stability must be within [" + MemoryModel.MIN_STABILITY + ", "
                    + MemoryModel.MAX_STABILITY + "], was " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be within [1, 10], was " + difficulty);
        }
    }
}

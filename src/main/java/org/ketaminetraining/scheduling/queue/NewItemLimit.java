package org.ketaminetraining.scheduling.queue;

/**
 * How many new items a learner may still start today.
 *
 * @param perDay          the daily limit of new items
 * @param introducedToday how many new items the learner already started on the current study day
 */
public record NewItemLimit(int perDay, int introducedToday) {

    public NewItemLimit {
        if (perDay < 0 || introducedToday < 0) {
            throw new IllegalArgumentException("perDay and introducedToday must be >= 0, got " + perDay + " and "
                    + introducedToday);
        }
    }

    public int remaining() {
        return Math.max(0, perDay - introducedToday);
    }
}

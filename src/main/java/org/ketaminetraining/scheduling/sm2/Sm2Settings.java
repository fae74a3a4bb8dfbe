package org.ketaminetraining.scheduling.sm2;

/**
 * The numbers of Anki's SM-2 variant. Steps, day boundary, fuzz and the maximum interval come from the shared
 * {@link org.ketaminetraining.scheduling.policy.SchedulerPolicy}, so both schedulers differ only in their model.
 *
 * @param graduatingIntervalDays interval when an item passes its last learning step with Good (Anki: 1)
 * @param easyIntervalDays       interval when a learning item is answered Easy (Anki: 4)
 * @param startingEase           ease of a new item (Anki: 2.5)
 * @param minimumEase            ease never falls below this (Anki: 1.3)
 * @param hardMultiplier         review interval factor for Hard (Anki: 1.2)
 * @param easyBonus              extra factor for Easy (Anki: 1.3)
 * @param lapseIntervalDays      interval after a lapse and its relearning steps (Anki with new-interval 0: 1)
 */
public record Sm2Settings(
        int graduatingIntervalDays,
        int easyIntervalDays,
        double startingEase,
        double minimumEase,
        double hardMultiplier,
        double easyBonus,
        int lapseIntervalDays) {

    /** Ease change on Again, Hard and Easy; Good keeps the ease. */
    static final double AGAIN_EASE_CHANGE = -0.20;
    static final double HARD_EASE_CHANGE = -0.15;
    static final double EASY_EASE_CHANGE = 0.15;

    public static final Sm2Settings ANKI_DEFAULT = new Sm2Settings(1, 4, 2.5, 1.3, 1.2, 1.3, 1);

    public Sm2Settings {
        if (graduatingIntervalDays < 1 || easyIntervalDays < graduatingIntervalDays) {
            throw new IllegalArgumentException("need 1 <= graduatingIntervalDays <= easyIntervalDays, got "
                    + graduatingIntervalDays + " and " + easyIntervalDays);
        }
        if (!(minimumEase >= 1) || !(startingEase >= minimumEase) || Double.isInfinite(startingEase)) {
            throw new IllegalArgumentException("need 1 <= minimumEase <= startingEase (finite), got "
                    + minimumEase + " and " + startingEase);
        }
        if (!(hardMultiplier >= 1 && hardMultiplier <= 10) || !(easyBonus >= 1 && easyBonus <= 10)) {
            throw new IllegalArgumentException("hardMultiplier and easyBonus must be within [1, 10], got "
                    + hardMultiplier + " and " + easyBonus);
        }
        if (lapseIntervalDays < 1) {
            throw new IllegalArgumentException("lapseIntervalDays must be >= 1, was " + lapseIntervalDays);
        }
    }
}

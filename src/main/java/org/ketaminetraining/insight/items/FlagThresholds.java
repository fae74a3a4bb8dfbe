package org.ketaminetraining.insight.items;

/**
 * When a figure flags an item.
 *
 * @param minimumDiscrimination     discrimination strictly below it flags (negative values included); -1..1
 * @param maximumFacility           facility strictly above it flags; 0..1
 * @param minimumFacility           facility strictly below it flags; 0..1, at most {@code maximumFacility}
 * @param maximumConfidentlyWrongRate a confidently-wrong rate strictly above it flags; 0..1
 * @param leechLapses               a learner with at least this many lapses on the item flags it; at least 1
 */
public record FlagThresholds(double minimumDiscrimination, double maximumFacility, double minimumFacility,
        double maximumConfidentlyWrongRate, int leechLapses) {

    public FlagThresholds {
        Checks.within(minimumDiscrimination, -1, 1, "minimumDiscrimination");
        Checks.within(maximumFacility, 0, 1, "maximumFacility");
        Checks.within(minimumFacility, 0, maximumFacility, "minimumFacility");
        Checks.within(maximumConfidentlyWrongRate, 0, 1, "maximumConfidentlyWrongRate");
        Checks.atLeast(leechLapses, 1, "leechLapses");
    }

    /** The thresholds: discrimination 0.1, facility 0.2 to 0.95, confidently wrong 15%, 8 lapses. */
    public static FlagThresholds defaults() {
        return new FlagThresholds(0.1, 0.95, 0.2, 0.15, SrsItemMetrics.DEFAULT_LEECH_LAPSES);
    }
}

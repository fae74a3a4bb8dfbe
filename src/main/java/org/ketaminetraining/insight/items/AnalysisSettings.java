package org.ketaminetraining.insight.items;

/**
 * How much evidence a figure needs before it is shown.
 *
 * @param minimumResponses the fewest responses (attempts containing an item, or reviews of it) from which any
 *                         figure of that item is computed; below it every figure is empty. At least 1.
 */
public record AnalysisSettings(int minimumResponses) {

    /** The default gate: no figure from fewer than 20 responses. */
    public static final int DEFAULT_MINIMUM_RESPONSES = 20;

    public AnalysisSettings {
        Checks.atLeast(minimumResponses, 1, "minimumResponses");
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(DEFAULT_MINIMUM_RESPONSES);
    }
}

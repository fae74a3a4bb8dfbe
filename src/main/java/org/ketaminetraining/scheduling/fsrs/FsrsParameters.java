package org.ketaminetraining.scheduling.fsrs;

import java.util.Arrays;
import java.util.Objects;

/**
 * The 21 FSRS-6 weights w0..w20 under a version label. The label travels with every schedule the app stores, so
 * a change of parameters (say, weights fitted to the organisation's own review logs) is visible and auditable.
 *
 * <p>Weights are checked against the bounds that the FSRS optimiser itself enforces; anything outside them would
 * make the formulas misbehave (a negative decay, a difficulty that never moves) rather than merely fit badly.
 */
public final class FsrsParameters {

    /** Number of weights in FSRS-6. */
    public static final int COUNT = 21;

    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1};
    private static final double[] UPPER = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
        5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    /** FSRS-6's defaults: the medians of the weights fitted over the open benchmark's collections. */
    public static final FsrsParameters DEFAULT = of("fsrs6-default",
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    private final String version;
    private final double[] weights;

    private FsrsParameters(String version, double[] weights) {
        this.version = version;
        this.weights = weights;
    }

    /**
     * @param version a non-blank label, stored with schedules so that a parameter change is traceable
     * @param weights exactly 21 finite weights, each within its optimiser bound
     * @throws IllegalArgumentException naming the first weight that is missing, not finite or out of bounds
     */
    public static FsrsParameters of(String version, double... weights) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(weights, "weights");
        if (version.isBlank()) {
            throw new IllegalArgumentException("parameter version must not be blank");
        }
        if (weights.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + COUNT + " weights, got " + weights.length);
        }
        for (int i = 0; i < COUNT; i++) {
            double w = weights[i];
            if (!Double.isFinite(w) || w < LOWER[i] || w > UPPER[i]) {
                throw new IllegalArgumentException("w" + i + " = " + w + " is outside its bounds ["
                        + LOWER[i] + ", " + UPPER[i] + "]");
            }
        }
        return new FsrsParameters(version, weights.clone());
    }

    public String version() {
        return version;
    }

    /** Weight w{@code index}, 0..20. */
    public double weight(int index) {
        return weights[index];
    }

    /** A copy of all 21 weights. */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The least value {@link #of} accepts for w{@code index}; the optimiser clamps its steps to it, and so does a
     * simulation that draws weights around the defaults.
     */
    public static double lowerBound(int index) {
        return LOWER[index];
    }

    /** The greatest value {@link #of} accepts for w{@code index}; see {@link #lowerBound}. */
    public static double upperBound(int index) {
        return UPPER[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters that
                && version.equals(that.version)
                && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return 31 * version.hashCode() + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "FsrsParameters[" + version + ", " + Arrays.toString(weights) + "]";
    }
}

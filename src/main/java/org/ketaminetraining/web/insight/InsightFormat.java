package org.ketaminetraining.web.insight;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How the insight pages and their CSV files write figures: shares as whole percent, correlations and losses with
 * their decimals, and an en dash for a figure withheld (below the minimum number of responses) or undefined, so that a
 * blank never reads as zero.
 */
final class InsightFormat {

    /** What stands for a figure that is not shown. */
    static final String NONE = "\u2013";

    private InsightFormat() {
    }

    static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + "%" : NONE;
    }

    /** "72% (61–81%)": a share with its 95% interval when there is one. */
    static String percentWithInterval(OptionalDouble share, OptionalDouble low, OptionalDouble high) {
        if (share.isEmpty()) {
            return NONE;
        }
        String figure = percent(share);
        return low.isPresent() && high.isPresent()
                ? figure + " (" + Math.round(low.getAsDouble() * 100) + "\u2013" + percent(high) + ")" : figure;
    }

    static String decimal(OptionalDouble value, int places) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + places + "f", value.getAsDouble()) : NONE;
    }

    /** "0.31 (0.12 to 0.48)". */
    static String decimalWithInterval(OptionalDouble value, OptionalDouble low, OptionalDouble high) {
        if (value.isEmpty()) {
            return NONE;
        }
        String figure = decimal(value, 2);
        return low.isPresent() && high.isPresent()
                ? figure + " (" + decimal(low, 2) + " to " + decimal(high, 2) + ")" : figure;
    }

    /** {@code count} of {@code of} as a share, only for an item past the gate (like every other figure of it). */
    static OptionalDouble share(int count, int of, boolean shown) {
        return shown && of > 0 ? OptionalDouble.of((double) count / of) : OptionalDouble.empty();
    }

    /** For CSV: the plain number, or empty when withheld (a spreadsheet reads an empty cell as missing). */
    static String raw(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
    }
}

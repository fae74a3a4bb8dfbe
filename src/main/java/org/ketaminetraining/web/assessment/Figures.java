package org.ketaminetraining.web.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** How the assessment pages write shares and time left (certificate days: {@code CertificateDates}). */
final class Figures {

    private Figures() {
    }

    /**
     * A learner's score as a percentage, rounded down to one decimal, so that a score below the pass mark never
     * reads as reaching it (79.96% is "79.9%", not "80%").
     */
    static String scorePercent(double share) {
        return plain(BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.FLOOR)) + "%";
    }

    /** A pass mark as a percentage, to one decimal where it has one (0.8 is "80%", 2/3 is "66.7%"). */
    static String markPercent(double share) {
        return plain(BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** Learned share of a module, rounded down to a whole percent, as on the dashboard. */
    static String learnedPercent(int learned, int total) {
        return (total == 0 ? 0 : (int) Math.floor(100.0 * learned / total + 1e-9)) + "%";
    }

    /** Time left as a clock shows it: "29:59", or "1:05:00" from an hour up; never negative. */
    static String timeLeft(Duration left) {
        long seconds = Math.max(0, left.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, rest);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

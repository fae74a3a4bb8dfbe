package org.ketaminetraining.insight.trend;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An item's accuracy month by month, so that an educator sees whether a rewrite (or a change in teaching) moved it.
 * A month's share is shown only from enough answers, the same gate as the item's other figures.
 */
public final class MonthlyAccuracy {

    private MonthlyAccuracy() {
    }

    /** One answer: when, and whether it was right. */
    public record Answer(Instant at, boolean correct) {
        public Answer {
            Objects.requireNonNull(at, "at");
        }
    }

    /** One calendar month (in the organisation's zone); {@code accuracy} is empty below the gate. */
    public record Month(YearMonth month, int answers, int correct, OptionalDouble accuracy) {
    }

    /**
     * The months from the first answer's to the last one's, each with its count, empty months included so that a
     * chart's axis is even.
     *
     * @param minimumAnswers the gate: no share from fewer answers than this (>= 1)
     */
    public static List<Month> of(List<Answer> answers, ZoneId zone, int minimumAnswers) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(zone, "zone");
        if (minimumAnswers < 1) {
            throw new IllegalArgumentException("minimumAnswers must be at least 1, was " + minimumAnswers);
        }
        TreeMap<YearMonth, int[]> counts = new TreeMap<>();
        for (Answer answer : answers) {
            int[] count = counts.computeIfAbsent(YearMonth.from(answer.at().atZone(zone)), month -> new int[2]);
            count[0]++;
            if (answer.correct()) {
                count[1]++;
            }
        }
        List<Month> months = new ArrayList<>();
        if (counts.isEmpty()) {
            return months;
        }
        for (YearMonth month = counts.firstKey(); !month.isAfter(counts.lastKey()); month = month.plusMonths(1)) {
            int[] count = counts.getOrDefault(month, new int[2]);
            months.add(new Month(month, count[0], count[1], count[0] >= minimumAnswers
                    ? OptionalDouble.of((double) count[1] / count[0]) : OptionalDouble.empty()));
        }
        return months;
    }
}

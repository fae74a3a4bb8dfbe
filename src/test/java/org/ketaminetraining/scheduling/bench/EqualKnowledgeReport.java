package org.ketaminetraining.scheduling.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.ketaminetraining.scheduling.bench.SchedulerSimulation.Arm;
import org.ketaminetraining.scheduling.bench.SchedulerSimulation.Family;

/**
 * Prints {@link SchedulerSimulation}'s tables: every sweep point, then each swept scheduler's reviews at SM-2's
 * realised knowledge, then a summary over the truths with the goals checked.
 *
 * <p>Primary knowledge measure: known@365, the mean true recall probability over all items on day 365 (srs-simulator's
 * "total knowledge at the end", per item; times the item count it is the number of items memorised). Secondary: the
 * realised retention, the share of day-interval reviews that passed. Cost: reviews per item, every answer counted
 * (first answers and same-day steps too). At equal known@365 the difference in reviews per item is also the
 * difference in reviews per memorised item.
 */
final class EqualKnowledgeReport {

    private static final List<Family> SWEPT = List.of(Family.FSRS_DEFAULT, Family.FSRS_FITTED, Family.ORACLE);
    /** The goal on the FSRS-family truth: fitted FSRS at least 10% fewer reviews than SM-2. */
    private static final double FSRS_TRUTH_GOAL_PERCENT = -10;

    private EqualKnowledgeReport() {
    }

    /** What one arm realised over all learners of one truth. */
    record Point(Arm arm, double reviewsPerItem, double dayReviewsPerItem, double lapsesPerItem,
            double realisedRetention, double known, double wellKnown) {

        double reviewsPerKnown() {
            return reviewsPerItem / known;
        }
    }

    /**
     * One truth's answer: for each swept family, its percent reviews versus SM-2 at SM-2's known@365 and at SM-2's
     * realised retention (empty where the sweep does not reach SM-2's figure).
     */
    record Comparison(String truth, boolean fsrsFamily, Point sm2, Map<Family, OptionalDouble> atEqualKnown,
            Map<Family, OptionalDouble> atEqualRetention, LearnerBootstrap.Interval[] intervals) {

        /** The same comparison with 95% intervals laid out as {@link #percentages} lays out its statistics. */
        Comparison withIntervals(LearnerBootstrap.Interval[] bootstrapped) {
            return new Comparison(truth, fsrsFamily, sm2, atEqualKnown, atEqualRetention, bootstrapped.clone());
        }

        LearnerBootstrap.Interval intervalAtEqualKnown(Family family) {
            return intervals[SWEPT.indexOf(family)];
        }

        LearnerBootstrap.Interval intervalAtEqualRetention(Family family) {
            return intervals[SWEPT.size() + SWEPT.indexOf(family)];
        }
    }

    /**
     * The percent differences vs SM-2 of one set of points, NaN where the sweep does not reach SM-2's figure: first
     * at equal known@365 for FSRS-6 defaults, fitted and the oracle, then the same three at equal realised retention.
     */
    static double[] percentages(List<Point> points) {
        Point sm2 = sm2(points);
        Map<Family, OptionalDouble> atKnown = matched(points, sm2, Point::known);
        Map<Family, OptionalDouble> atRetention = matched(points, sm2, Point::realisedRetention);
        double[] percent = new double[2 * SWEPT.size()];
        for (int f = 0; f < SWEPT.size(); f++) {
            percent[f] = atKnown.get(SWEPT.get(f)).orElse(Double.NaN);
            percent[SWEPT.size() + f] = atRetention.get(SWEPT.get(f)).orElse(Double.NaN);
        }
        return percent;
    }

    private static Point sm2(List<Point> points) {
        return points.stream().filter(point -> point.arm().family() == Family.SM2).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SM-2 point"));
    }

    static Comparison printTruth(String truth, List<Point> points) {
        System.out.println();
        System.out.println("== truth: " + truth);
        System.out.printf(Locale.ROOT, "%-16s %5s %9s %9s %9s %10s %10s %10s %10s%n", "scheduler", "DR", "rev/item",
                "day-rev/i", "lapses/i", "retention", "known@365", "p>=0.9@365", "rev/known");
        Point sm2 = null;
        for (Point point : points) {
            Arm arm = point.arm();
            boolean isSm2 = arm.family() == Family.SM2;
            sm2 = isSm2 ? point : sm2;
            System.out.printf(Locale.ROOT, "%-16s %5s %9.2f %9.2f %9.2f %9.1f%% %9.1f%% %9.1f%% %10.2f%n",
                    arm.family().label(), isSm2 ? "-" : String.format(Locale.ROOT, "%.2f", arm.retention()),
                    point.reviewsPerItem(), point.dayReviewsPerItem(), point.lapsesPerItem(),
                    100 * point.realisedRetention(), 100 * point.known(), 100 * point.wellKnown(),
                    point.reviewsPerKnown());
        }
        if (sm2 == null) {
            throw new IllegalArgumentException("no SM-2 point for truth " + truth);
        }
        Map<Family, OptionalDouble> atKnown = matched(points, sm2, Point::known);
        Map<Family, OptionalDouble> atRetention = matched(points, sm2, Point::realisedRetention);
        System.out.printf(Locale.ROOT, "at SM-2's known@365 (%.1f%%), reviews per item vs SM-2's %.2f:%s%n",
                100 * sm2.known(), sm2.reviewsPerItem(), describe(atKnown, sm2));
        System.out.printf(Locale.ROOT, "at SM-2's realised retention (%.1f%%), reviews per item vs SM-2's %.2f:%s%n",
                100 * sm2.realisedRetention(), sm2.reviewsPerItem(), describe(atRetention, sm2));
        return new Comparison(truth, truth.startsWith("FSRS"), sm2, atKnown, atRetention,
                new LearnerBootstrap.Interval[0]);
    }

    static void printSummary(List<Comparison> comparisons) {
        System.out.println();
        System.out.println("== summary: reviews per item vs SM-2 at equal realised knowledge (negative = fewer), "
                + "with 95% intervals from a paired bootstrap over learners");
        for (String measure : List.of("known@365", "realised retention")) {
            boolean known = measure.startsWith("known");
            System.out.printf(Locale.ROOT, "at SM-2's %s:%n", measure);
            System.out.printf(Locale.ROOT, "%-34s %-24s %-24s %-24s%n", "truth", "FSRS-6 defaults", "FSRS-6 fitted",
                    "oracle");
            for (Comparison comparison : comparisons) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", comparison.truth()));
                for (Family family : SWEPT) {
                    OptionalDouble p = known ? comparison.atEqualKnown().get(family)
                            : comparison.atEqualRetention().get(family);
                    LearnerBootstrap.Interval ci = known ? comparison.intervalAtEqualKnown(family)
                            : comparison.intervalAtEqualRetention(family);
                    line.append(String.format(Locale.ROOT, " %-24s", withInterval(p, ci)));
                }
                System.out.println(line.toString().stripTrailing());
            }
        }
        System.out.println();
        for (Comparison comparison : comparisons) {
            OptionalDouble fitted = comparison.atEqualKnown().get(Family.FSRS_FITTED);
            String figure = withInterval(fitted, comparison.intervalAtEqualKnown(Family.FSRS_FITTED));
            if (comparison.fsrsFamily()) {
                boolean met = fitted.isPresent() && fitted.getAsDouble() <= FSRS_TRUTH_GOAL_PERCENT;
                System.out.printf(Locale.ROOT, "goal, FSRS-family truth: fitted FSRS <= %.0f%% vs SM-2 at equal "
                        + "known@365: %s (%s)%n", FSRS_TRUTH_GOAL_PERCENT, met ? "MET" : "NOT MET", figure);
            } else {
                boolean met = fitted.isPresent() && fitted.getAsDouble() <= 0;
                System.out.printf(Locale.ROOT, "goal, %s: fitted FSRS never more reviews than SM-2 at equal "
                        + "known@365: %s (%s)%n", comparison.truth(), met ? "MET" : "NOT MET", figure);
            }
        }
    }

    private static String withInterval(OptionalDouble percent, LearnerBootstrap.Interval interval) {
        if (percent.isEmpty()) {
            return "n/a (outside sweep)";
        }
        String estimate = String.format(Locale.ROOT, "%+.1f%%", percent.getAsDouble());
        return interval.isKnown() ? String.format(Locale.ROOT, "%s [%+.1f, %+.1f]", estimate, interval.low(),
                interval.high()) : estimate + " [n/a]";
    }

    private static Map<Family, OptionalDouble> matched(List<Point> points, Point sm2,
            ToDoubleFunction<Point> knowledge) {
        Map<Family, OptionalDouble> percent = new EnumMap<>(Family.class);
        for (Family family : SWEPT) {
            List<Point> sweep = points.stream().filter(point -> point.arm().family() == family).toList();
            double[] x = sweep.stream().mapToDouble(knowledge).toArray();
            double[] cost = sweep.stream().mapToDouble(Point::reviewsPerItem).toArray();
            OptionalDouble at = EqualKnowledge.costAt(x, cost, knowledge.applyAsDouble(sm2));
            percent.put(family, at.isPresent()
                    ? OptionalDouble.of(EqualKnowledge.percentVersus(at.getAsDouble(), sm2.reviewsPerItem()))
                    : OptionalDouble.empty());
        }
        return percent;
    }

    private static String describe(Map<Family, OptionalDouble> percent, Point sm2) {
        StringBuilder line = new StringBuilder();
        for (Family family : SWEPT) {
            OptionalDouble p = percent.get(family);
            line.append("  ").append(family.label()).append(' ');
            line.append(p.isPresent() ? String.format(Locale.ROOT, "%.2f (%+.1f%%)",
                    sm2.reviewsPerItem() * (1 + p.getAsDouble() / 100), p.getAsDouble()) : "n/a (outside sweep)");
        }
        return line.toString();
    }
}

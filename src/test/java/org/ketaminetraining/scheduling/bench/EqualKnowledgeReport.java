package org.ketaminetraining.scheduling.bench;

import java.util.ArrayList;
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
            Map<Family, OptionalDouble> atEqualRetention) {
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
        return new Comparison(truth, truth.startsWith("FSRS"), sm2, atKnown, atRetention);
    }

    static void printSummary(List<Comparison> comparisons) {
        System.out.println();
        System.out.println("== summary: reviews per item vs SM-2 at equal realised knowledge (negative = fewer)");
        System.out.printf(Locale.ROOT, "%-34s %-30s %-30s%n", "", "at SM-2's known@365",
                "at SM-2's realised retention");
        System.out.printf(Locale.ROOT, "%-34s %-30s %-30s%n", "truth", columns(), columns());
        for (Comparison comparison : comparisons) {
            System.out.printf(Locale.ROOT, "%-34s %-30s %-30s%n", comparison.truth(),
                    cells(comparison.atEqualKnown()), cells(comparison.atEqualRetention()));
        }
        System.out.println();
        List<String> goals = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            OptionalDouble fitted = comparison.atEqualKnown().get(Family.FSRS_FITTED);
            String figure = fitted.isPresent() ? String.format(Locale.ROOT, "%+.1f%%", fitted.getAsDouble())
                    : "not reached by the sweep";
            if (comparison.fsrsFamily()) {
                boolean met = fitted.isPresent() && fitted.getAsDouble() <= FSRS_TRUTH_GOAL_PERCENT;
                goals.add(String.format(Locale.ROOT, "goal, FSRS-family truth: fitted FSRS <= %.0f%% vs SM-2 at "
                        + "equal known@365: %s (%s)", FSRS_TRUTH_GOAL_PERCENT, met ? "MET" : "NOT MET", figure));
            } else {
                boolean met = fitted.isPresent() && fitted.getAsDouble() <= 0;
                goals.add(String.format(Locale.ROOT, "goal, %s: fitted FSRS never more reviews than SM-2 at equal "
                        + "known@365: %s (%s)", comparison.truth(), met ? "MET" : "NOT MET", figure));
            }
        }
        goals.forEach(System.out::println);
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

    private static String columns() {
        return String.format(Locale.ROOT, "%9s %9s %9s", "defaults", "fitted", "oracle");
    }

    private static String cells(Map<Family, OptionalDouble> percent) {
        StringBuilder cells = new StringBuilder();
        for (Family family : SWEPT) {
            OptionalDouble p = percent.get(family);
            cells.append(cells.isEmpty() ? "" : " ").append(p.isPresent()
                    ? String.format(Locale.ROOT, "%+8.1f%%", p.getAsDouble()) : String.format("%9s", "n/a"));
        }
        return cells.toString();
    }
}

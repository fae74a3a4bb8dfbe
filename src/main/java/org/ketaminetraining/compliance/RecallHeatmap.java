package org.ketaminetraining.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whose knowledge is fading: predicted recall per department and module, today and at a later day if nobody
 * studies, with the safety-critical items apart. Fed one studied item of one person at a time (a department of
 * thousands has millions of memory states, so no list of them is kept), then read as cells.
 *
 * <p>A cell's mean is a mean of people, not of items: each person's mean over the items of the module they have
 * studied, then the mean of those. Someone who studied two items and someone who studied forty weigh the same, since
 * the question a manager asks is how their people stand. Items a person never studied have no memory state and no
 * prediction; they are left out, and a person who studied none of a module's items is not behind its cell. Someone
 * in two departments counts in both.
 */
public final class RecallHeatmap {

    /** Sums per person and module: [studied, recall now, recall later] for all items, then for safety-critical. */
    private final Map<Long, Map<String, double[]>> sums = new HashMap<>();

    /** Mean recall of the people behind one figure; both means empty when nobody is. */
    public record Recall(int people, OptionalDouble now, OptionalDouble later) {
        public Recall {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(later, "later");
        }
    }

    /** One department and module: all studied items, and the safety-critical ones alone. */
    public record Cell(String departmentCode, String moduleKey, Recall all, Recall safetyCritical) {
    }

    /**
     * One studied item of one person.
     *
     * @param recallNow   predicted recall today, in [0, 1]
     * @param recallLater predicted recall at the later day, in [0, 1]
     * @throws IllegalArgumentException when a recall is outside [0, 1] or not a number
     */
    public RecallHeatmap add(long accountId, String moduleKey, boolean safetyCritical, double recallNow,
            double recallLater) {
        Objects.requireNonNull(moduleKey, "moduleKey");
        check(recallNow);
        check(recallLater);
        double[] s = sums.computeIfAbsent(accountId, k -> new HashMap<>()).computeIfAbsent(moduleKey,
                k -> new double[6]);
        s[0]++;
        s[1] += recallNow;
        s[2] += recallLater;
        if (safetyCritical) {
            s[3]++;
            s[4] += recallNow;
            s[5] += recallLater;
        }
        return this;
    }

    /**
     * The cells, departments in the order given, modules in the order given within each.
     *
     * @param departmentPeople department code to the people in it
     */
    public List<Cell> cells(Map<String, ? extends Collection<Long>> departmentPeople, List<String> modules) {
        List<Cell> cells = new ArrayList<>();
        departmentPeople.forEach((department, people) -> {
            for (String module : modules) {
                cells.add(new Cell(department, module, recall(people, module, 0), recall(people, module, 3)));
            }
        });
        return cells;
    }

    private Recall recall(Collection<Long> people, String module, int offset) {
        int count = 0;
        double now = 0;
        double later = 0;
        for (Long person : people) {
            double[] s = sums.getOrDefault(person, Map.of()).get(module);
            if (s != null && s[offset] > 0) {
                count++;
                now += s[offset + 1] / s[offset];
                later += s[offset + 2] / s[offset];
            }
        }
        return count == 0 ? new Recall(0, OptionalDouble.empty(), OptionalDouble.empty())
                : new Recall(count, OptionalDouble.of(now / count), OptionalDouble.of(later / count));
    }

    private static void check(double recall) {
        if (!(recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("Predicted recall must be in [0, 1], was " + recall);
        }
    }
}

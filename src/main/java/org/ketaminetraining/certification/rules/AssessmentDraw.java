package org.ketaminetraining.certification.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;

/**
 * The items of one assessment attempt, chosen by the programme's blueprint: from every required module, distinct
 * published items to the number {@link AssessmentBlueprint#itemCounts(int)} gives that module (the same number for
 * every module, or its share of a fixed total).
 *
 * <p>Why drawn per module rather than from one pool: the certificate claims competence in every module, so a lucky
 * draw must not leave a module out. Randomness comes in as a {@link RandomGenerator} so that the service can
 * seed it and store the seed with the attempt; the same seed and the same published items give the same draw
 * whatever order the caller listed the items in (they are sorted by id first).
 *
 * <p>The renewal draw is not random in what it asks but in how it breaks ties: it asks, per module, the items
 * with the lowest predicted recall, because a renewal is shorter and should spend its questions where the
 * holder's memory is weakest. Items with equal recall are ordered by the random source (shuffled, then
 * stably sorted by recall), so that a holder with many untouched items does not always get the alphabetically
 * first ones, yet a stored seed reproduces the draw.
 *
 * @param itemsByModule required module id to its drawn item ids, in the programme's module order
 */
public record AssessmentDraw(Map<String, List<String>> itemsByModule) {

    public AssessmentDraw {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        itemsByModule.forEach((module, items) -> copy.put(module, List.copyOf(items)));
        itemsByModule = Collections.unmodifiableMap(copy);
    }

    /** All drawn item ids, module by module. */
    public List<String> itemIds() {
        return itemsByModule.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Draws the final assessment by {@code programme.assessment()}.
     *
     * @param publishedItems module id to the ids of its published items (published revisions only; the caller
     *                       records which revision each drawn item was asked in)
     * @throws IllegalArgumentException when a required module has fewer published items than the blueprint asks
     */
    public static AssessmentDraw finalAssessment(Programme programme,
            Map<String, ? extends Collection<String>> publishedItems, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return draw(programme, programme.assessment(), publishedItems, items -> {
            shuffle(items, random);
            return items;
        });
    }

    /**
     * Draws a renewal assessment by {@code programme.renewalAssessment()}, or by the final assessment's blueprint
     * when the programme has no separate renewal blueprint: per module the items with the lowest predicted recall.
     *
     * @param predictedRecall item id to the holder's predicted recall today, in [0, 1]; an item without a
     *                        prediction (never studied, or new since certification) counts as 0, the weakest
     * @throws IllegalArgumentException when a required module has too few published items, or a recall is outside
     *                                  [0, 1]
     */
    public static AssessmentDraw renewal(Programme programme, Map<String, ? extends Collection<String>> publishedItems,
            Map<String, Double> predictedRecall, RandomGenerator random) {
        Objects.requireNonNull(predictedRecall, "predictedRecall");
        Objects.requireNonNull(random, "random");
        predictedRecall.forEach(KnowledgeCurrency::checkRecall);
        AssessmentBlueprint blueprint = programme.renewalAssessment().orElse(programme.assessment());
        return draw(programme, blueprint, publishedItems, items -> {
            shuffle(items, random);
            items.sort(Comparator.comparingDouble(item -> predictedRecall.getOrDefault(item, 0.0)));
            return items;
        });
    }

    /** Takes from each required module the first of its sorted, distinct items as ordered, as many as its share. */
    private static AssessmentDraw draw(Programme programme, AssessmentBlueprint blueprint,
            Map<String, ? extends Collection<String>> publishedItems, UnaryOperator<List<String>> ordering) {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(publishedItems, "publishedItems");
        List<String> modules = programme.requiredModules();
        List<Integer> shares = blueprint.itemCounts(modules.size());
        Map<String, List<String>> drawn = new LinkedHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            String module = modules.get(i);
            int wanted = shares.get(i);
            List<String> items = new ArrayList<>(new TreeSet<String>(orEmpty(publishedItems.get(module))));
            if (items.size() < wanted) {
                throw new IllegalArgumentException("Module " + module + " has " + items.size()
                        + " published items but the assessment asks " + wanted
                        + (blueprint.totalItems().isPresent() ? " from it." : " from each module."));
            }
            drawn.put(module, List.copyOf(ordering.apply(items).subList(0, wanted)));
        }
        return new AssessmentDraw(drawn);
    }

    static <T> Collection<T> orEmpty(Collection<T> items) {
        return items == null ? List.of() : items;
    }

    /** Fisher-Yates, from the last position down, so a given generator state gives one order. */
    private static void shuffle(List<String> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}

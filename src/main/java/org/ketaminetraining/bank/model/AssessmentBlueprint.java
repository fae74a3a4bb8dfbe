package org.ketaminetraining.bank.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a certifying assessment is assembled and passed: how many items are drawn from the required modules, a pass
 * mark as a share of items, and optionally the rule that every safety-critical item must be answered correctly.
 *
 * <p>The size is given one of two ways, exactly one of which is present: {@code itemsPerModule} (the same number
 * from every required module) or {@code totalItems} (a fixed total spread over the required modules, for a short
 * assessment such as five items over two modules). {@link #itemCounts(int)} is the one place that turns either into
 * the number drawn from each module.
 */
public record AssessmentBlueprint(
        OptionalInt itemsPerModule,
        OptionalInt totalItems,
        double passMark,
        boolean allSafetyCriticalCorrect,
        int maxAttempts,
        int cooldownHours,
        OptionalInt timeLimitMinutes) {

    public AssessmentBlueprint {
        Objects.requireNonNull(itemsPerModule, "itemsPerModule");
        Objects.requireNonNull(totalItems, "totalItems");
        if (itemsPerModule.isPresent() == totalItems.isPresent()) {
            throw new IllegalArgumentException("give exactly one of items per module and total items");
        }
        if (itemsPerModule.orElse(1) < 1 || totalItems.orElse(1) < 1 || maxAttempts < 1 || cooldownHours < 0) {
            throw new IllegalArgumentException("blueprint counts out of range");
        }
        if (!(passMark > 0 && passMark <= 1)) {
            throw new IllegalArgumentException("pass mark must be in (0, 1]: " + passMark);
        }
        Objects.requireNonNull(timeLimitMinutes, "timeLimitMinutes");
    }

    /** A blueprint that draws {@code itemsPerModule} items from every required module. */
    public AssessmentBlueprint(int itemsPerModule, double passMark, boolean allSafetyCriticalCorrect, int maxAttempts,
            int cooldownHours, OptionalInt timeLimitMinutes) {
        this(OptionalInt.of(itemsPerModule), OptionalInt.empty(), passMark, allSafetyCriticalCorrect, maxAttempts,
                cooldownHours, timeLimitMinutes);
    }

    /** A blueprint that draws {@code totalItems} items in all, spread over the required modules. */
    public static AssessmentBlueprint ofTotal(int totalItems, double passMark, boolean allSafetyCriticalCorrect,
            int maxAttempts, int cooldownHours, OptionalInt timeLimitMinutes) {
        return new AssessmentBlueprint(OptionalInt.empty(), OptionalInt.of(totalItems), passMark,
                allSafetyCriticalCorrect, maxAttempts, cooldownHours, timeLimitMinutes);
    }

    /**
     * The number of items drawn from each of {@code moduleCount} required modules, in programme order. With
     * {@code totalItems} the split is as even as possible, and when it does not divide, the first modules take one
     * extra each (5 over 2 modules is 3 + 2; over 3 modules, 2 + 2 + 1).
     *
     * @throws IllegalArgumentException when there are no modules, or fewer total items than modules: the
     *     certificate claims competence in every required module, so none may go unasked
     */
    public List<Integer> itemCounts(int moduleCount) {
        if (moduleCount < 1) {
            throw new IllegalArgumentException("an assessment needs at least one module, found " + moduleCount);
        }
        if (itemsPerModule.isPresent()) {
            return Collections.nCopies(moduleCount, itemsPerModule.getAsInt());
        }
        int total = totalItems.getAsInt();
        if (total < moduleCount) {
            throw new IllegalArgumentException(total + " total items cannot ask each of " + moduleCount
                    + " modules at least once");
        }
        List<Integer> counts = new ArrayList<>(moduleCount);
        for (int i = 0; i < moduleCount; i++) {
            counts.add(total / moduleCount + (i < total % moduleCount ? 1 : 0));
        }
        return List.copyOf(counts);
    }

    /** The number of items drawn from the module at {@code moduleIndex} (0-based, programme order). */
    public int itemsFor(int moduleIndex, int moduleCount) {
        return itemCounts(moduleCount).get(moduleIndex);
    }
}

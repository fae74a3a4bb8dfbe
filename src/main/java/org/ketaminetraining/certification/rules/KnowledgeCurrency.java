package org.ketaminetraining.certification.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whether a certificate holder still knows the safety-critical material today, as the memory model predicts it.
 * A certificate states what someone knew on the day of the assessment; a dose calculation unpractised for ten
 * months may be gone long before the certificate expires. This turns the prediction into a flag a manager can act
 * on and a list of items to send back to the holder as refreshers.
 *
 * <p>The refresher is due when the <em>average</em> predicted recall of the safety-critical items falls below the
 * programme's {@code refresherRecallThreshold}. The average rather than the weakest item, because every item's
 * recall decays toward its next due date by design, so "any item below" would flag almost every holder almost
 * always; the weak items are still named in {@link #itemsBelowThreshold()} and are what the refresher asks.
 * A holder with no safety-critical items (none in the programme) is never due.
 *
 * @param averageRecall        mean predicted recall of the safety-critical items; empty when there are none
 * @param threshold            the programme's refresher threshold
 * @param itemsBelowThreshold  items predicted below the threshold, weakest first (ties by id)
 */
public record KnowledgeCurrency(OptionalDouble averageRecall, double threshold, List<String> itemsBelowThreshold) {

    public KnowledgeCurrency {
        Objects.requireNonNull(averageRecall, "averageRecall");
        checkRecall("threshold", threshold);
        itemsBelowThreshold = List.copyOf(itemsBelowThreshold);
    }

    /**
     * @param recallToday item id to predicted recall today, in [0, 1], for each safety-critical item of the
     *                    programme that the holder studied
     * @param threshold   the programme's {@code refresherRecallThreshold}
     * @throws IllegalArgumentException when a recall or the threshold is outside [0, 1] or not a number
     */
    public static KnowledgeCurrency assess(Map<String, Double> recallToday, double threshold) {
        Objects.requireNonNull(recallToday, "recallToday");
        recallToday.forEach(KnowledgeCurrency::checkRecall);
        checkRecall("threshold", threshold);
        OptionalDouble average = recallToday.values().stream().mapToDouble(Double::doubleValue).average();
        List<String> below = recallToday.entrySet().stream()
                .filter(entry -> entry.getValue() < threshold)
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        return new KnowledgeCurrency(average, threshold, below);
    }

    /** Whether the certificate should show "refresher due". */
    public boolean refresherDue() {
        return averageRecall.isPresent() && averageRecall.getAsDouble() < threshold;
    }

    static void checkRecall(String what, Double recall) {
        Objects.requireNonNull(recall, what);
        if (!(recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("Predicted recall of " + what + " must be in [0, 1], was " + recall);
        }
    }
}

package org.ketaminetraining.insight.items;

/**
 * How often one answer category of an item was chosen, overall and by the top and bottom thirds of attempts.
 *
 * @param category          the category (option label, "true"/"false", or an answer text)
 * @param key               whether it is (part of) the right answer
 * @param chosen            attempts containing the item in which it was chosen
 * @param chosenTopThird    of those, attempts in the top third
 * @param chosenBottomThird of those, attempts in the bottom third
 * @param topThirdSize      attempts of the top third that contain the item (the denominator of
 *                          {@code chosenTopThird})
 * @param bottomThirdSize   attempts of the bottom third that contain the item
 */
public record OptionCount(String category, boolean key, int chosen, int chosenTopThird, int chosenBottomThird,
        int topThirdSize, int bottomThirdSize) {

    public OptionCount {
        Checks.key(category, "category");
        Checks.atLeast(chosen, 0, "chosen");
        Checks.atLeast(topThirdSize, 0, "topThirdSize");
        Checks.atLeast(bottomThirdSize, 0, "bottomThirdSize");
        if (chosenTopThird < 0 || chosenTopThird > topThirdSize || chosenTopThird > chosen) {
            throw new IllegalArgumentException("chosenTopThird must be within [0, min(chosen, topThirdSize)], was "
                    + chosenTopThird);
        }
        if (chosenBottomThird < 0 || chosenBottomThird > bottomThirdSize
                || chosenTopThird + chosenBottomThird > chosen) {
            throw new IllegalArgumentException("chosenBottomThird must be within [0, bottomThirdSize] and the thirds"
                    + " together at most chosen, was " + chosenBottomThird);
        }
    }
}

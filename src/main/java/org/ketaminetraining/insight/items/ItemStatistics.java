package org.ketaminetraining.insight.items;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The classical item analysis of one item (definitions in {@link ItemAnalysis}). Every {@code OptionalDouble} is
 * empty when {@code enoughResponses} is false or when the figure is undefined (zero variance, one response).
 *
 * @param itemKey                   the item
 * @param responses                 attempts that contained it
 * @param enoughResponses           whether {@code responses} reached the minimum; the figures are empty otherwise
 * @param facility                  mean item score, 0..1 (share answered correctly)
 * @param facilityLow               lower end of its Wilson 95% interval
 * @param facilityHigh              upper end of its Wilson 95% interval
 * @param sd                        sample standard deviation of the item score
 * @param discrimination            Pearson r between the item score and the rest of the attempt, -1..1
 * @param discriminationLow         lower end of its Fisher z 95% interval (more than 3 pairs needed)
 * @param discriminationHigh        upper end of that interval
 * @param discriminativeEfficiency  cov(item, rest) / the largest covariance the same scores could reach, at most
 *                                  1; negative when the item pulls against the rest
 * @param options                   every answer category with how often it was chosen; always listed
 */
public record ItemStatistics(String itemKey, int responses, boolean enoughResponses, OptionalDouble facility,
        OptionalDouble facilityLow, OptionalDouble facilityHigh, OptionalDouble sd, OptionalDouble discrimination,
        OptionalDouble discriminationLow, OptionalDouble discriminationHigh,
        OptionalDouble discriminativeEfficiency, List<OptionCount> options) {

    public ItemStatistics {
        Checks.key(itemKey, "itemKey");
        Checks.atLeast(responses, 0, "responses");
        Checks.within(facility, 0, 1, "facility");
        Checks.within(facilityLow, 0, 1, "facilityLow");
        Checks.within(facilityHigh, 0, 1, "facilityHigh");
        Checks.within(sd, 0, 1, "sd");
        Checks.within(discrimination, -1, 1, "discrimination");
        Checks.within(discriminationLow, -1, 1, "discriminationLow");
        Checks.within(discriminationHigh, -1, 1, "discriminationHigh");
        Checks.within(discriminativeEfficiency, -Double.MAX_VALUE, 1, "discriminativeEfficiency");
        Checks.noNulls(options, "options");
        options = List.copyOf(options);
        if (!enoughResponses && (facility.isPresent() || sd.isPresent() || discrimination.isPresent()
                || discriminativeEfficiency.isPresent())) {
            throw new IllegalArgumentException("item " + itemKey + " has figures from too few responses");
        }
    }
}

package org.ketaminetraining.bank.model;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The options a learner selected, as zero-based positions in the authored option list. */
public record ChoiceResponse(Set<Integer> selectedOptions) implements Response {
    public ChoiceResponse {
        selectedOptions = Set.copyOf(selectedOptions);
    }

    public static ChoiceResponse of(int... positions) {
        return new ChoiceResponse(Arrays.stream(positions).boxed().collect(Collectors.toSet()));
    }
}

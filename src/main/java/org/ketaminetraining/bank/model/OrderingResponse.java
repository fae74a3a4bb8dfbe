package org.ketaminetraining.bank.model;

import java.util.Arrays;
import java.util.List;

/** The items in the order the learner put them, each named by its zero-based position in the authored list. */
public record OrderingResponse(List<Integer> itemOrder) implements Response {
    public OrderingResponse {
        itemOrder = List.copyOf(itemOrder);
    }

    public static OrderingResponse of(int... positions) {
        return new OrderingResponse(Arrays.stream(positions).boxed().toList());
    }
}

package org.ketaminetraining.bank.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds identifiers that must be unique across the whole bank (question ids, objective ids) but are not. Each
 * occurrence gets its own problem that names the other places, so whichever file the author opens first shows the
 * clash.
 */
public final class DuplicateIdCheck {
    private DuplicateIdCheck() {
    }

    /**
     * @param kind what the ids are, for the message ("question id", "objective id")
     */
    public static List<Problem> check(String kind, List<LocatedId> ids) {
        Map<String, List<LocatedId>> byId = new LinkedHashMap<>();
        for (LocatedId located : ids) {
            byId.computeIfAbsent(located.id(), id -> new ArrayList<>()).add(located);
        }
        List<Problem> problems = new ArrayList<>();
        byId.forEach((id, places) -> {
            if (places.size() > 1) {
                for (LocatedId place : places) {
                    problems.add(new Problem(place.location(), describeClash(kind, id, place, places)));
                }
            }
        });
        return problems;
    }

    private static String describeClash(String kind, String id, LocatedId place, List<LocatedId> places) {
        String others = places.stream()
                .filter(other -> other != place)
                .map(other -> other.location().toString())
                .collect(Collectors.joining(", "));
        return kind + " '" + id + "' is not unique; it is also used at " + others;
    }
}

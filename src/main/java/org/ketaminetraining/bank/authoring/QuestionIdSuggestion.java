package org.ketaminetraining.bank.authoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The id a new question of a module is offered: the next number in the pattern the module's ids follow
 * ({@code dose-024} gives {@code dose-025}), found as the prefix most of its numbered ids share and the number of
 * digits they are written with. A module without numbered ids starts at {@code <moduleId>-001}. The suggestion is
 * never an id already taken, because ids are unique in the bank and never reused.
 */
public final class QuestionIdSuggestion {
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)([0-9]+)$");
    private static final int DEFAULT_WIDTH = 3;

    private QuestionIdSuggestion() {
    }

    /**
     * @param takenIds the module's question ids (published, retired and drafts), which are also the ids to avoid
     */
    public static String next(String moduleId, Collection<String> takenIds) {
        return next(moduleId, takenIds, takenIds);
    }

    /**
     * @param moduleIds the module's question ids, whose pattern is followed
     * @param takenIds every id the suggestion must avoid (the whole bank's, with drafts and retired questions)
     */
    public static String next(String moduleId, Collection<String> moduleIds, Collection<String> takenIds) {
        List<Numbered> numbered = moduleIds.stream().map(NUMBERED::matcher).filter(Matcher::matches)
                .map(m -> new Numbered(m.group(1), m.group(2))).toList();
        Set<String> taken = new HashSet<>(takenIds);
        taken.addAll(moduleIds);
        if (numbered.isEmpty()) {
            return firstFree(moduleId + "-", 1, DEFAULT_WIDTH, taken);
        }
        Map<String, List<Numbered>> byPrefix = numbered.stream().collect(Collectors.groupingBy(Numbered::prefix));
        // The prefix most ids share; on a tie, the one with the highest number, the most recent series.
        String prefix = byPrefix.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Numbered>>>comparingInt(e -> e.getValue().size())
                        .thenComparingLong(e -> highest(e.getValue()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        List<Numbered> series = byPrefix.get(prefix);
        Map<Integer, Long> widths = series.stream()
                .collect(Collectors.groupingBy(n -> n.digits().length(), Collectors.counting()));
        int width = widths.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return firstFree(prefix, highest(series) + 1, width, taken);
    }

    private record Numbered(String prefix, String digits) {
        long number() {
            // Beyond 18 digits a number is not a counter anyone writes; treat it as the largest.
            return digits.length() > 18 ? Long.MAX_VALUE / 2 : Long.parseLong(digits);
        }
    }

    private static long highest(List<Numbered> series) {
        return series.stream().mapToLong(Numbered::number).max().orElse(0);
    }

    private static String firstFree(String prefix, long from, int width, Set<String> taken) {
        Function<Long, String> format = n -> prefix + String.format("%0" + width + "d", n);
        long number = from;
        while (taken.contains(format.apply(number))) {
            number++;
        }
        return format.apply(number);
    }
}

package org.ketaminetraining.insight.items;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns an item's figures into "needs checking" flags, each with its reason in words. A flag comes only from
 * figures past the gate: an item with too few responses or reviews is not flagged on them, however odd they look.
 *
 * <p>{@link FlagReason#DISTRACTOR_BEATS_KEY} fires when a category that is not (part of) the key was chosen by
 * more attempts of the top third than every key category was; items none of whose options is marked as key
 * (free-answer items) are not checked for it. {@link FlagReason#LEECH} fires when one learner's lapses reach the
 * threshold.
 */
public final class ItemFlags {

    private ItemFlags() {
    }

    /**
     * @return the flags in the order of {@link FlagReason}; empty when nothing needs checking
     */
    public static List<ItemFlag> of(Optional<ItemStatistics> statistics, Optional<SrsMetrics> metrics,
            FlagThresholds thresholds) {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(thresholds, "thresholds");
        List<ItemFlag> flags = new ArrayList<>();
        statistics.filter(ItemStatistics::enoughResponses).ifPresent(s -> assessment(s, thresholds, flags));
        metrics.filter(SrsMetrics::enoughReviews).ifPresent(m -> study(m, thresholds, flags));
        return List.copyOf(flags);
    }

    private static void assessment(ItemStatistics statistics, FlagThresholds thresholds, List<ItemFlag> flags) {
        statistics.discrimination().ifPresent(r -> {
            if (r < thresholds.minimumDiscrimination()) {
                flags.add(new ItemFlag(FlagReason.LOW_DISCRIMINATION, r < 0
                        ? format("Discrimination is %s: learners who did well on the rest of the assessment got"
                                + " this item wrong more often than those who did poorly. Check the key and the"
                                + " wording.", apart(r, 0, 1)[0])
                        : format("Discrimination is %s, below %s: this item hardly tells apart learners who know"
                                + " the material from those who do not. Check the key, the wording and whether it"
                                + " tests what the module teaches.",
                                apart(r, thresholds.minimumDiscrimination(), 1))));
            }
        });
        distractorBeatsKey(statistics).ifPresent(flags::add);
        statistics.facility().ifPresent(p -> {
            if (p > thresholds.maximumFacility()) {
                flags.add(new ItemFlag(FlagReason.TOO_EASY, format("%s%% of attempts answered it correctly, more"
                        + " than %s%%: it tells learners apart hardly at all. Consider more plausible wrong options.",
                        apart(p, thresholds.maximumFacility(), 100))));
            } else if (p < thresholds.minimumFacility()) {
                flags.add(new ItemFlag(FlagReason.TOO_HARD, format("Only %s%% of attempts answered it correctly,"
                        + " fewer than %s%%. Check the key, and whether the module teaches this.",
                        apart(p, thresholds.minimumFacility(), 100))));
            }
        });
    }

    private static Optional<ItemFlag> distractorBeatsKey(ItemStatistics statistics) {
        List<OptionCount> keys = statistics.options().stream().filter(OptionCount::key).toList();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        int keyTop = keys.stream().mapToInt(OptionCount::chosenTopThird).max().orElse(0);
        List<OptionCount> beating = statistics.options().stream()
                .filter(o -> !o.key() && o.chosenTopThird() > keyTop)
                .toList();
        if (beating.isEmpty()) {
            return Optional.empty();
        }
        int topThird = beating.get(0).topThirdSize();
        String distractors = beating.stream()
                .map(o -> format("\"%s\" (%d)", o.category(), o.chosenTopThird()))
                .collect(Collectors.joining(", "));
        String key = keys.stream().map(o -> format("\"%s\" (%d)", o.category(), o.chosenTopThird()))
                .collect(Collectors.joining(", "));
        return Optional.of(new ItemFlag(FlagReason.DISTRACTOR_BEATS_KEY, format("Of the %d best attempts that"
                + " contained this item, more chose %s than the right answer %s. Check that the key is right and"
                + " that the other answer is not also defensible.", topThird, distractors, key)));
    }

    private static void study(SrsMetrics metrics, FlagThresholds thresholds, List<ItemFlag> flags) {
        metrics.confidentlyWrongRate().ifPresent(rate -> {
            if (rate > thresholds.maximumConfidentlyWrongRate()) {
                flags.add(new ItemFlag(FlagReason.CONFIDENTLY_WRONG, format("%s%% of the answers given with high"
                        + " confidence were wrong, more than %s%%: a likely misconception. Either the item or the"
                        + " teaching is wrong; check both.",
                        apart(rate, thresholds.maximumConfidentlyWrongRate(), 100))));
            }
        });
        if (metrics.maxLapses() >= thresholds.leechLapses()) {
            String stuck = thresholds.leechLapses() == SrsItemMetrics.DEFAULT_LEECH_LAPSES && metrics.leeches() > 1
                    ? format(" %d learners have forgotten it %d times or more.", metrics.leeches(),
                            thresholds.leechLapses())
                    : "";
            flags.add(new ItemFlag(FlagReason.LEECH, format("A learner has forgotten this item %d times after"
                    + " knowing it (%d or more makes it a leech).%s It keeps coming back without sticking: consider"
                    + " rewording it or splitting it.", metrics.maxLapses(), thresholds.leechLapses(), stuck)));
        }
    }

    /**
     * The figure and its threshold, times {@code scale}, with as few decimals as keep them apart: "95.1% ... more
     * than 95%" rather than "95% ... more than 95%". Two decimals for scale 1, none for percentages, at most four
     * more.
     */
    static Object[] apart(double value, double threshold, double scale) {
        int decimals = scale == 1 ? 2 : 0;
        String shownValue;
        String shownThreshold;
        do {
            String pattern = "%." + decimals + "f";
            shownValue = format(pattern, value * scale);
            shownThreshold = format(pattern, threshold * scale);
            decimals++;
        } while (shownValue.equals(shownThreshold) && decimals <= (scale == 1 ? 6 : 4));
        return new Object[]{shownValue, shownThreshold};
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}

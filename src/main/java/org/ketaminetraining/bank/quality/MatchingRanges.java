package org.ketaminetraining.bank.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.Question;

/**
 * Ambiguous keys in matching items that come from numbers: when two right-hand entries of one item give values
 * whose ranges overlap ("About 25–50%" and "About 29–30%"; "30–45 minutes" and "About 40 minutes"), a learner who
 * knows the facts can fit two left-hand entries to the same right-hand entry, and the item grades a correct
 * belief as wrong.
 *
 * <p>A right-hand entry's value is its first number, or range, when a unit follows it (percent, minutes, hours,
 * days, weeks, mg, mg/kg, mL). Qualifiers ("about", "by", "at least") are ignored, so a value is read as the number
 * or range it states; hours, days and weeks are compared in minutes. An entry whose first number has no unit
 * ("2 devices (4 sprays), 5 minutes apart"; "since 1999") states no value and is not compared.
 */
public final class MatchingRanges {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d");
    private static final Pattern VALUE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:\\s*[–-]\\s*(\\d+(?:\\.\\d+)?))?"
            + "\\s*(%|minutes?\\b|min\\b|hours?\\b|h\\b|days?\\b|weeks?\\b|mg/kg\\b|mg\\b|ml\\b)");

    /** Two right-hand entries of one matching item whose values overlap. */
    public record Overlap(String questionId, String first, String second) {
    }

    /** A value range in one unit. */
    record Range(double low, double high, String unit) {
        boolean overlaps(Range other) {
            return unit.equals(other.unit) && low <= other.high && other.low <= high;
        }
    }

    private MatchingRanges() {
    }

    /** Every pair of overlapping right-hand entries in the matching items among {@code questions}. */
    public static List<Overlap> overlaps(Collection<Question> questions) {
        List<Overlap> overlaps = new ArrayList<>();
        for (Question question : questions) {
            if (!(question.answer() instanceof Matching matching)) {
                continue;
            }
            List<MatchPair> pairs = matching.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                for (int j = i + 1; j < pairs.size(); j++) {
                    Optional<Range> first = range(pairs.get(i).right());
                    Optional<Range> second = range(pairs.get(j).right());
                    if (first.isPresent() && second.isPresent() && first.get().overlaps(second.get())) {
                        overlaps.add(new Overlap(question.id(), pairs.get(i).right(), pairs.get(j).right()));
                    }
                }
            }
        }
        return overlaps;
    }

    /** The value a right-hand entry states, if it states one with a unit. */
    static Optional<Range> range(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher firstNumber = FIRST_NUMBER.matcher(lower);
        if (!firstNumber.find()) {
            return Optional.empty();
        }
        Matcher matcher = VALUE.matcher(lower).region(firstNumber.start(), lower.length());
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        double low = Double.parseDouble(matcher.group(1));
        double high = matcher.group(2) == null ? low : Double.parseDouble(matcher.group(2));
        String unit = matcher.group(3);
        double toMinutes = switch (unit.charAt(0)) {
            case 'h' -> 60;
            case 'd' -> 60 * 24;
            case 'w' -> 60 * 24 * 7;
            default -> 1;
        };
        if (toMinutes > 1 || unit.startsWith("min")) {
            return Optional.of(new Range(low * toMinutes, high * toMinutes, "minutes"));
        }
        return Optional.of(new Range(low, high, unit));
    }
}

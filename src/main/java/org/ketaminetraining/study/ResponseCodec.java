package org.ketaminetraining.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalseResponse;

/**
 * How a learner's answer is stored in the review log (one text column) and read back.
 *
 * <p>The stored text carries no type tag: the review-log row names the question revision, and so its type, which
 * is why short text needs no escaping. Positions are those of the authored lists, never of the shuffled screen, so
 * a stored answer can be regraded against the same revision at any time.
 *
 * <p>{@link #encode} is canonical (choices ascending, matches sorted by left item), so
 * {@code decode(type, encode(r))} equals {@code r} and equal answers are stored as equal text, which lets reports
 * count identical wrong answers with a plain {@code GROUP BY}. A number with a negative
 * scale such as {@code 1E+3} is stored as {@code 1000} and read back with scale 0, numerically equal but not
 * {@code equals}; a number parsed from what a learner typed never has one. Decode reads only the plain form that
 * encode writes, so every stored text it accepts is stored again unchanged.
 *
 * <p>Length is not checked here: only short text can grow long, and the service decides what to do with an
 * answer that does not fit the column.
 */
public final class ResponseCodec {

    /** Stored text quoted in an error message is cut to this length, so a broken 4000-character row stays readable. */
    private static final int QUOTED_MAX = 80;

    private ResponseCodec() {
    }

    /**
     * The stored form of {@code response}.
     *
     * @throws IllegalArgumentException for a response that {@link #decode} could not read back: a negative
     *     position, or an item named twice in an ordering
     */
    public static String encode(Response response) {
        Objects.requireNonNull(response, "response");
        if (response instanceof ChoiceResponse choice) {
            choice.selectedOptions().forEach(option -> requireNotNegative(option, "option", choice));
            return choice.selectedOptions().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (response instanceof TrueFalseResponse trueFalse) {
            return Boolean.toString(trueFalse.value());
        }
        if (response instanceof NumericResponse numeric) {
            return numeric.value().toPlainString();
        }
        if (response instanceof OrderingResponse ordering) {
            ordering.itemOrder().forEach(item -> requireNotNegative(item, "item", ordering));
            if (new HashSet<>(ordering.itemOrder()).size() != ordering.itemOrder().size()) {
                throw new IllegalArgumentException("cannot store " + ordering + ": it names an item twice");
            }
            return join(ordering.itemOrder());
        }
        if (response instanceof MatchingResponse matching) {
            StringBuilder stored = new StringBuilder();
            for (Map.Entry<Integer, Integer> match : new TreeMap<>(matching.rightForLeft()).entrySet()) {
                requireNotNegative(match.getKey(), "left item", matching);
                requireNotNegative(match.getValue(), "right item", matching);
                if (stored.length() > 0) {
                    stored.append(',');
                }
                stored.append(match.getKey()).append(':').append(match.getValue());
            }
            return stored.toString();
        }
        return ((TextResponse) response).text();
    }

    /**
     * Reads back what {@link #encode} stored for a question of {@code type}.
     *
     * @throws IllegalArgumentException naming the type and the text when {@code stored} is not a valid answer of
     *     that type: a row that cannot be read must stop the replay loudly rather than be graded as wrong
     */
    public static Response decode(QuestionType type, String stored) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stored, "stored");
        switch (type) {
            case SINGLE_CHOICE:
            case MULTIPLE_RESPONSE:
                return new ChoiceResponse(new HashSet<>(distinctPositions(type, stored, "option")));
            case TRUE_FALSE:
                return decodeTrueFalse(stored);
            case NUMERIC:
                return decodeNumber(stored);
            case ORDERING:
                return new OrderingResponse(distinctPositions(type, stored, "item"));
            case MATCHING:
                return decodeMatching(stored);
            case SHORT_TEXT:
                return new TextResponse(stored);
            default:
                throw new IllegalArgumentException("no stored form for " + type);
        }
    }

    private static TrueFalseResponse decodeTrueFalse(String stored) {
        // Strict on purpose: Boolean.parseBoolean would read any other word, "yes" included, as false.
        if (stored.equals("true") || stored.equals("false")) {
            return new TrueFalseResponse(stored.equals("true"));
        }
        throw new IllegalArgumentException(
                "true/false answer " + quoted(stored) + " is neither \"true\" nor \"false\"");
    }

    private static NumericResponse decodeNumber(String stored) {
        if (stored.indexOf('e') >= 0 || stored.indexOf('E') >= 0) {
            // encode always writes the plain form; an exponent means the row was not written by this codec
            throw new IllegalArgumentException(
                    "numeric answer " + quoted(stored) + " is not in plain decimal form (no exponent)");
        }
        try {
            return new NumericResponse(new BigDecimal(stored));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("numeric answer " + quoted(stored) + " is not a number", notANumber);
        }
    }

    private static MatchingResponse decodeMatching(String stored) {
        Map<Integer, Integer> rightForLeft = new HashMap<>();
        for (String pair : parts(stored)) {
            int colon = pair.indexOf(':');
            int left = colon < 0 ? -1 : position(pair.substring(0, colon));
            int right = colon < 0 ? -1 : position(pair.substring(colon + 1));
            if (left < 0 || right < 0) {
                throw new IllegalArgumentException(
                        "matching answer " + quoted(stored) + " is not a list of left:right item numbers");
            }
            if (rightForLeft.put(left, right) != null) {
                throw new IllegalArgumentException(
                        "matching answer " + quoted(stored) + " matches left item " + left + " twice");
            }
        }
        return new MatchingResponse(rightForLeft);
    }

    private static List<Integer> distinctPositions(QuestionType type, String stored, String noun) {
        List<Integer> positions = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String part : parts(stored)) {
            int position = position(part);
            if (position < 0) {
                throw new IllegalArgumentException(
                        label(type) + " answer " + quoted(stored) + " is not a list of " + noun + " numbers");
            }
            if (!seen.add(position)) {
                throw new IllegalArgumentException(
                        label(type) + " answer " + quoted(stored) + " names " + noun + " " + position + " twice");
            }
            positions.add(position);
        }
        return positions;
    }

    /** The comma-separated parts; none for empty text, which is how "nothing selected" is stored. */
    private static List<String> parts(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(",", -1));
    }

    /**
     * The number written in ASCII digits only, or -1. Integer.parseInt alone would also take a sign and
     * non-ASCII digits, which encode never writes.
     */
    private static int position(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    private static void requireNotNegative(int position, String noun, Response response) {
        if (position < 0) {
            throw new IllegalArgumentException("cannot store " + response + ": " + noun + " " + position
                    + " is negative");
        }
    }

    private static String join(Collection<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String label(QuestionType type) {
        return type.yamlName().replace('_', ' ');
    }

    private static String quoted(String stored) {
        String shown = stored.length() <= QUOTED_MAX ? stored : stored.substring(0, QUOTED_MAX) + "…";
        return '"' + shown + '"';
    }
}

package org.ketaminetraining.bank.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer inside a GIFT answer block: its marker ({@code =} or {@code ~}), optional weight ({@code %50%}),
 * text and optional feedback. Text is restored from placeholders and trimmed.
 *
 * @param lineOffset how many lines below the start of the block the answer's marker is, so that a note about one
 *     answer points at its own line
 */
record GiftAnswer(char marker, Optional<BigDecimal> weight, String text, Optional<String> feedback, int lineOffset) {
    private static final Pattern NUMBER_WITH_TOLERANCE = Pattern.compile("^(-?[0-9.]+)\\s*(?::\\s*([0-9.]+))?$");
    private static final Pattern RANGE = Pattern.compile("^(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)$");
    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");

    /** Whether text would be read as starting with a weight, so a writer knows to put an explicit one first. */
    static boolean startsWithWeight(String text) {
        return WEIGHT.matcher(text).find();
    }

    boolean isRight() {
        return marker == '=';
    }

    /** Whether the answer earns credit: "=" without a weight, or any positive weight. */
    boolean earnsCredit() {
        return weight.map(w -> w.signum() > 0).orElse(isRight());
    }

    /**
     * Splits a protected answer block into answers at every {@code =} and {@code ~}.
     *
     * @return empty if there is text before the first marker, which GIFT does not allow
     */
    static Optional<List<GiftAnswer>> split(String protectedBlock) {
        return split(protectedBlock, true);
    }

    /**
     * @param weightAfterEquals whether "=" answers may carry a weight: Moodle reads one after "=" in short answer
     *     and numeric questions, but in multiple choice and matching "=%50%x" is a right answer whose text is "%50%x"
     */
    static Optional<List<GiftAnswer>> split(String protectedBlock, boolean weightAfterEquals) {
        List<GiftAnswer> answers = new ArrayList<>();
        int start = -1;
        for (int index = 0; index <= protectedBlock.length(); index++) {
            boolean atEnd = index == protectedBlock.length();
            char c = atEnd ? 0 : protectedBlock.charAt(index);
            if (atEnd || c == '=' || c == '~') {
                if (start < 0 && !protectedBlock.substring(0, index).isBlank()) {
                    return Optional.empty();
                }
                if (start >= 0) {
                    char marker = protectedBlock.charAt(start);
                    answers.add(parse(marker, protectedBlock.substring(start + 1, index),
                            marker == '~' || weightAfterEquals, newlines(protectedBlock, start)));
                }
                start = index;
            }
        }
        return Optional.of(answers);
    }

    /** The line breaks in the first {@code end} characters of the text. */
    static int newlines(String text, int end) {
        int count = 0;
        for (int index = 0; index < end; index++) {
            if (text.charAt(index) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The line breaks before the first character that is not white space. */
    static int leadingNewlines(String text) {
        int end = 0;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return newlines(text, end);
    }

    private static GiftAnswer parse(char marker, String body, boolean weighted, int lineOffset) {
        Matcher weight = WEIGHT.matcher(body);
        Optional<BigDecimal> parsedWeight = Optional.empty();
        if (weighted && weight.find()) {
            parsedWeight = Optional.of(new BigDecimal(weight.group(1)));
            body = body.substring(weight.end());
        }
        int hash = body.indexOf('#');
        String text = hash < 0 ? body : body.substring(0, hash);
        Optional<String> feedback = hash < 0 ? Optional.empty()
                : Optional.of(GiftText.restore(body.substring(hash + 1).strip())).filter(f -> !f.isEmpty());
        return new GiftAnswer(marker, parsedWeight, GiftText.restore(text.strip()), feedback, lineOffset);
    }

    /** As a numeric answer: the value and tolerance of "value", "value:tolerance" or "min..max"; empty if it is none of them. */
    Optional<BigDecimal[]> numericRange() {
        try {
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                BigDecimal low = new BigDecimal(range.group(1));
                BigDecimal high = new BigDecimal(range.group(2));
                BigDecimal two = BigDecimal.valueOf(2);
                return Optional.of(new BigDecimal[]{low.add(high).divide(two), high.subtract(low).abs().divide(two)});
            }
            Matcher single = NUMBER_WITH_TOLERANCE.matcher(text);
            if (single.matches()) {
                BigDecimal tolerance = single.group(2) == null ? BigDecimal.ZERO : new BigDecimal(single.group(2));
                return Optional.of(new BigDecimal[]{new BigDecimal(single.group(1)), tolerance});
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number: the caller says so
        }
        return Optional.empty();
    }
}

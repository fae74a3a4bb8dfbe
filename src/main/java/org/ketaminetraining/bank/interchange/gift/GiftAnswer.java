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
 */
record GiftAnswer(char marker, Optional<BigDecimal> weight, String text, Optional<String> feedback) {
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
                            marker == '~' || weightAfterEquals));
                }
                start = index;
            }
        }
        return Optional.of(answers);
    }

    private static GiftAnswer parse(char marker, String body, boolean weighted) {
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
        return new GiftAnswer(marker, parsedWeight, GiftText.restore(text.strip()), feedback);
    }
}

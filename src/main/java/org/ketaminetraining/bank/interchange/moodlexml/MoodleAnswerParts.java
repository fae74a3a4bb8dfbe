package org.ketaminetraining.bank.interchange.moodlexml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.interchange.ImportLog.Note;

/**
 * What every Moodle answer reader needs: the notes it collects with their lines, the reason it refuses a question,
 * and the small readers of Moodle's answer elements (fraction, tolerance, text, feedback).
 */
abstract class MoodleAnswerParts {
    protected static final BigDecimal FULL = BigDecimal.valueOf(100);
    protected static final BigDecimal NO_CREDIT_AT_ALL = BigDecimal.valueOf(-100);
    /** Moodle writes shares such as 33.33333, so shares are compared to this many places. */
    protected static final int SHARE_SCALE = 2;

    protected final List<Note> notes = new ArrayList<>();
    protected final String textFormat;
    private String refusal = "";

    MoodleAnswerParts(String textFormat) {
        this.textFormat = textFormat;
    }

    List<Note> notes() {
        return notes;
    }

    String refusal() {
        return refusal;
    }

    protected <T> Optional<T> refuse(String reason) {
        refusal = reason;
        return Optional.empty();
    }

    protected static boolean countCoversAll(String count, int items) {
        try {
            int shown = Integer.parseInt(count);
            return shown == 0 || shown >= items;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    protected void dropCatchAllFeedback(XmlElement answer) {
        answer.wrappedText("feedback").map(String::strip).filter(f -> !f.isEmpty()).ifPresent(f -> notes.add(
                new Note(answer.line(), "the feedback for any other answer ('" + f + "') dropped: a wrong answer"
                        + " shows the explanation here")));
    }

    protected Optional<String> feedback(XmlElement answer, String what) {
        Optional<XmlElement> feedback = answer.child("feedback");
        return Optional.of(MoodleText.markdown(feedback, textFormat, what, notes)).filter(f -> !f.isEmpty());
    }

    protected static boolean isOne(String multiplier) {
        try {
            return new BigDecimal(multiplier.strip()).compareTo(BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    protected static Optional<BigDecimal> tolerance(XmlElement answer) {
        try {
            return answer.childText("tolerance").map(String::strip).filter(t -> !t.isEmpty()).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    protected static String percent(BigDecimal fraction) {
        return fraction.stripTrailingZeros().toPlainString() + "%";
    }

    /** The answer's text as written, for answers that are not Markdown (true/false, numbers, typed answers). */
    protected static String rawText(XmlElement answer) {
        return answer.childText("text").orElse("").strip();
    }

    protected static BigDecimal fraction(XmlElement answer) {
        try {
            return new BigDecimal(answer.attribute("fraction").orElse("0").strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /**
     * The form the bank itself writes for "select all that apply": correct options share 100% equally and every
     * wrong option costs 100%, so only the exact set scores in full. Anything else is partial credit.
     */
    protected static boolean isAllOrNothingEncoding(List<BigDecimal> fractions) {
        List<BigDecimal> credited = fractions.stream().filter(f -> f.signum() > 0).toList();
        if (credited.isEmpty()) {
            return true;
        }
        BigDecimal share = FULL.divide(BigDecimal.valueOf(credited.size()), SHARE_SCALE, RoundingMode.HALF_UP);
        return credited.stream().allMatch(f -> f.setScale(SHARE_SCALE, RoundingMode.HALF_UP).compareTo(share) == 0)
                && fractions.stream().filter(f -> f.signum() <= 0).allMatch(f -> f.compareTo(NO_CREDIT_AT_ALL) == 0);
    }

}

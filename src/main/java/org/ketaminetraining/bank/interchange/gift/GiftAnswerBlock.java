package org.ketaminetraining.bank.interchange.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.interchange.QuestionDraft;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Works out which question type a GIFT answer block is, the way Moodle's GIFT reader does ("#" numeric, any "~"
 * multiple choice, "=" with "->" matching, T/F true/false, else short answer), and builds its answer data.
 */
final class GiftAnswerBlock {
    private static final Pattern TRUE_FALSE = Pattern.compile("^(?i)(T|F|TRUE|FALSE)\\s*(#.*)?$", Pattern.DOTALL);
    private static final BigDecimal FULL = BigDecimal.valueOf(100);
    private static final BigDecimal NO_CREDIT_AT_ALL = BigDecimal.valueOf(-100);
    private static final int SHARE_SCALE = 2;

    /** The answer data, or empty with the reason; notes name what was dropped or changed. */
    record Outcome(Optional<AnswerSpec> answer, String refusal, List<Note> notes) {
        static Outcome unsupported(String reason) {
            return new Outcome(Optional.empty(), reason, List.of());
        }

        static Outcome of(AnswerSpec answer, List<Note> notes) {
            return new Outcome(Optional.of(answer), "", notes);
        }
    }

    private GiftAnswerBlock() {
    }

    /**
     * @param textFormat the question text's format, which answers and feedback without a marker are in
     * @param blockLine the line of the answer block's opening brace; a note about one answer points at that
     *     answer's own line, a note about the whole question at the line its answers start on
     */
    static Outcome interpret(String protectedContent, QuestionDraft draft, String textFormat, int blockLine) {
        String content = protectedContent.strip();
        int line = blockLine + GiftAnswer.leadingNewlines(protectedContent);
        if (content.isEmpty()) {
            return Outcome.unsupported("essay questions ({}) have no counterpart in the bank");
        }
        if (content.startsWith("#")) {
            return numeric(content.substring(1).strip(), draft, blockLine,
                    line + GiftAnswer.leadingNewlines(content.substring(1)));
        }
        if (content.contains("~")) {
            return choice(content, textFormat, line);
        }
        if (content.contains("=") && content.contains("->")) {
            return matching(content, textFormat, line);
        }
        Matcher trueFalse = TRUE_FALSE.matcher(content);
        if (trueFalse.matches()) {
            return trueFalse(trueFalse.group(1), Optional.ofNullable(trueFalse.group(2)), textFormat, line);
        }
        return shortText(content, line);
    }

    private static Outcome trueFalse(String value, Optional<String> feedbacks, String textFormat, int line) {
        List<Note> notes = new ArrayList<>();
        if (!value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            notes.add(new Note(line, "'{" + value + "}' is read as true/false; Moodle itself reads only T, F, TRUE and"
                    + " FALSE in capitals so, and a lower-case one as a short answer"));
        }
        boolean answer = value.toUpperCase(java.util.Locale.ROOT).startsWith("T");
        String[] parts = feedbacks.map(f -> f.substring(1)).orElse("").split("#", -1);
        Optional<String> ifWrong = feedback(parts, 0, textFormat, notes, line);
        Optional<String> ifRight = feedback(parts, 1, textFormat, notes, line);
        return Outcome.of(answer ? new TrueFalse(true, ifRight, ifWrong) : new TrueFalse(false, ifWrong, ifRight),
                notes);
    }

    private static Optional<String> feedback(String[] parts, int index, String textFormat, List<Note> notes,
            int line) {
        return index < parts.length ? Optional.of(GiftFormat.markdown(GiftText.restore(parts[index].strip()),
                textFormat, "feedback", notes, line)).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static Optional<String> feedback(GiftAnswer answer, String textFormat, List<Note> notes, int line) {
        return answer.feedback().map(f -> GiftFormat.markdown(f, textFormat, "the feedback on '" + answer.text()
                + "'", notes, line)).filter(f -> !f.isEmpty());
    }

    /** An "=" makes it single choice, as in Moodle; then only "=" answers are right, whatever "~%n%" says. */
    private static Outcome choice(String content, String textFormat, int line) {
        Optional<List<GiftAnswer>> split = GiftAnswer.split(content, false);
        if (split.isEmpty() || split.get().size() < 2) {
            return Outcome.unsupported("a multiple-choice question needs at least two answers, each after '=' or '~'");
        }
        List<GiftAnswer> answers = split.get();
        List<Note> notes = new ArrayList<>();
        List<ChoiceOption> options = new ArrayList<>();
        boolean single = answers.stream().anyMatch(GiftAnswer::isRight);
        List<BigDecimal> weights = answers.stream().map(a -> a.isRight() ? FULL : a.weight().orElse(BigDecimal.ZERO))
                .toList();
        boolean canonical = single || isAllOrNothingEncoding(weights);
        for (int index = 0; index < answers.size(); index++) {
            GiftAnswer answer = answers.get(index);
            int at = line + answer.lineOffset();
            BigDecimal weight = weights.get(index);
            String name = "option " + (index + 1) + " ('" + answer.text() + "')";
            boolean correct = single ? answer.isRight() : weight.signum() > 0;
            if (single && !correct && weight.signum() > 0) {
                notes.add(new Note(at, "partial credit " + percent(weight) + " on " + name + " became no credit"));
            } else if (single && weight.signum() < 0) {
                notes.add(new Note(at, "penalty " + percent(weight) + " on " + name + " became no credit: a wrong"
                        + " answer scores nothing here"));
            } else if (!canonical && correct) {
                notes.add(new Note(at, "partial credit " + percent(weight) + " on " + name + " became"
                        + " all-or-nothing: here only the exact set of correct options earns credit"));
            } else if (!canonical) {
                notes.add(new Note(at, name + " cost " + percent(weight) + " in Moodle; here choosing it makes the"
                        + " whole answer wrong"));
            }
            String text = GiftFormat.markdown(answer.text(), textFormat, name, notes, at);
            options.add(new ChoiceOption(text, correct, feedback(answer, textFormat, notes, at)));
        }
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            return Outcome.unsupported("no answer earns credit, so the question has no correct option");
        }
        return Outcome.of(single ? new SingleChoice(options) : new MultipleResponse(options), notes);
    }

    /** Correct options share 100% equally and wrong ones cost 100%: the bank's own "exact set" form. */
    private static boolean isAllOrNothingEncoding(List<BigDecimal> weights) {
        List<BigDecimal> credited = weights.stream().filter(w -> w.signum() > 0).toList();
        if (credited.isEmpty()) {
            return true;
        }
        BigDecimal share = FULL.divide(BigDecimal.valueOf(credited.size()), SHARE_SCALE, RoundingMode.HALF_UP);
        return credited.stream().allMatch(w -> w.setScale(SHARE_SCALE, RoundingMode.HALF_UP).compareTo(share) == 0)
                && weights.stream().filter(w -> w.signum() <= 0).allMatch(w -> w.compareTo(NO_CREDIT_AT_ALL) == 0);
    }

    private static Outcome matching(String content, String textFormat, int line) {
        Optional<List<GiftAnswer>> split = GiftAnswer.split(content, false);
        if (split.isEmpty()) {
            return Outcome.unsupported("the answer block must start with '='");
        }
        List<Note> notes = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        for (GiftAnswer answer : split.get()) {
            int at = line + answer.lineOffset();
            int arrow = answer.text().indexOf("->");
            if (arrow < 0) {
                return Outcome.unsupported("matching answer '" + answer.text() + "' has no '->'");
            }
            // Moodle reads no format marker on the answer side of a pair
            String right = answer.text().substring(arrow + 2).strip();
            String left = answer.text().substring(0, arrow).strip();
            if (left.isEmpty()) {
                notes.add(new Note(at, "extra answer '" + right + "' (a distractor with no item) dropped: matching"
                        + " here offers only the answers of its items"));
                continue;
            }
            pairs.add(new MatchPair(GiftFormat.markdown(left, textFormat, "the item matched to '" + right + "'",
                    notes, at), right));
        }
        if (pairs.size() < 2) {
            return Outcome.unsupported("a matching question needs at least two items");
        }
        return Outcome.of(new Matching(pairs), notes);
    }

    private static Outcome shortText(String content, int line) {
        Optional<List<GiftAnswer>> split = GiftAnswer.split(content, true);
        if (split.isEmpty() || split.get().isEmpty()) {
            return Outcome.unsupported("the answer block must start with '=' or '~'");
        }
        List<Note> notes = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (GiftAnswer answer : split.get()) {
            int at = line + answer.lineOffset();
            String text = GiftFormat.withoutMarker(answer.text());
            BigDecimal weight = answer.weight().orElse(FULL);
            if (text.equals("*") && weight.compareTo(FULL) != 0) {
                answer.feedback().ifPresent(f -> notes.add(new Note(at, "the feedback for any other answer ('" + f
                        + "') dropped: a wrong answer shows the explanation here")));
                continue;
            }
            if (weight.compareTo(FULL) != 0) {
                notes.add(new Note(at, weight.signum() > 0
                        ? "partial credit " + percent(weight) + " for '" + text + "' became no credit; the answer is"
                                + " not imported"
                        : "wrong answer '" + text + "' dropped: any answer not accepted is wrong here"));
                continue;
            }
            if (text.equals("*")) {
                return Outcome.unsupported("the answer '*' earns full credit, so every answer would be right");
            }
            if (text.replace("\\*", "").contains("*")) {
                notes.add(new Note(at, "'" + text + "' uses Moodle's wildcard '*', which matches anything there;"
                        + " here it is matched literally, so write out the answers it should accept"));
            }
            // Moodle writes a literal asterisk in a short answer as \*
            String literal = text.replace("\\*", "*");
            answer.feedback().ifPresent(f -> notes.add(new Note(at, "the feedback on '" + literal + "' dropped:"
                    + " short_text has no per-answer feedback")));
            accepted.add(literal);
        }
        if (accepted.isEmpty()) {
            return Outcome.unsupported("no answer earns full credit");
        }
        return Outcome.of(new ShortText(accepted), notes);
    }

    /**
     * Every numeric form Moodle's GIFT reader takes: "value", "value:tolerance", "min..max", several "=" answers
     * with weights, and "~" with feedback for any other answer. The first full-credit answer is kept; the rest is
     * named.
     */
    private static Outcome numeric(String content, QuestionDraft draft, int blockLine, int line) {
        List<Note> notes = new ArrayList<>();
        String body = content;
        int otherwise = body.indexOf('~');
        if (otherwise >= 0) {
            String rest = body.substring(otherwise + 1).strip();
            String feedback = GiftText.restore(rest.startsWith("#") ? rest.substring(1).strip() : rest);
            if (!feedback.isEmpty()) {
                notes.add(new Note(line + GiftAnswer.newlines(body, otherwise), "the feedback for any other answer ('"
                        + feedback + "') dropped: a wrong"
                        + " answer shows the explanation here"));
            }
            body = body.substring(0, otherwise).strip();
        }
        String withMarkers = body.startsWith("=") ? body : "=" + body;
        Optional<List<GiftAnswer>> answers = GiftAnswer.split(withMarkers, true);
        if (answers.isEmpty() || answers.get().isEmpty()) {
            return Outcome.unsupported("the numeric answer block has no answer");
        }
        Optional<NumericAnswer> right = Optional.empty();
        for (GiftAnswer answer : answers.get()) {
            int at = line + answer.lineOffset();
            Optional<BigDecimal[]> range = answer.numericRange();
            if (range.isEmpty()) {
                return Outcome.unsupported("numeric answer '" + answer.text() + "' is not 'value', 'value:tolerance'"
                        + " or 'min..max'");
            }
            BigDecimal weight = answer.weight().orElse(FULL);
            String written = answer.text();
            if (weight.compareTo(FULL) == 0 && right.isEmpty()) {
                right = Optional.of(new NumericAnswer(range.get()[0], range.get()[1], draft.unitOrEmpty()));
                answer.feedback().ifPresent(f -> notes.add(new Note(at, "the feedback on the right answer ('" + f
                        + "') dropped: numeric questions show the explanation instead")));
            } else if (weight.compareTo(FULL) == 0) {
                notes.add(new Note(at, "answer " + written + " also earned full credit in Moodle; here only the"
                        + " first full-credit answer is right"));
            } else if (weight.signum() > 0) {
                notes.add(new Note(at, "partial credit " + percent(weight) + " for " + written
                        + " became no credit"));
            } else if (answer.feedback().isPresent()) {
                notes.add(new Note(at, "wrong answer " + written + " and its feedback dropped: any answer outside"
                        + " the right range is wrong here"));
            }
        }
        if (right.isEmpty()) {
            return Outcome.unsupported("no numeric answer earns full credit");
        }
        if (draft.unitOrEmpty().isEmpty()) {
            notes.add(new Note(blockLine, "GIFT has no unit; add 'unit' before saving the question"));
        }
        return Outcome.of(right.get(), notes);
    }

    private static String percent(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString() + "%";
    }
}

package org.ketaminetraining.bank.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** Works out which question type a GIFT answer block is and builds its answer data. */
final class GiftAnswerBlock {
    private static final Pattern TRUE_FALSE = Pattern.compile("^(?i)(T|F|TRUE|FALSE)\\s*(#.*)?$", Pattern.DOTALL);
    private static final Pattern NUMBER_WITH_TOLERANCE = Pattern.compile("^(-?[0-9.]+)\\s*(?::\\s*([0-9.]+))?$");
    private static final Pattern RANGE = Pattern.compile("^(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)$");

    /** The answer data, or empty with the reason first among the notes; notes also list what was dropped. */
    record Outcome(Optional<AnswerSpec> answer, List<String> notes) {
        static Outcome unsupported(String reason) {
            return new Outcome(Optional.empty(), List.of(reason));
        }
    }

    private GiftAnswerBlock() {
    }

    static Outcome interpret(String protectedContent, QuestionDraft draft) {
        String content = protectedContent.strip();
        if (content.isEmpty()) {
            return Outcome.unsupported("essay questions ({}) are not supported");
        }
        if (content.startsWith("#")) {
            return numeric(content.substring(1).strip(), draft);
        }
        Matcher trueFalse = TRUE_FALSE.matcher(content);
        if (trueFalse.matches()) {
            return trueFalse(trueFalse.group(1), Optional.ofNullable(trueFalse.group(2)));
        }
        Optional<List<GiftAnswer>> split = GiftAnswer.split(content);
        if (split.isEmpty() || split.get().isEmpty()) {
            return Outcome.unsupported("the answer block must start with '=' or '~'");
        }
        List<GiftAnswer> answers = split.get();
        if (answers.stream().anyMatch(a -> !a.isRight())) {
            return choice(answers);
        }
        if (answers.stream().anyMatch(a -> a.text().contains("->"))) {
            return matching(answers);
        }
        return shortText(answers);
    }

    private static Outcome trueFalse(String value, Optional<String> feedbacks) {
        boolean answer = value.toUpperCase(Locale.ROOT).startsWith("T");
        String[] parts = feedbacks.map(f -> f.substring(1)).orElse("").split("#", -1);
        Optional<String> ifWrong = feedback(parts, 0);
        Optional<String> ifRight = feedback(parts, 1);
        return new Outcome(Optional.of(answer ? new TrueFalse(true, ifRight, ifWrong)
                : new TrueFalse(false, ifWrong, ifRight)), List.of());
    }

    private static Optional<String> feedback(String[] parts, int index) {
        return index < parts.length ? Optional.of(GiftText.restore(parts[index].strip())).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private static Outcome choice(List<GiftAnswer> answers) {
        List<String> notes = new ArrayList<>();
        List<ChoiceOption> options = new ArrayList<>();
        boolean single = answers.stream().anyMatch(GiftAnswer::isRight);
        for (GiftAnswer answer : answers) {
            boolean correct = single ? answer.isRight() : answer.earnsCredit();
            if (single && !answer.isRight() && answer.earnsCredit()) {
                notes.add("partial credit for '" + answer.text() + "' cannot be kept; it is imported as wrong");
            }
            options.add(new ChoiceOption(answer.text(), correct, answer.feedback()));
        }
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            return Outcome.unsupported("no answer earns credit, so the question has no correct option");
        }
        AnswerSpec spec = single ? new SingleChoice(options) : new MultipleResponse(options);
        return new Outcome(Optional.of(spec), notes);
    }

    private static Outcome matching(List<GiftAnswer> answers) {
        List<MatchPair> pairs = new ArrayList<>();
        for (GiftAnswer answer : answers) {
            int arrow = answer.text().indexOf("->");
            if (arrow < 0) {
                return Outcome.unsupported("matching answer '" + answer.text() + "' has no '->'");
            }
            String left = answer.text().substring(0, arrow).strip();
            if (left.isEmpty()) {
                return Outcome.unsupported("matching distractors (an empty left side) are not supported");
            }
            pairs.add(new MatchPair(left, answer.text().substring(arrow + 2).strip()));
        }
        return new Outcome(Optional.of(new Matching(pairs)), List.of());
    }

    private static Outcome shortText(List<GiftAnswer> answers) {
        List<String> notes = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (GiftAnswer answer : answers) {
            if (answer.weight().isPresent() && answer.weight().get().compareTo(BigDecimal.valueOf(100)) != 0) {
                notes.add("answer '" + answer.text() + "' gives partial credit, which short_text cannot; not imported");
                continue;
            }
            answer.feedback().ifPresent(f -> notes.add("feedback for answer '" + answer.text()
                    + "' cannot be kept; short_text has no per-answer feedback"));
            accepted.add(answer.text());
        }
        if (accepted.isEmpty()) {
            return Outcome.unsupported("no answer earns full credit");
        }
        return new Outcome(Optional.of(new ShortText(accepted)), notes);
    }

    private static Outcome numeric(String content, QuestionDraft draft) {
        List<String> notes = new ArrayList<>();
        String body = content;
        if (body.startsWith("=")) {
            Optional<List<GiftAnswer>> answers = GiftAnswer.split(body);
            if (answers.isEmpty() || answers.get().size() != 1 || !answers.get().get(0).earnsCredit()) {
                return Outcome.unsupported("numeric questions with several answers are not supported");
            }
            answers.get().get(0).feedback().ifPresent(f -> notes.add(
                    "numeric feedback cannot be kept; numeric questions have no per-answer feedback"));
            body = answers.get().get(0).text();
        }
        int hash = body.indexOf('#');
        if (hash >= 0) {
            notes.add("numeric feedback cannot be kept; numeric questions have no per-answer feedback");
            body = body.substring(0, hash).strip();
        }
        return parseNumber(GiftText.restore(body), draft, notes);
    }

    private static Outcome parseNumber(String body, QuestionDraft draft, List<String> notes) {
        try {
            Matcher range = RANGE.matcher(body);
            if (range.matches()) {
                BigDecimal low = new BigDecimal(range.group(1));
                BigDecimal high = new BigDecimal(range.group(2));
                BigDecimal two = BigDecimal.valueOf(2);
                return numericOutcome(low.add(high).divide(two), high.subtract(low).abs().divide(two), draft, notes);
            }
            Matcher single = NUMBER_WITH_TOLERANCE.matcher(body);
            if (single.matches()) {
                BigDecimal tolerance = single.group(2) == null ? BigDecimal.ZERO : new BigDecimal(single.group(2));
                return numericOutcome(new BigDecimal(single.group(1)), tolerance, draft, notes);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the message below
        }
        return Outcome.unsupported("numeric answer '" + body + "' is not 'answer:tolerance' or 'low..high'");
    }

    private static Outcome numericOutcome(BigDecimal answer, BigDecimal tolerance, QuestionDraft draft,
            List<String> notes) {
        if (draft.unitOrEmpty().isEmpty()) {
            notes.add("GIFT has no unit; add 'unit' before saving the question");
        }
        return new Outcome(Optional.of(new NumericAnswer(answer, tolerance, draft.unitOrEmpty())), notes);
    }
}

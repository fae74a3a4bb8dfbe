package org.ketaminetraining.bank.interchange.moodlexml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Builds answer data from the type-specific elements of a Moodle XML question. Each method returns empty when the
 * question cannot be represented, after adding the reason to {@code notes}; notes also record details dropped from
 * questions that are imported.
 */
final class MoodleAnswerReader {
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private final List<String> notes = new ArrayList<>();

    List<String> notes() {
        return List.copyOf(notes);
    }

    Optional<AnswerSpec> multichoice(XmlElement question) {
        String single = question.childText("single").orElse("true").strip().toLowerCase(Locale.ROOT);
        boolean isSingle = single.equals("true") || single.equals("1");
        List<ChoiceOption> options = new ArrayList<>();
        for (XmlElement answer : question.children("answer")) {
            BigDecimal fraction = fraction(answer);
            boolean correct = isSingle ? fraction.compareTo(FULL) == 0 : fraction.signum() > 0;
            if (isSingle && fraction.signum() > 0 && !correct) {
                notes.add("partial credit (" + fraction.toPlainString() + "%) for '" + text(answer)
                        + "' cannot be kept; it is imported as wrong");
            }
            options.add(new ChoiceOption(text(answer), correct, answer.wrappedText("feedback").map(String::strip)
                    .filter(f -> !f.isEmpty())));
        }
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            notes.add("no answer earns full credit, so the question has no correct option");
            return Optional.empty();
        }
        return Optional.of(isSingle ? new SingleChoice(options) : new MultipleResponse(options));
    }

    /**
     * Each answer means the value its text names ("true" or "false", in any case); an answer with any other text
     * (older files, translations such as "Vrai", empty text) means true if it comes first and false otherwise,
     * which is how Moodle's own importer reads it. Such a reading is reported, because it rests on the order.
     */
    Optional<AnswerSpec> trueFalse(XmlElement question) {
        List<XmlElement> answers = question.children("answer");
        Optional<Boolean> answer = Optional.empty();
        Optional<String> feedbackTrue = Optional.empty();
        Optional<String> feedbackFalse = Optional.empty();
        boolean trueSeen = false;
        boolean falseSeen = false;
        List<String> byPosition = new ArrayList<>();
        for (int index = 0; index < answers.size(); index++) {
            XmlElement element = answers.get(index);
            String written = text(element);
            String literal = written.toLowerCase(Locale.ROOT);
            boolean value = literal.equals("true") || literal.equals("false") ? literal.equals("true") : index == 0;
            if (!literal.equals("true") && !literal.equals("false")) {
                byPosition.add("'" + written + "'");
            }
            if (value ? trueSeen : falseSeen) {
                notes.add("two answers (" + answers.stream().map(a -> "'" + text(a) + "'").toList()
                        + ") both mean " + value + " when read as Moodle reads them, so the key cannot be told");
                return Optional.empty();
            }
            trueSeen |= value;
            falseSeen |= !value;
            Optional<String> feedback = element.wrappedText("feedback").map(String::strip).filter(f -> !f.isEmpty());
            if (value) {
                feedbackTrue = feedback;
            } else {
                feedbackFalse = feedback;
            }
            if (fraction(element).compareTo(FULL) == 0) {
                if (answer.isPresent()) {
                    notes.add("both true and false earn full credit");
                    return Optional.empty();
                }
                answer = Optional.of(value);
            }
        }
        if (answer.isEmpty()) {
            notes.add("neither true nor false earns full credit");
            return Optional.empty();
        }
        if (!byPosition.isEmpty()) {
            notes.add("answer text " + String.join(" and ", byPosition) + " is not 'true' or 'false'; the answers are"
                    + " read as true then false in file order, as Moodle does, so the key is " + answer.get()
                    + "; check it");
        }
        return Optional.of(new TrueFalse(answer.get(), feedbackTrue, feedbackFalse));
    }

    Optional<AnswerSpec> numerical(XmlElement question) {
        List<XmlElement> credited = question.children("answer").stream().filter(a -> fraction(a).signum() > 0)
                .toList();
        if (credited.size() != 1 || fraction(credited.get(0)).compareTo(FULL) != 0) {
            notes.add("numeric questions need exactly one answer with full credit; this one has " + credited.size()
                    + " answers with credit");
            return Optional.empty();
        }
        XmlElement answer = credited.get(0);
        if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
            notes.add("numeric feedback cannot be kept; numeric questions have no per-answer feedback");
        }
        Optional<String> unit = question.child("units").stream().flatMap(u -> u.children("unit").stream())
                .filter(u -> u.childText("multiplier").map(MoodleAnswerReader::isOne).orElse(true))
                .findFirst().flatMap(u -> u.childText("unit_name")).map(String::strip);
        if (unit.isEmpty()) {
            notes.add("no unit with multiplier 1; add 'unit' before saving the question");
        }
        try {
            BigDecimal tolerance = answer.childText("tolerance").map(String::strip).filter(t -> !t.isEmpty())
                    .map(BigDecimal::new).orElse(BigDecimal.ZERO);
            return Optional.of(new NumericAnswer(new BigDecimal(text(answer)), tolerance.abs(), unit.orElse("")));
        } catch (NumberFormatException e) {
            notes.add("answer '" + text(answer) + "' is not a number");
            return Optional.empty();
        }
    }

    Optional<AnswerSpec> matching(XmlElement question) {
        List<MatchPair> pairs = new ArrayList<>();
        for (XmlElement sub : question.children("subquestion")) {
            String left = sub.childText("text").orElse("").strip();
            String right = sub.wrappedText("answer").orElse("").strip();
            if (left.isEmpty()) {
                notes.add("matching distractors (an answer with no question) are not supported");
                return Optional.empty();
            }
            pairs.add(new MatchPair(left, right));
        }
        return Optional.of(new Matching(pairs));
    }

    Optional<AnswerSpec> shortAnswer(XmlElement question) {
        if (question.childText("usecase").map(String::strip).filter(u -> u.equals("1")).isPresent()) {
            notes.add("case-sensitive matching cannot be kept; short_text always ignores case");
        }
        List<String> accepted = new ArrayList<>();
        for (XmlElement answer : question.children("answer")) {
            if (fraction(answer).compareTo(FULL) != 0) {
                notes.add("answer '" + text(answer) + "' gives partial or no credit; not imported");
                continue;
            }
            if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
                notes.add("feedback for answer '" + text(answer) + "' cannot be kept");
            }
            accepted.add(text(answer));
        }
        if (accepted.isEmpty()) {
            notes.add("no answer earns full credit");
            return Optional.empty();
        }
        return Optional.of(new ShortText(accepted));
    }

    private static boolean isOne(String multiplier) {
        try {
            return new BigDecimal(multiplier.strip()).compareTo(BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(XmlElement answer) {
        return answer.childText("text").orElse("").strip();
    }

    private static BigDecimal fraction(XmlElement answer) {
        try {
            return new BigDecimal(answer.attribute("fraction").orElse("0").strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

package org.ketaminetraining.bank.interchange.moodlexml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Builds answer data from the type-specific elements of a Moodle XML question. Each method returns empty when the
 * question cannot be represented, after setting {@link #refusal()}; {@link #notes()} name, with their lines, the
 * details dropped or changed from a question that is imported.
 */
final class MoodleAnswerReader extends MoodleAnswerParts {

    /** @param textFormat the question text's format, which Moodle assumes for answers and feedback without one */
    MoodleAnswerReader(String textFormat) {
        super(textFormat);
    }

    Optional<AnswerSpec> multichoice(XmlElement question) {
        String single = question.childText("single").orElse("true").strip().toLowerCase(Locale.ROOT);
        boolean isSingle = !(single.equals("false") || single.equals("0") || single.isEmpty());
        List<XmlElement> answers = question.children("answer");
        List<BigDecimal> fractions = answers.stream().map(MoodleAnswerReader::fraction).toList();
        List<ChoiceOption> options = new ArrayList<>();
        boolean canonical = isSingle || isAllOrNothingEncoding(fractions);
        for (int index = 0; index < answers.size(); index++) {
            XmlElement answer = answers.get(index);
            BigDecimal fraction = fractions.get(index);
            String name = "option " + (index + 1) + " ('" + rawText(answer) + "')";
            String text = MoodleText.markdown(Optional.of(answer), textFormat, name, notes);
            boolean correct = isSingle ? fraction.compareTo(FULL) == 0 : fraction.signum() > 0;
            if (isSingle && fraction.signum() > 0 && !correct) {
                notes.add(new Note(answer.line(), "partial credit " + percent(fraction) + " on " + name
                        + " became no credit"));
            } else if (isSingle && fraction.signum() < 0) {
                notes.add(new Note(answer.line(), "penalty " + percent(fraction) + " on " + name
                        + " became no credit: a wrong answer scores nothing here"));
            } else if (!canonical && correct) {
                notes.add(new Note(answer.line(), "partial credit " + percent(fraction) + " on " + name
                        + " became all-or-nothing: here only the exact set of correct options earns credit"));
            } else if (!canonical) {
                notes.add(new Note(answer.line(), name + " cost " + percent(fraction) + " in Moodle; here choosing"
                        + " it makes the whole answer wrong"));
            }
            options.add(new ChoiceOption(text, correct, feedback(answer, "the feedback on " + name)));
        }
        if (options.stream().noneMatch(ChoiceOption::correct)) {
            return refuse(isSingle ? "no answer earns full credit, so the question has no correct option"
                    : "no answer earns credit, so the question has no correct option");
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
            String written = rawText(element);
            String literal = written.toLowerCase(Locale.ROOT);
            boolean named = literal.equals("true") || literal.equals("false");
            boolean value = named ? literal.equals("true") : index == 0;
            if (!named) {
                byPosition.add("'" + written + "'");
            }
            if (value ? trueSeen : falseSeen) {
                return refuse("two answers (" + answers.stream().map(a -> "'" + rawText(a) + "'").toList()
                        + ") both mean " + value + " when read as Moodle reads them, so the key cannot be told");
            }
            trueSeen |= value;
            falseSeen |= !value;
            Optional<String> feedback = feedback(element, "the feedback on '" + written + "'");
            if (value) {
                feedbackTrue = feedback;
            } else {
                feedbackFalse = feedback;
            }
            if (fraction(element).compareTo(FULL) == 0) {
                if (answer.isPresent()) {
                    return refuse("both true and false earn full credit");
                }
                answer = Optional.of(value);
            }
        }
        if (answer.isEmpty()) {
            return refuse("neither true nor false earns full credit");
        }
        if (!byPosition.isEmpty()) {
            notes.add(new Note(question.line(), "answer text " + String.join(" and ", byPosition) + " is not 'true'"
                    + " or 'false'; the answers are read as true then false in file order, as Moodle does, so the"
                    + " key is " + answer.get() + "; check it"));
        }
        return Optional.of(new TrueFalse(answer.get(), feedbackTrue, feedbackFalse));
    }

    /**
     * One full-credit answer with its tolerance is what the bank holds; a catch-all "*" without credit means what
     * the bank means by any other answer. Everything else (further ranges, partial credit, feedback) is named.
     */
    Optional<AnswerSpec> numerical(XmlElement question) {
        Optional<XmlElement> right = Optional.empty();
        for (XmlElement answer : question.children("answer")) {
            String text = rawText(answer);
            BigDecimal fraction = fraction(answer);
            String range = text + tolerance(answer).filter(t -> t.signum() != 0).map(t -> " ± " + t.toPlainString())
                    .orElse("");
            if (text.equals("*")) {
                if (fraction.signum() > 0) {
                    return refuse("the catch-all answer '*' earns credit, so every answer would be right");
                }
                dropCatchAllFeedback(answer);
            } else if (fraction.compareTo(FULL) == 0 && right.isEmpty()) {
                right = Optional.of(answer);
                if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
                    notes.add(new Note(answer.line(), "the feedback on the right answer " + range + " dropped:"
                            + " numeric questions show the explanation instead"));
                }
            } else if (fraction.compareTo(FULL) == 0) {
                notes.add(new Note(answer.line(), "answer " + range + " also earned full credit in Moodle; here"
                        + " only the first full-credit answer is right"));
            } else if (fraction.signum() > 0) {
                notes.add(new Note(answer.line(), "partial credit " + percent(fraction) + " for " + range
                        + " became no credit"));
            } else if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
                notes.add(new Note(answer.line(), "wrong answer " + range + " and its feedback dropped: any answer"
                        + " outside the right range is wrong here"));
            }
        }
        if (right.isEmpty()) {
            return refuse("no answer earns full credit");
        }
        Optional<String> unit = unit(question);
        try {
            return Optional.of(new NumericAnswer(new BigDecimal(rawText(right.get())),
                    tolerance(right.get()).orElse(BigDecimal.ZERO).abs(), unit.orElse("")));
        } catch (NumberFormatException e) {
            return refuse("answer '" + rawText(right.get()) + "' is not a number");
        }
    }

    private Optional<String> unit(XmlElement question) {
        List<XmlElement> units = question.child("units").map(u -> u.children("unit")).orElse(List.of());
        Optional<XmlElement> base = units.stream()
                .filter(u -> u.childText("multiplier").map(MoodleAnswerReader::isOne).orElse(true)).findFirst();
        for (XmlElement other : units) {
            if (base.isEmpty() || other != base.get()) {
                notes.add(new Note(other.line(), "unit '" + other.childText("unit_name").orElse("").strip() + "' (× "
                        + other.childText("multiplier").orElse("?").strip() + ") dropped: a numeric answer has one"
                        + " fixed unit here"));
            }
        }
        String grading = question.childText("unitgradingtype").orElse("0").strip();
        if (!grading.equals("0") && !grading.isEmpty()) {
            notes.add(new Note(question.line(), "the unit was graded in Moodle (unitgradingtype " + grading + ");"
                    + " here it is shown next to the input and not typed"));
        }
        Optional<String> name = base.flatMap(u -> u.childText("unit_name")).map(String::strip);
        if (name.isEmpty() || name.get().isEmpty()) {
            notes.add(new Note(question.line(), "no unit with multiplier 1; add 'unit' before saving the question"));
        }
        return name;
    }

    /** Moodle offers the left-hand items against all right-hand answers; one without a left side is a distractor. */
    Optional<AnswerSpec> matching(XmlElement question) {
        List<MatchPair> pairs = new ArrayList<>();
        for (XmlElement sub : question.children("subquestion")) {
            String right = sub.wrappedText("answer").orElse("").strip();
            String left = MoodleText.markdown(Optional.of(sub), textFormat, "the item matched to '" + right + "'",
                    notes);
            if (left.isEmpty()) {
                notes.add(new Note(sub.line(), "extra answer '" + right + "' (a distractor with no item) dropped:"
                        + " matching here offers only the answers of its items"));
                continue;
            }
            pairs.add(new MatchPair(left, right));
        }
        if (pairs.size() < 2) {
            return refuse("a matching question needs at least two items");
        }
        return Optional.of(new Matching(pairs));
    }

    Optional<AnswerSpec> shortAnswer(XmlElement question) {
        if (question.childText("usecase").map(String::strip).filter(u -> u.equals("1")).isPresent()) {
            notes.add(new Note(question.line(), "case-sensitive matching became case-insensitive: short_text"
                    + " always ignores case"));
        }
        List<String> accepted = new ArrayList<>();
        for (XmlElement answer : question.children("answer")) {
            String text = rawText(answer);
            BigDecimal fraction = fraction(answer);
            if (text.equals("*") && fraction.signum() <= 0) {
                dropCatchAllFeedback(answer);
                continue;
            }
            if (fraction.compareTo(FULL) != 0) {
                if (fraction.signum() > 0) {
                    notes.add(new Note(answer.line(), "partial credit " + percent(fraction) + " for '" + text
                            + "' became no credit; the answer is not imported"));
                } else if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
                    notes.add(new Note(answer.line(), "wrong answer '" + text + "' and its feedback dropped: any"
                            + " answer not accepted is wrong here"));
                }
                continue;
            }
            if (text.equals("*")) {
                return refuse("the answer '*' earns full credit, so every answer would be right");
            }
            if (text.replace("\\*", "").contains("*")) {
                notes.add(new Note(answer.line(), "'" + text + "' uses Moodle's wildcard '*', which matches anything"
                        + " there; here it is matched literally, so write out the answers it should accept"));
            }
            // Moodle writes a literal asterisk in a short answer as \*
            String literal = text.replace("\\*", "*");
            if (answer.wrappedText("feedback").filter(f -> !f.isBlank()).isPresent()) {
                notes.add(new Note(answer.line(), "the feedback on '" + literal + "' dropped: short_text has no"
                        + " per-answer feedback"));
            }
            accepted.add(literal);
        }
        if (accepted.isEmpty()) {
            return refuse("no answer earns full credit");
        }
        return Optional.of(new ShortText(accepted));
    }

    /**
     * Moodle's ordering question (in core since 4.4): the answers in file order are the right order. Showing a
     * subset of the items and partial-credit grading have no place here, so they are named when used.
     */
    Optional<AnswerSpec> ordering(XmlElement question) {
        List<String> items = new ArrayList<>();
        List<XmlElement> answers = question.children("answer");
        for (int index = 0; index < answers.size(); index++) {
            XmlElement answer = answers.get(index);
            String item = MoodleText.markdown(Optional.of(answer), textFormat, "item " + (index + 1), notes);
            feedback(answer, "the feedback on item " + (index + 1));
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.size() < 2) {
            return refuse("an ordering question needs at least two items");
        }
        String select = question.childText("selecttype").orElse("RANDOM").strip().toUpperCase(Locale.ROOT);
        String count = question.childText("selectcount").orElse("6").strip();
        boolean all = select.equals("ALL") || select.equals("EXACT") || countCoversAll(count, items.size());
        if (!all) {
            notes.add(new Note(question.line(), "Moodle showed " + count + " of the " + items.size() + " items ("
                    + select + "); here every item is shown"));
        }
        String grading = question.childText("gradingtype").orElse("RELATIVE").strip().toUpperCase(Locale.ROOT);
        if (!grading.equals("ALL_OR_NOTHING")) {
            notes.add(new Note(question.line(), "partial credit by " + grading + " grading became all-or-nothing:"
                    + " here only the exact order is right"));
        }
        return Optional.of(new Ordering(items));
    }

}

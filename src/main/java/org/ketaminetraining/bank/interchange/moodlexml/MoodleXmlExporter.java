package org.ketaminetraining.bank.interchange.moodlexml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.interchange.ExportResult;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/** Writes questions as a Moodle XML {@code <quiz>}, with text in Moodle's markdown format. */
public final class MoodleXmlExporter {
    static final String MARKDOWN = "markdown";
    static final String OBJECTIVE_TAG = "objective:";
    static final String DIFFICULTY_TAG = "difficulty:";
    static final String METADATA = "bank_metadata";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int FRACTION_DECIMALS = 5;

    private MoodleXmlExporter() {
    }

    public static ExportResult export(List<Question> questions) {
        return exportCategories(Map.of("", questions));
    }

    /**
     * Writes each group of questions after a category entry, in the map's order; the empty name writes the group
     * without one. The bank exports one category per module, so a Moodle import files the questions as the bank
     * does.
     */
    public static ExportResult exportCategories(Map<String, List<Question>> questionsByCategory) {
        XmlOut out = new XmlOut();
        List<String> notExported = new ArrayList<>();
        out.start("quiz");
        questionsByCategory.forEach((category, questions) -> {
            if (!category.isEmpty()) {
                out.start("question", "type", "category").start("category").element("text", category).end().end();
            }
            questions(out, questions, notExported);
        });
        out.end();
        return new ExportResult(out.finish(), notExported);
    }

    private static void questions(XmlOut out, List<Question> questions, List<String> notExported) {
        for (Question question : questions) {
            Optional<String> type = moodleType(question.answer());
            if (type.isEmpty()) {
                notExported.add("question '" + question.id() + "' (" + question.type().yamlName()
                        + ") not exported: Moodle XML ordering is not supported");
                continue;
            }
            question(out, question, type.get());
        }
    }

    private static Optional<String> moodleType(AnswerSpec answer) {
        return switch (answer.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> Optional.of("multichoice");
            case TRUE_FALSE -> Optional.of("truefalse");
            case NUMERIC -> Optional.of("numerical");
            case MATCHING -> Optional.of("matching");
            case SHORT_TEXT -> Optional.of("shortanswer");
            case ORDERING -> Optional.empty();
        };
    }

    private static void question(XmlOut out, Question question, String type) {
        out.start("question", "type", type);
        out.start("name").element("text", question.id()).end();
        out.formatted("questiontext", MARKDOWN, question.stem());
        out.formatted("generalfeedback", MARKDOWN, question.explanation());
        out.element("defaultgrade", "1").element("penalty", "0").element("hidden", "0");
        out.element("idnumber", question.id());
        answers(out, question.answer());
        tags(out, question);
        metadata(out, question);
        out.end();
    }

    private static void answers(XmlOut out, AnswerSpec answer) {
        if (answer instanceof SingleChoice single) {
            choice(out, single.options(), true, "100");
        } else if (answer instanceof MultipleResponse multiple) {
            String share = HUNDRED.divide(BigDecimal.valueOf(multiple.correctOptions().size()), FRACTION_DECIMALS,
                    RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            choice(out, multiple.options(), false, share);
        } else if (answer instanceof TrueFalse trueFalse) {
            trueFalseAnswer(out, "true", trueFalse.answer(), trueFalse.feedbackTrue());
            trueFalseAnswer(out, "false", !trueFalse.answer(), trueFalse.feedbackFalse());
        } else if (answer instanceof NumericAnswer numeric) {
            numerical(out, numeric);
        } else if (answer instanceof Matching matching) {
            out.element("shuffleanswers", "true");
            for (MatchPair pair : matching.pairs()) {
                out.start("subquestion", "format", MARKDOWN).element("text", pair.left())
                        .start("answer").element("text", pair.right()).end().end();
            }
        } else if (answer instanceof ShortText shortText) {
            out.element("usecase", "0");
            shortText.accepted().forEach(accepted -> out.start("answer", "fraction", "100", "format", "plain_text")
                    .element("text", accepted).end());
        }
    }

    /** Wrong options of a multiple-response question cost everything, the nearest Moodle gets to exact sets. */
    private static void choice(XmlOut out, List<ChoiceOption> options, boolean single, String correctFraction) {
        out.element("single", Boolean.toString(single)).element("shuffleanswers", "true")
                .element("answernumbering", "abc");
        for (ChoiceOption option : options) {
            String fraction = option.correct() ? correctFraction : single ? "0" : "-100";
            out.start("answer", "fraction", fraction, "format", MARKDOWN).element("text", option.text());
            option.feedback().ifPresent(feedback -> out.formatted("feedback", MARKDOWN, feedback));
            out.end();
        }
    }

    private static void trueFalseAnswer(XmlOut out, String value, boolean correct, Optional<String> feedback) {
        out.start("answer", "fraction", correct ? "100" : "0", "format", "moodle_auto_format").element("text", value);
        feedback.ifPresent(text -> out.formatted("feedback", MARKDOWN, text));
        out.end();
    }

    /** The unit is shown next to the input and not graded (showunits 2 = display only, unitgradingtype 0). */
    private static void numerical(XmlOut out, NumericAnswer numeric) {
        out.start("answer", "fraction", "100", "format", "moodle_auto_format")
                .element("text", numeric.answer().toPlainString())
                .element("tolerance", numeric.tolerance().toPlainString()).end();
        out.start("units").start("unit").element("multiplier", "1").element("unit_name", numeric.unit()).end().end();
        out.element("unitgradingtype", "0").element("unitpenalty", "0").element("showunits", "2")
                .element("unitsleft", "0");
    }

    private static void tags(XmlOut out, Question question) {
        List<String> tags = new ArrayList<>(question.tags());
        if (!question.objectiveId().isEmpty()) {
            tags.add(OBJECTIVE_TAG + question.objectiveId());
        }
        question.difficulty().ifPresent(d -> tags.add(DIFFICULTY_TAG + d.yamlName()));
        if (!tags.isEmpty()) {
            out.start("tags");
            tags.forEach(tag -> out.start("tag").element("text", tag).end());
            out.end();
        }
    }

    private static void metadata(XmlOut out, Question question) {
        out.start(METADATA);
        question.expectedSeconds().ifPresent(s -> out.element("expected_seconds", Integer.toString(s)));
        for (Reference reference : question.references()) {
            out.start("reference").element("title", reference.title());
            reference.url().ifPresent(url -> out.element("url", url));
            reference.citation().ifPresent(citation -> out.element("citation", citation));
            out.end();
        }
        out.end();
    }
}

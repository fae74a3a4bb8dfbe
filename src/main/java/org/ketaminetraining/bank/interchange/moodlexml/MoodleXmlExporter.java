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
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/** Writes questions as a Moodle XML {@code <quiz>}, with text in Moodle's markdown format. */
public final class MoodleXmlExporter {
    static final String MARKDOWN = "markdown";
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
        Map<String, Map.Entry<String, List<Question>>> withoutIds = new java.util.LinkedHashMap<>();
        questionsByCategory.forEach((category, questions) -> withoutIds.put(category, Map.entry("", questions)));
        return write(withoutIds);
    }

    /**
     * Writes one Moodle category per module, named {@code <parent>/<module title>} so that Moodle nests the modules
     * under the programme, with the module id as the category's {@code idnumber}, which Moodle keeps and an import
     * here reads back (see {@link org.ketaminetraining.bank.interchange.ImportResult#moduleIds()}).
     */
    public static ExportResult exportModules(String parent, List<BankModule> modules) {
        Map<String, Map.Entry<String, List<Question>>> byCategory = new java.util.LinkedHashMap<>();
        for (BankModule module : modules) {
            byCategory.put(parent + "/" + module.title().replace("/", "//"), Map.entry(module.id(),
                    module.questions()));
        }
        return write(byCategory);
    }

    private static ExportResult write(Map<String, Map.Entry<String, List<Question>>> byCategory) {
        XmlOut out = new XmlOut();
        List<String> notExported = new ArrayList<>();
        out.start("quiz");
        byCategory.forEach((category, idAndQuestions) -> {
            if (!category.isEmpty()) {
                out.start("question", "type", "category").start("category").element("text", category).end();
                if (!idAndQuestions.getKey().isEmpty()) {
                    out.element("idnumber", idAndQuestions.getKey());
                }
                out.end();
            }
            questions(out, idAndQuestions.getValue(), notExported);
        });
        out.end();
        return new ExportResult(out.finish(), notExported);
    }

    private static void questions(XmlOut out, List<Question> questions, List<String> notExported) {
        for (Question question : questions) {
            question(out, question, moodleType(question.answer()));
        }
    }

    private static String moodleType(AnswerSpec answer) {
        return switch (answer.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case SHORT_TEXT -> "shortanswer";
            case ORDERING -> "ordering";
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
        } else if (answer instanceof Ordering ordering) {
            ordering(out, ordering);
        } else if (answer instanceof ShortText shortText) {
            out.element("usecase", "0");
            shortText.accepted().forEach(accepted -> out.start("answer", "fraction", "100", "format", "plain_text")
                    .element("text", accepted.replace("*", "\\*")).end());
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

    /**
     * Moodle's ordering question (core since 4.4): every item shown, vertically, graded all or nothing, which is
     * how the bank grades it; the answers are written in the right order, which is the order Moodle reads.
     */
    private static void ordering(XmlOut out, Ordering ordering) {
        out.element("layouttype", "VERTICAL").element("selecttype", "ALL")
                .element("selectcount", Integer.toString(ordering.items().size()))
                .element("gradingtype", "ALL_OR_NOTHING").element("showgrading", "SHOW");
        for (int index = 0; index < ordering.items().size(); index++) {
            out.start("answer", "fraction", Integer.toString(index + 1), "format", MARKDOWN)
                    .element("text", ordering.items().get(index)).end();
        }
    }

    /**
     * Moodle's "units are optional" setting (showunits 0 with unitgradingtype 0): the learner types the number, may
     * add the unit, is never marked down for it, and the right answer is shown with the unit, as trainees see it
     * here. A drop-down (showunits 2) would make every learner pick the one unit before Moodle accepts an answer.
     */
    private static void numerical(XmlOut out, NumericAnswer numeric) {
        out.start("answer", "fraction", "100", "format", "moodle_auto_format")
                .element("text", numeric.answer().toPlainString())
                .element("tolerance", numeric.tolerance().toPlainString()).end();
        out.start("units").start("unit").element("multiplier", "1").element("unit_name", numeric.unit()).end().end();
        out.element("unitgradingtype", "0").element("unitpenalty", "0").element("showunits", "0")
                .element("unitsleft", "0");
    }

    private static void tags(XmlOut out, Question question) {
        List<String> tags = org.ketaminetraining.bank.interchange.QuestionDraft.moodleTags(question);
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

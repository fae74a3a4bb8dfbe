package org.ketaminetraining.bank.interchange.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.interchange.ExportResult;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/**
 * Writes questions as GIFT. Text is marked {@code [markdown]}, which Moodle understands, and every special
 * character is escaped. A question GIFT cannot hold is left out and named in {@link ExportResult#notExported()}.
 */
public final class GiftExporter {
    private static final String INDENT = "\t";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Moodle's own precision for grade fractions such as 33.33333. */
    private static final int WEIGHT_DECIMALS = 5;

    private GiftExporter() {
    }

    public static ExportResult export(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        List<String> notExported = new ArrayList<>();
        questions(questions, out, notExported);
        return new ExportResult(out.toString(), notExported);
    }

    /**
     * Writes each group of questions under a {@code $CATEGORY:} line, in the map's order. The bank exports one
     * category per module, so a Moodle import files the questions as the bank does.
     */
    public static ExportResult exportCategories(Map<String, List<Question>> questionsByCategory) {
        StringBuilder out = new StringBuilder();
        List<String> notExported = new ArrayList<>();
        questionsByCategory.forEach((category, questions) -> {
            out.append(GiftImporter.CATEGORY).append(' ').append(categoryLine(category)).append("\n\n");
            questions(questions, out, notExported);
        });
        return new ExportResult(out.toString(), notExported);
    }

    /**
     * One {@code $CATEGORY:} per module, {@code <parent>/<module title>} so that Moodle nests the modules under the
     * programme, with a {@code // @module <id>} comment under it (Moodle ignores comments) that an import here reads
     * back as the module id.
     */
    public static ExportResult exportModules(String parent, List<BankModule> modules) {
        StringBuilder out = new StringBuilder();
        List<String> notExported = new ArrayList<>();
        for (BankModule module : modules) {
            out.append(GiftImporter.CATEGORY).append(' ').append(categoryLine(parent + "/"
                    + module.title().replace("/", "//"))).append('\n').append(GiftImporter.MODULE_COMMENT)
                    .append(module.id()).append("\n\n");
            questions(module.questions(), out, notExported);
        }
        return new ExportResult(out.toString(), notExported);
    }

    /** A category is a path on one line; GIFT has no escapes there, so line breaks become spaces. */
    private static String categoryLine(String category) {
        return category.replaceAll("\\s+", " ").strip();
    }

    private static void questions(List<Question> questions, StringBuilder out, List<String> notExported) {
        for (Question question : questions) {
            Optional<String> block = answerBlock(question);
            if (block.isEmpty()) {
                notExported.add(reasonNotExported(question));
                continue;
            }
            GiftMetadata.commentsFor(question).forEach(line -> out.append(line).append('\n'));
            out.append("::").append(GiftText.escape(question.id())).append("::[markdown]")
                    .append(GiftText.escape(question.stem())).append(" {\n").append(block.get())
                    .append(INDENT).append("####").append(text(question.explanation())).append("\n}\n\n");
        }
    }

    private static String reasonNotExported(Question question) {
        String why = switch (question.type()) {
            case ORDERING -> "GIFT has no ordering questions";
            case MATCHING -> "a matching item contains '->', which GIFT cannot escape";
            case SHORT_TEXT -> "an accepted answer contains '->', which GIFT cannot escape (it would read as matching)";
            default -> "GIFT cannot hold it";
        };
        return "question '" + question.id() + "' (" + question.type().yamlName() + ") not exported: " + why;
    }

    /** The lines inside the braces, or empty if GIFT cannot express the answer. */
    private static Optional<String> answerBlock(Question question) {
        AnswerSpec answer = question.answer();
        if (answer instanceof SingleChoice single) {
            return Optional.of(singleChoice(single.options()));
        }
        if (answer instanceof MultipleResponse multiple) {
            return Optional.of(multipleResponse(multiple));
        }
        if (answer instanceof TrueFalse trueFalse) {
            return Optional.of(INDENT + trueFalse(trueFalse) + "\n");
        }
        if (answer instanceof NumericAnswer numeric) {
            return Optional.of(INDENT + "#" + numeric.answer().toPlainString() + ":"
                    + numeric.tolerance().toPlainString() + "\n");
        }
        if (answer instanceof Matching matching) {
            return matching(matching.pairs());
        }
        if (answer instanceof ShortText shortText) {
            return shortText(shortText.accepted());
        }
        return Optional.empty();
    }

    /**
     * Escaped text that keeps its own beginning: Moodle (and the importer) take a leading "[plain]" or "[markdown]"
     * as the text's format, so a text that itself begins like one gets an explicit marker in front.
     */
    private static String text(String value) {
        String escaped = GiftText.escape(value);
        return GiftFormat.formatOf(value, "").isEmpty() ? escaped : "[markdown]" + escaped;
    }

    /** All answers marked '=' and none with '->', or the importer (and Moodle) would read a matching question. */
    private static Optional<String> shortText(List<String> accepted) {
        StringBuilder lines = new StringBuilder();
        for (String text : accepted) {
            if (text.contains("->")) {
                return Optional.empty();
            }
            lines.append(INDENT).append('=').append(guardWeight(text, "100"))
                    // Moodle reads "*" in a short answer as a wildcard and "\*" as an asterisk
                    .append(text(text).replace("*", "\\*"))
                    .append('\n');
        }
        return Optional.of(lines.toString());
    }

    /**
     * An answer that itself begins like a weight ({@code %50%}) would lose those characters to the weight when read;
     * GIFT has no escape for '%', so such an answer gets an explicit weight in front, and only the first is taken.
     */
    private static String guardWeight(String text, String weight) {
        return GiftAnswer.startsWithWeight(text) ? "%" + weight + "%" : "";
    }

    private static String singleChoice(List<ChoiceOption> options) {
        StringBuilder lines = new StringBuilder();
        for (ChoiceOption option : options) {
            // Moodle reads no weight after "=" in multiple choice, so only a "~" answer needs the guard
            lines.append(INDENT).append(option.correct() ? "=" : "~" + guardWeight(option.text(), "0"));
            appendOption(lines, option);
        }
        return lines.toString();
    }

    /** Correct options share 100%; any wrong option costs everything, as close as Moodle gets to exact-set grading. */
    private static String multipleResponse(MultipleResponse multiple) {
        String weight = HUNDRED.divide(BigDecimal.valueOf(multiple.correctOptions().size()), WEIGHT_DECIMALS,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        StringBuilder lines = new StringBuilder();
        for (ChoiceOption option : multiple.options()) {
            lines.append(INDENT).append("~%").append(option.correct() ? weight : "-100").append('%');
            appendOption(lines, option);
        }
        return lines.toString();
    }

    private static void appendOption(StringBuilder lines, ChoiceOption option) {
        lines.append(text(option.text()));
        option.feedback().ifPresent(feedback -> lines.append('#').append(text(feedback)));
        lines.append('\n');
    }

    /**
     * GIFT's true/false feedback is "#if wrong#if right"; the bank keys feedback by the value picked, so which is
     * which depends on the answer. A trailing empty "#" would run into the "####" of the explanation, so it is left
     * out.
     */
    private static String trueFalse(TrueFalse trueFalse) {
        Optional<String> ifRight = trueFalse.feedbackFor(trueFalse.answer());
        Optional<String> ifWrong = trueFalse.feedbackFor(!trueFalse.answer());
        StringBuilder text = new StringBuilder(trueFalse.answer() ? "TRUE" : "FALSE");
        if (ifWrong.isPresent() || ifRight.isPresent()) {
            text.append('#').append(ifWrong.map(GiftExporter::text).orElse(""));
        }
        ifRight.ifPresent(feedback -> text.append('#').append(text(feedback)));
        return text.toString();
    }

    private static Optional<String> matching(List<MatchPair> pairs) {
        StringBuilder lines = new StringBuilder();
        for (MatchPair pair : pairs) {
            if (pair.left().contains("->") || pair.right().contains("->")) {
                return Optional.empty();
            }
            // matching takes no weights, in Moodle or here, so an item beginning "%50%" is written as it is
            lines.append(INDENT).append('=').append(text(pair.left())).append(" -> ")
                    .append(GiftText.escape(pair.right())).append('\n');
        }
        return Optional.of(lines.toString());
    }
}

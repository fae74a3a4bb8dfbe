package org.ketaminetraining.bank.interchange.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.QuestionDraft;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;

/**
 * The bank-only fields of a question as GIFT comment lines ({@code // @objective pk-routes}). Moodle ignores
 * comments, so these survive a round trip through this code but not through Moodle.
 */
final class GiftMetadata {
    static final String PREFIX = "// @";
    private static final Pattern LINE = Pattern.compile("^//\\s*@([a-z_-]+)\\s?(.*)$");

    private GiftMetadata() {
    }

    static List<String> commentsFor(Question question) {
        List<String> lines = new ArrayList<>();
        // Moodle 4 reads the id and tags from this comment; objective and difficulty ride along as tags
        StringBuilder idAndTags = new StringBuilder("// [id:" + escapeBracket(question.id()) + "]");
        QuestionDraft.moodleTags(question).forEach(tag -> idAndTags.append(" [tag:").append(escapeBracket(tag))
                .append(']'));
        lines.add(idAndTags.toString().replace("\r", "").replace("\n", " "));
        question.expectedSeconds().ifPresent(s -> line(lines, "expected_seconds", Integer.toString(s)));
        if (question.answer() instanceof NumericAnswer numeric) {
            line(lines, "unit", numeric.unit());
        }
        for (Reference reference : question.references()) {
            line(lines, "reference-title", reference.title());
            reference.url().ifPresent(url -> line(lines, "reference-url", url));
            reference.citation().ifPresent(citation -> line(lines, "reference-citation", citation));
        }
        return lines;
    }

    /** Inside [id:...] and [tag:...] a backslash escapes "]" and itself. */
    static String escapeBracket(String value) {
        return value.replace("\\", "\\\\").replace("]", "\\]");
    }

    private static void line(List<String> lines, String key, String value) {
        if (!value.isEmpty()) {
            lines.add(PREFIX + key + " " + GiftText.escapeComment(value));
        }
    }

    static boolean isMetadata(String trimmedLine) {
        return LINE.matcher(trimmedLine).matches();
    }

    /** Applies one comment line to the draft; returns a problem message if the line cannot be used. */
    static Optional<String> apply(String trimmedLine, QuestionDraft draft) {
        Matcher matcher = LINE.matcher(trimmedLine);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String key = matcher.group(1);
        String value = GiftText.unescapeComment(matcher.group(2).strip());
        switch (key) {
            case "objective" -> draft.objective(value);
            case "tags" -> List.of(value.split("\\s+")).stream().filter(t -> !t.isEmpty()).forEach(draft::tag);
            case "difficulty" -> {
                Optional<Difficulty> difficulty = Difficulty.fromYamlName(value);
                difficulty.ifPresent(draft::difficulty);
                return difficulty.isPresent() ? Optional.empty()
                        : Optional.of("unknown difficulty '" + value + "' in a comment; ignored");
            }
            case "expected_seconds" -> {
                return expectedSeconds(value, draft);
            }
            case "unit" -> draft.unit(value);
            case "reference-title" -> draft.reference(new Reference(value, Optional.empty(), Optional.empty()));
            case "reference-url" -> {
                return amend(draft, r -> new Reference(r.title(), Optional.of(value), r.citation()), "url");
            }
            case "reference-citation" -> {
                return amend(draft, r -> new Reference(r.title(), r.url(), Optional.of(value)), "citation");
            }
            default -> {
                return Optional.of("unknown comment field '@" + key + "'; ignored");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> expectedSeconds(String value, QuestionDraft draft) {
        try {
            draft.expectedSeconds(Integer.parseInt(value));
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("expected_seconds '" + value + "' is not a whole number; ignored");
        }
    }

    private static Optional<String> amend(QuestionDraft draft, java.util.function.UnaryOperator<Reference> change,
            String what) {
        return draft.amendLastReference(change) ? Optional.empty()
                : Optional.of("a reference " + what + " comment needs a '@reference-title' line before it; ignored");
    }
}

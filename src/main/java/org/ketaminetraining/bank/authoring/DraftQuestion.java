package org.ketaminetraining.bank.authoring;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * The editor's working copy of one question: every field of the bank's file format, as typed, each possibly empty or
 * wrong. A draft may be incomplete; only a complete one (see {@code DraftCheck}) may go to review and be published.
 * Numbers are kept as the text the author typed so that a wrong one can be shown back with its message. Fields
 * that do not belong to {@link #type()} are kept (switching type and back loses nothing) but are neither checked nor
 * published.
 *
 * <p>Field names used in problems ({@link FieldProblem#field()}) are this record's component names, with list
 * positions counted from 0: {@code stem}, {@code options[2].feedback}, {@code pairs[0].right},
 * {@code references[1].url}, {@code accepted[0]}, {@code orderingItems[3]}.
 */
public record DraftQuestion(
        String id,
        String moduleId,
        QuestionType type,
        String objectiveId,
        List<String> tags,
        String difficulty,
        String expectedSeconds,
        String stem,
        List<Option> options,
        String trueFalseAnswer,
        String feedbackTrue,
        String feedbackFalse,
        String numericAnswer,
        String tolerance,
        String unit,
        List<String> orderingItems,
        List<Pair> pairs,
        List<String> accepted,
        String explanation,
        List<Reference> references) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice option of single_choice and multiple_response. */
    public record Option(String text, boolean correct, String feedback) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Option {
            text = orEmpty(text);
            feedback = orEmpty(feedback);
        }
    }

    /** One pair of a matching question. */
    public record Pair(String left, String right) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Pair {
            left = orEmpty(left);
            right = orEmpty(right);
        }
    }

    /** A source: title, link, and the citation (the fact base's id, such as "Fact base S20c"). */
    public record Reference(String title, String url, String citation) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Reference {
            title = orEmpty(title);
            url = orEmpty(url);
            citation = orEmpty(citation);
        }
    }

    public DraftQuestion {
        id = orEmpty(id);
        moduleId = orEmpty(moduleId);
        Objects.requireNonNull(type, "type");
        objectiveId = orEmpty(objectiveId);
        tags = List.copyOf(tags);
        difficulty = orEmpty(difficulty);
        expectedSeconds = orEmpty(expectedSeconds);
        stem = orEmpty(stem);
        options = List.copyOf(options);
        trueFalseAnswer = orEmpty(trueFalseAnswer);
        feedbackTrue = orEmpty(feedbackTrue);
        feedbackFalse = orEmpty(feedbackFalse);
        numericAnswer = orEmpty(numericAnswer);
        tolerance = orEmpty(tolerance);
        unit = orEmpty(unit);
        orderingItems = List.copyOf(orderingItems);
        pairs = List.copyOf(pairs);
        accepted = List.copyOf(accepted);
        explanation = orEmpty(explanation);
        references = List.copyOf(references);
    }

    /** A new, empty question of a type in a module. */
    public static DraftQuestion blank(String id, String moduleId, QuestionType type) {
        return new DraftQuestion(id, moduleId, type, "", List.of(), "", "", "", List.of(), "", "", "", "", "", "",
                List.of(), List.of(), List.of(), "", List.of());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

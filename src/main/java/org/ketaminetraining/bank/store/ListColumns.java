package org.ketaminetraining.bank.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.markdown.PlainText;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;

/**
 * What the question list reads from a question's row rather than from its revision: type, safety-critical, tags as
 * {@code " tag1 tag2 "} (so {@code LIKE '% tag %'} finds a whole tag and nothing else), the lower-cased words of the
 * stem, options, pairs, items and accepted answers that a search matches, and the stem as a short plain-text
 * preview. Made from a published question or, for a question never published, from its draft.
 */
public record ListColumns(String questionType, boolean safetyCritical, String tags, String searchText,
        String stemPreview) {

    /** The columns' sizes (V7). */
    public static final int TAGS_LENGTH = 2000;
    public static final int SEARCH_LENGTH = 32_000;
    public static final int PREVIEW_LENGTH = 400;
    /** About how long the list's stem preview is. */
    public static final int PREVIEW_CHARACTERS = 160;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public ListColumns {
        Objects.requireNonNull(questionType, "questionType");
        tags = cut(tags, TAGS_LENGTH);
        searchText = cut(searchText, SEARCH_LENGTH);
        stemPreview = cut(stemPreview, PREVIEW_LENGTH);
    }

    public static ListColumns of(Question question) {
        List<String> words = new ArrayList<>();
        words.add(question.stem());
        if (question.answer() instanceof SingleChoice single) {
            single.options().stream().map(ChoiceOption::text).forEach(words::add);
        } else if (question.answer() instanceof MultipleResponse multiple) {
            multiple.options().stream().map(ChoiceOption::text).forEach(words::add);
        } else if (question.answer() instanceof Matching matching) {
            for (MatchPair pair : matching.pairs()) {
                words.add(pair.left());
                words.add(pair.right());
            }
        } else if (question.answer() instanceof Ordering ordering) {
            words.addAll(ordering.items());
        } else if (question.answer() instanceof ShortText shortText) {
            words.addAll(shortText.accepted());
        }
        return new ListColumns(question.type().name(), question.isSafetyCritical(), tagColumn(question.tags()),
                searchColumn(words), PlainText.preview(question.stem(), PREVIEW_CHARACTERS));
    }

    /** Only the fields of the draft's type count: the others are kept for switching back, never published. */
    public static ListColumns of(DraftQuestion draft) {
        List<String> words = new ArrayList<>();
        words.add(draft.stem());
        QuestionType type = draft.type();
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> draft.options().forEach(o -> words.add(o.text()));
            case MATCHING -> draft.pairs().forEach(p -> {
                words.add(p.left());
                words.add(p.right());
            });
            case ORDERING -> words.addAll(draft.orderingItems());
            case SHORT_TEXT -> words.addAll(draft.accepted());
            default -> {
                // true/false and numeric have no answer text to search
            }
        }
        List<String> tags = draft.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ListColumns(type.name(), tags.contains(Question.SAFETY_CRITICAL_TAG), tagColumn(tags),
                searchColumn(words), PlainText.preview(draft.stem(), PREVIEW_CHARACTERS));
    }

    /** {@code " a b "}; a single space for none. */
    public static String tagColumn(List<String> tags) {
        return tags.isEmpty() ? " " : " " + String.join(" ", tags) + " ";
    }

    /** The tags held in a {@link #tagColumn}, in order. */
    public static List<String> tagsOf(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return List.of(column.strip().split(" "));
    }

    /** How search words are compared with the stored text: lower case (ROOT), white space as single spaces. */
    public static String normalized(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String searchColumn(List<String> texts) {
        return normalized(String.join(" ", texts));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

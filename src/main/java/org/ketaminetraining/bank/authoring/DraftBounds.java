package org.ketaminetraining.bank.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sizes a draft may have before it is stored or parsed, checked first so that a pasted megabyte costs a length
 * comparison, not a YAML parse. They are storage limits, wider than the file format's rules (which allow 8 options,
 * for example): a draft with 10 options is kept and shown with the format's own message, one with 13 is refused.
 */
public final class DraftBounds {
    /** Stem and explanation. */
    public static final int LONG_TEXT = 8_000;
    /** Option text, option feedback, true/false feedback, pair sides, ordering items and accepted answers. */
    public static final int SHORT_TEXT = 2_000;
    /** Each of a reference's title, url and citation. */
    public static final int REFERENCE_FIELD = 1_000;
    /** Ids, the objective, each tag, difficulty, the numbers, the unit and the true/false key. */
    public static final int NAME = 200;
    public static final int MAX_OPTIONS = 12;
    public static final int MAX_ORDERING_ITEMS = 8;
    public static final int MAX_PAIRS = 8;
    public static final int MAX_ACCEPTED = 10;
    public static final int MAX_REFERENCES = 10;
    public static final int MAX_TAGS = 20;
    /** The whole draft as {@link DraftDocument} writes it: the database column's size. */
    public static final int MAX_DOCUMENT = 32_000;

    private DraftBounds() {
    }

    /**
     * The fields that are too long and the lists that are too long, each as a problem on its field; when there are
     * none, whether the whole draft fits its column.
     */
    public static List<FieldProblem> check(DraftQuestion draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Checker check = new Checker(problems);
        check.text("id", draft.id(), NAME);
        check.text("moduleId", draft.moduleId(), NAME);
        check.text("objectiveId", draft.objectiveId(), NAME);
        if (check.count("tags", draft.tags().size(), MAX_TAGS, "tags")) {
            for (int i = 0; i < draft.tags().size(); i++) {
                check.text("tags[" + i + "]", draft.tags().get(i), NAME);
            }
        }
        check.text("difficulty", draft.difficulty(), NAME);
        check.text("expectedSeconds", draft.expectedSeconds(), NAME);
        check.text("stem", draft.stem(), LONG_TEXT);
        if (check.count("options", draft.options().size(), MAX_OPTIONS, "options")) {
            for (int i = 0; i < draft.options().size(); i++) {
                check.text("options[" + i + "].text", draft.options().get(i).text(), SHORT_TEXT);
                check.text("options[" + i + "].feedback", draft.options().get(i).feedback(), SHORT_TEXT);
            }
        }
        check.text("trueFalseAnswer", draft.trueFalseAnswer(), NAME);
        check.text("feedbackTrue", draft.feedbackTrue(), SHORT_TEXT);
        check.text("feedbackFalse", draft.feedbackFalse(), SHORT_TEXT);
        check.text("numericAnswer", draft.numericAnswer(), NAME);
        check.text("tolerance", draft.tolerance(), NAME);
        check.text("unit", draft.unit(), NAME);
        check.texts("orderingItems", draft.orderingItems(), MAX_ORDERING_ITEMS, "items", SHORT_TEXT);
        if (check.count("pairs", draft.pairs().size(), MAX_PAIRS, "pairs")) {
            for (int i = 0; i < draft.pairs().size(); i++) {
                check.text("pairs[" + i + "].left", draft.pairs().get(i).left(), SHORT_TEXT);
                check.text("pairs[" + i + "].right", draft.pairs().get(i).right(), SHORT_TEXT);
            }
        }
        check.texts("accepted", draft.accepted(), MAX_ACCEPTED, "accepted answers", SHORT_TEXT);
        check.text("explanation", draft.explanation(), LONG_TEXT);
        if (check.count("references", draft.references().size(), MAX_REFERENCES, "references")) {
            for (int i = 0; i < draft.references().size(); i++) {
                DraftQuestion.Reference reference = draft.references().get(i);
                check.text("references[" + i + "].title", reference.title(), REFERENCE_FIELD);
                check.text("references[" + i + "].url", reference.url(), REFERENCE_FIELD);
                check.text("references[" + i + "].citation", reference.citation(), REFERENCE_FIELD);
            }
        }
        if (problems.isEmpty()) {
            // Only now is writing the document cheap: every field is bounded, so the whole is too.
            int length = DraftDocument.write(draft).length();
            if (length > MAX_DOCUMENT) {
                problems.add(new FieldProblem(FieldProblem.WHOLE_QUESTION, "The question is too long to store as a"
                        + " whole: " + number(length) + " characters where at most " + number(MAX_DOCUMENT)
                        + " fit; shorten the longest texts."));
            }
        }
        return problems;
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private record Checker(List<FieldProblem> problems) {
        void text(String field, String value, int max) {
            if (value.length() > max) {
                problems.add(
                        new FieldProblem(field, "Too long: " + number(value.length()) + " characters where at most "
                                + number(max) + " are allowed."));
            }
        }

        /** Reports a list that is too long; true when it is short enough for its entries to be checked. */
        boolean count(String field, int size, int max, String what) {
            if (size > max) {
                problems.add(new FieldProblem(field, "Too many " + what + ": " + number(size) + " where at most "
                        + number(max) + " can be kept; remove " + number(size - max) + "."));
                return false;
            }
            return true;
        }

        void texts(String field, List<String> values, int max, String what, int maxLength) {
            if (count(field, values.size(), max, what)) {
                for (int i = 0; i < values.size(); i++) {
                    text(field + "[" + i + "]", values.get(i), maxLength);
                }
            }
        }
    }
}

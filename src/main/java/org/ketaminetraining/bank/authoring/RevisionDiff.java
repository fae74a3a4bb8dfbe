package org.ketaminetraining.bank.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * Two versions of a question side by side, field by field, in the editor's order. Each side is read through its
 * own type: the answer fields another type would use count as empty (a draft keeps them, but they are neither
 * published nor shown to learners), and answer fields used by neither side are left out. Lists are compared
 * position by position; a position only one side has shows the other side as "". Rows that are equal are kept,
 * marked unchanged, so a page can show the whole question or only what changed.
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    public static List<DiffRow> between(DraftQuestion left, DraftQuestion right) {
        Rows rows = new Rows(left, right);
        rows.text("type", draft -> draft.type().yamlName());
        rows.text("stem", DraftQuestion::stem);
        if (eitherUses(left, right, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)) {
            rows.list("options", draft -> own(draft, draft.options(), QuestionType.SINGLE_CHOICE,
                    QuestionType.MULTIPLE_RESPONSE),
                    (field, option) -> List.of(
                            new Cell(field + ".text", option.text()),
                            new Cell(field + ".correct", Boolean.toString(option.correct())),
                            new Cell(field + ".feedback", option.feedback())));
        }
        if (eitherUses(left, right, QuestionType.TRUE_FALSE)) {
            rows.answerText("trueFalseAnswer", DraftQuestion::trueFalseAnswer, QuestionType.TRUE_FALSE);
            rows.answerText("feedbackTrue", DraftQuestion::feedbackTrue, QuestionType.TRUE_FALSE);
            rows.answerText("feedbackFalse", DraftQuestion::feedbackFalse, QuestionType.TRUE_FALSE);
        }
        if (eitherUses(left, right, QuestionType.NUMERIC)) {
            rows.answerText("numericAnswer", DraftQuestion::numericAnswer, QuestionType.NUMERIC);
            rows.answerText("tolerance", DraftQuestion::tolerance, QuestionType.NUMERIC);
            rows.answerText("unit", DraftQuestion::unit, QuestionType.NUMERIC);
        }
        if (eitherUses(left, right, QuestionType.ORDERING)) {
            rows.list("orderingItems", draft -> own(draft, draft.orderingItems(), QuestionType.ORDERING),
                    (field, item) -> List.of(new Cell(field, item)));
        }
        if (eitherUses(left, right, QuestionType.MATCHING)) {
            rows.list("pairs", draft -> own(draft, draft.pairs(), QuestionType.MATCHING),
                    (field, pair) -> List.of(new Cell(field + ".left", pair.left()),
                            new Cell(field + ".right", pair.right())));
        }
        if (eitherUses(left, right, QuestionType.SHORT_TEXT)) {
            rows.list("accepted", draft -> own(draft, draft.accepted(), QuestionType.SHORT_TEXT),
                    (field, answer) -> List.of(new Cell(field, answer)));
        }
        rows.text("explanation", DraftQuestion::explanation);
        rows.list("references", DraftQuestion::references, (field, reference) -> List.of(
                new Cell(field + ".title", reference.title()), new Cell(field + ".url", reference.url()),
                new Cell(field + ".citation", reference.citation())));
        rows.text("tags", draft -> String.join(", ", draft.tags()));
        rows.text("objectiveId", DraftQuestion::objectiveId);
        rows.text("difficulty", DraftQuestion::difficulty);
        rows.text("expectedSeconds", DraftQuestion::expectedSeconds);
        return rows.rows;
    }

    private static boolean eitherUses(DraftQuestion left, DraftQuestion right, QuestionType... types) {
        return uses(left, types) || uses(right, types);
    }

    private static boolean uses(DraftQuestion draft, QuestionType... types) {
        return List.of(types).contains(draft.type());
    }

    private static <T> List<T> own(DraftQuestion draft, List<T> values, QuestionType... types) {
        return uses(draft, types) ? values : List.of();
    }

    private record Cell(String field, String text) {
    }

    private interface Cells<T> {
        List<Cell> of(String field, T value);
    }

    private static final class Rows {
        private final DraftQuestion left;
        private final DraftQuestion right;
        private final List<DiffRow> rows = new ArrayList<>();

        Rows(DraftQuestion left, DraftQuestion right) {
            this.left = left;
            this.right = right;
        }

        void text(String field, Function<DraftQuestion, String> value) {
            add(field, value.apply(left), value.apply(right));
        }

        void answerText(String field, Function<DraftQuestion, String> value, QuestionType type) {
            add(field, uses(left, type) ? value.apply(left) : "", uses(right, type) ? value.apply(right) : "");
        }

        <T> void list(String field, Function<DraftQuestion, List<T>> values, Cells<T> cells) {
            List<T> leftValues = values.apply(left);
            List<T> rightValues = values.apply(right);
            for (int i = 0; i < Math.max(leftValues.size(), rightValues.size()); i++) {
                String name = field + "[" + i + "]";
                List<Cell> leftCells = i < leftValues.size() ? cells.of(name, leftValues.get(i)) : null;
                List<Cell> rightCells = i < rightValues.size() ? cells.of(name, rightValues.get(i)) : null;
                List<Cell> shape = leftCells != null ? leftCells : rightCells;
                for (int c = 0; c < shape.size(); c++) {
                    add(shape.get(c).field(), leftCells == null ? "" : leftCells.get(c).text(),
                            rightCells == null ? "" : rightCells.get(c).text());
                }
            }
        }

        private void add(String field, String leftText, String rightText) {
            rows.add(new DiffRow(field, leftText, rightText, !leftText.equals(rightText)));
        }
    }
}

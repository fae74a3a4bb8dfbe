package org.ketaminetraining.bank.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.validation.SourceLocation;

/**
 * A draft written as a one-question module file in the bank format, remembering the line and column at which each
 * of the draft's fields starts, so that a problem the file parser reports at a place can be given back to the field
 * written there. Every text is double-quoted on one line (escapes for line breaks and the like), which keeps each
 * field at a place of its own; numbers, true/false and difficulty go in as typed only when they read as what the
 * format wants, and otherwise quoted, so that the parser's own "must be a number, found the text 'abc'" is the
 * message.
 *
 * <p>A blank text field is left out, as a file would leave it, and the parser's "missing required key" is tied to
 * the field through the mapping it is reported on; an empty list is written {@code []}, so that "needs 2 to 8
 * options, found 0" is reported where the list is.
 */
final class DraftModuleText {
    /** What YAML 1.2's core schema reads as an int or a float (leaving out .inf, .nan, hexadecimal and octal). */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern MISSING_KEY = Pattern.compile("^missing required key '([^']+)'(.*)$");

    private record Spot(int line, int column) {
    }

    /** A mapping the document holds: the field its keys belong to, and the field of a problem about it as a whole. */
    private record Owner(Map<String, String> fieldByKey, String wholeField) {
    }

    private final StringBuilder out = new StringBuilder(1024);
    private int line = 1;
    private final Map<Spot, String> fields = new HashMap<>();
    private final Map<Spot, Owner> owners = new HashMap<>();
    private final FormMessages messages;

    private DraftModuleText(DraftQuestion draft) {
        this.messages = new FormMessages(draft.id());
    }

    static DraftModuleText of(DraftQuestion draft, CheckContext context) {
        DraftModuleText text = new DraftModuleText(draft);
        text.write(draft, context);
        return text;
    }

    String text() {
        return out.toString();
    }

    /** The problem as a form shows it: on the field written where the parser found it, without the file's words. */
    FieldProblem fieldProblem(Problem problem) {
        String message = messages.withoutContext(problem.message());
        SourceLocation location = problem.location();
        Spot spot = new Spot(location.line(), location.column());
        Owner owner = owners.get(spot);
        if (owner != null) {
            Matcher missing = MISSING_KEY.matcher(message);
            if (missing.matches()) {
                return new FieldProblem(owner.fieldByKey().getOrDefault(missing.group(1), owner.wholeField()),
                        "This field is required" + missing.group(2) + ".");
            }
            return new FieldProblem(owner.wholeField(), FormMessages.sentence(message));
        }
        return new FieldProblem(fields.getOrDefault(spot, FieldProblem.WHOLE_QUESTION), FormMessages.sentence(message));
    }

    private void write(DraftQuestion draft, CheckContext context) {
        line("format: 1");
        line("module:");
        line("  id: " + YamlText.quote(context.moduleId()));
        line("  title: " + YamlText.quote(context.moduleTitle()));
        if (context.objectives().isEmpty()) {
            line("  objectives: []");
        } else {
            line("  objectives:");
            for (Objective objective : context.objectives()) {
                line("    - id: " + YamlText.quote(objective.id()));
                line("      text: " + YamlText.quote(objective.text()));
            }
        }
        line("questions:");
        question(draft);
    }

    private void question(DraftQuestion draft) {
        QuestionType type = draft.type();
        Map<String, String> keys = new HashMap<>(Map.ofEntries(Map.entry("id", "id"), Map.entry("type", "type"),
                Map.entry("objective", "objectiveId"), Map.entry("tags", "tags"),
                Map.entry("difficulty", "difficulty"), Map.entry("expected_seconds", "expectedSeconds"),
                Map.entry("stem", "stem"), Map.entry("options", "options"), Map.entry("feedback_true", "feedbackTrue"),
                Map.entry("feedback_false", "feedbackFalse"), Map.entry("tolerance", "tolerance"),
                Map.entry("unit", "unit"), Map.entry("items", "orderingItems"), Map.entry("pairs", "pairs"),
                Map.entry("accepted", "accepted"), Map.entry("explanation", "explanation"),
                Map.entry("references", "references")));
        keys.put("answer", type == QuestionType.NUMERIC ? "numericAnswer" : "trueFalseAnswer");
        Item question = new Item(2, new Owner(keys, FieldProblem.WHOLE_QUESTION));
        question.optional("id", YamlText.quote(draft.id()), draft.id(), "id");
        question.entry("type", YamlText.quote(type.yamlName()), "type");
        question.optional("objective", YamlText.quote(draft.objectiveId()), draft.objectiveId(), "objectiveId");
        if (!draft.tags().isEmpty()) {
            question.key("tags");
            texts(6, draft.tags(), "tags");
        }
        question.optional("difficulty", YamlText.quote(draft.difficulty()), draft.difficulty(), "difficulty");
        question.optional("expected_seconds", typed(draft.expectedSeconds(), DECIMAL), draft.expectedSeconds(),
                "expectedSeconds");
        question.optional("stem", YamlText.quote(draft.stem()), draft.stem(), "stem");
        answer(question, draft);
        question.optional("explanation", YamlText.quote(draft.explanation()), draft.explanation(), "explanation");
        question.list("references", draft.references().isEmpty(), "references");
        for (int i = 0; i < draft.references().size(); i++) {
            DraftQuestion.Reference reference = draft.references().get(i);
            String field = "references[" + i + "]";
            Item item = new Item(6, new Owner(Map.of("title", field + ".title", "url", field + ".url",
                    "citation", field + ".citation"), field + ".url"));
            item.optional("title", YamlText.quote(reference.title()), reference.title(), field + ".title");
            item.optional("url", YamlText.quote(reference.url()), reference.url(), field + ".url");
            item.optional("citation", YamlText.quote(reference.citation()), reference.citation(), field + ".citation");
            item.end();
        }
    }

    private void answer(Item question, DraftQuestion draft) {
        switch (draft.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                question.list("options", draft.options().isEmpty(), "options");
                for (int i = 0; i < draft.options().size(); i++) {
                    DraftQuestion.Option option = draft.options().get(i);
                    String field = "options[" + i + "]";
                    Item item = new Item(6, new Owner(Map.of("text", field + ".text", "correct", field + ".correct",
                            "feedback", field + ".feedback"), field + ".text"));
                    item.optional("text", YamlText.quote(option.text()), option.text(), field + ".text");
                    if (option.correct()) {
                        item.entry("correct", "true", field + ".correct");
                    }
                    item.optional("feedback", YamlText.quote(option.feedback()), option.feedback(),
                            field + ".feedback");
                    item.end();
                }
            }
            case TRUE_FALSE -> {
                question.optional("answer", typed(draft.trueFalseAnswer(), BOOLEAN), draft.trueFalseAnswer(),
                        "trueFalseAnswer");
                question.optional("feedback_true", YamlText.quote(draft.feedbackTrue()), draft.feedbackTrue(),
                        "feedbackTrue");
                question.optional("feedback_false", YamlText.quote(draft.feedbackFalse()), draft.feedbackFalse(),
                        "feedbackFalse");
            }
            case NUMERIC -> {
                question.optional("answer", typed(draft.numericAnswer(), DECIMAL), draft.numericAnswer(),
                        "numericAnswer");
                question.optional("tolerance", typed(draft.tolerance(), DECIMAL), draft.tolerance(), "tolerance");
                question.optional("unit", YamlText.quote(draft.unit()), draft.unit(), "unit");
            }
            case ORDERING -> {
                question.list("items", draft.orderingItems().isEmpty(), "orderingItems");
                texts(6, draft.orderingItems(), "orderingItems");
            }
            case MATCHING -> {
                question.list("pairs", draft.pairs().isEmpty(), "pairs");
                for (int i = 0; i < draft.pairs().size(); i++) {
                    DraftQuestion.Pair pair = draft.pairs().get(i);
                    String field = "pairs[" + i + "]";
                    Item item = new Item(6, new Owner(Map.of("left", field + ".left", "right", field + ".right"),
                            field + ".left"));
                    item.optional("left", YamlText.quote(pair.left()), pair.left(), field + ".left");
                    item.optional("right", YamlText.quote(pair.right()), pair.right(), field + ".right");
                    item.end();
                }
            }
            case SHORT_TEXT -> {
                question.list("accepted", draft.accepted().isEmpty(), "accepted");
                texts(6, draft.accepted(), "accepted");
            }
            default -> throw new IllegalStateException("no bank form for " + draft.type());
        }
    }

    /**
     * One mapping in a block list: its first entry shares the line of the dash, where the parser places problems
     * about the mapping as a whole; a mapping with no entry at all is written {@code {}}.
     */
    private final class Item {
        private final int dashIndent;
        private final Owner owner;
        private boolean first = true;

        Item(int dashIndent, Owner owner) {
            this.dashIndent = dashIndent;
            this.owner = owner;
        }

        void optional(String key, String yaml, String typed, String field) {
            if (!typed.isBlank()) {
                entry(key, yaml, field);
            }
        }

        void entry(String key, String yaml, String field) {
            String head = head(key) + ": ";
            fields.put(new Spot(line, head.length() + 1), field);
            line(head + yaml);
        }

        void key(String key) {
            line(head(key) + ":");
        }

        /** A list's key; an empty list is written {@code []} so that the parser reports its size there. */
        void list(String key, boolean empty, String field) {
            if (empty) {
                String head = head(key) + ": ";
                fields.put(new Spot(line, head.length() + 1), field);
                line(head + "[]");
            } else {
                fields.put(new Spot(line + 1, dashIndent + 4 + 1), field);
                key(key);
            }
        }

        void end() {
            if (first) {
                owners.put(new Spot(line, dashIndent + 3), owner);
                line(" ".repeat(dashIndent) + "- {}");
            }
        }

        private String head(String key) {
            if (first) {
                first = false;
                owners.put(new Spot(line, dashIndent + 3), owner);
                return " ".repeat(dashIndent) + "- " + key;
            }
            return " ".repeat(dashIndent + 2) + key;
        }
    }

    private void texts(int dashIndent, List<String> values, String field) {
        for (int i = 0; i < values.size(); i++) {
            fields.put(new Spot(line, dashIndent + 3), field + "[" + i + "]");
            line(" ".repeat(dashIndent) + "- " + YamlText.quote(values.get(i)));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
        line++;
    }

    /** As typed when it reads as the wanted kind of value, otherwise quoted text (which the parser then refuses). */
    private static String typed(String value, Pattern wanted) {
        String stripped = value.strip();
        return wanted.matcher(stripped).matches() ? stripped : YamlText.quote(value);
    }
}

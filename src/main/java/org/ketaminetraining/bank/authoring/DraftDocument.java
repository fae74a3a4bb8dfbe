package org.ketaminetraining.bank.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ketaminetraining.bank.model.QuestionType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A draft as text for its database column, and back, losing nothing: every field (also those that do not belong to
 * the draft's type, so switching type and back keeps them), every character as typed (no tidying; line breaks,
 * tabs, control characters and even a lone surrogate come back as they were). It is YAML with one key per
 * {@link DraftQuestion} component and every text double-quoted (escaped where YAML could not hold a character as
 * it is), so a person reading the column sees the draft; it is read back with snakeyaml-engine, the bank's YAML
 * library, after its length is checked.
 *
 * <p>This is not the bank format: a draft may be incomplete or wrong in ways a module file may not, and must still be
 * kept. {@link DraftCheck} writes the bank format when it checks a draft.
 */
public final class DraftDocument {
    /** The first key of every draft document; raise it when the layout changes, and read the old one too. */
    static final String FORMAT_KEY = "draft-format";
    static final int FORMAT = 1;
    private static final Set<String> KEYS = Set.of(FORMAT_KEY, "id", "moduleId", "type", "objectiveId", "tags",
            "difficulty", "expectedSeconds", "stem", "options", "trueFalseAnswer", "feedbackTrue", "feedbackFalse",
            "numericAnswer", "tolerance", "unit", "orderingItems", "pairs", "accepted", "explanation", "references");

    private DraftDocument() {
    }

    /** The draft as text; at most {@link DraftBounds#MAX_DOCUMENT} characters for a draft within its bounds. */
    public static String write(DraftQuestion draft) {
        Writer out = new Writer();
        out.line(FORMAT_KEY + ": " + FORMAT);
        out.text("id", draft.id());
        out.text("moduleId", draft.moduleId());
        out.text("type", draft.type().yamlName());
        out.text("objectiveId", draft.objectiveId());
        out.texts("tags", draft.tags());
        out.text("difficulty", draft.difficulty());
        out.text("expectedSeconds", draft.expectedSeconds());
        out.text("stem", draft.stem());
        out.maps("options", draft.options(), option -> List.of("text: " + YamlText.quote(option.text()),
                "correct: " + option.correct(), "feedback: " + YamlText.quote(option.feedback())));
        out.text("trueFalseAnswer", draft.trueFalseAnswer());
        out.text("feedbackTrue", draft.feedbackTrue());
        out.text("feedbackFalse", draft.feedbackFalse());
        out.text("numericAnswer", draft.numericAnswer());
        out.text("tolerance", draft.tolerance());
        out.text("unit", draft.unit());
        out.texts("orderingItems", draft.orderingItems());
        out.maps("pairs", draft.pairs(), pair -> List.of("left: " + YamlText.quote(pair.left()),
                "right: " + YamlText.quote(pair.right())));
        out.texts("accepted", draft.accepted());
        out.text("explanation", draft.explanation());
        out.maps("references", draft.references(), reference -> List.of(
                "title: " + YamlText.quote(reference.title()), "url: " + YamlText.quote(reference.url()),
                "citation: " + YamlText.quote(reference.citation())));
        return out.toString();
    }

    /**
     * Block YAML written line by line rather than by snakeyaml's emitter, whose double-quoted style loses a lone
     * surrogate followed by a control character (found by {@code DraftDocumentTest}); {@link YamlText#quote}
     * escapes exactly what YAML cannot hold.
     */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder(2048);

        void line(String text) {
            out.append(text).append('\n');
        }

        void text(String key, String value) {
            line(key + ": " + YamlText.quote(value));
        }

        void texts(String key, List<String> values) {
            if (values.isEmpty()) {
                line(key + ": []");
                return;
            }
            line(key + ":");
            values.forEach(value -> line("  - " + YamlText.quote(value)));
        }

        <T> void maps(String key, List<T> values, Function<T, List<String>> entries) {
            if (values.isEmpty()) {
                line(key + ": []");
                return;
            }
            line(key + ":");
            for (T value : values) {
                String indent = "  - ";
                for (String entry : entries.apply(value)) {
                    line(indent + entry);
                    indent = "    ";
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /**
     * Reads what {@link #write} wrote. A key left out reads as empty (so a document written before a field existed
     * still reads); anything else unexpected is refused.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong, when the text is longer than
     *     {@link DraftBounds#MAX_DOCUMENT} characters (checked before parsing) or is not a draft document
     */
    public static DraftQuestion read(String text) {
        if (text.length() > DraftBounds.MAX_DOCUMENT) {
            throw new IllegalArgumentException("A draft document has at most " + DraftBounds.MAX_DOCUMENT
                    + " characters; this one has " + text.length() + ", so it is not read.");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel("draft")
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(DraftBounds.MAX_DOCUMENT * 2)
                .setBufferSize(Math.max(1024, text.length() + 16))
                .build();
        Object loaded;
        try {
            loaded = new Load(settings).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("The draft document is not readable YAML: " + e.getMessage(), e);
        }
        Map<?, ?> root = mapping(loaded, "the draft document");
        for (Object key : root.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("The draft document has an unknown key '" + key + "'.");
            }
        }
        if (!Integer.valueOf(FORMAT).equals(root.get(FORMAT_KEY))) {
            throw new IllegalArgumentException("The draft document's '" + FORMAT_KEY + "' is "
                    + root.get(FORMAT_KEY) + "; this version reads " + FORMAT + ".");
        }
        String typeName = string(root, "type");
        QuestionType type = QuestionType.fromYamlName(typeName).orElseThrow(() -> new IllegalArgumentException(
                "The draft document's type '" + typeName + "' is not a question type."));
        return new DraftQuestion(string(root, "id"), string(root, "moduleId"), type, string(root, "objectiveId"),
                strings(root, "tags"), string(root, "difficulty"), string(root, "expectedSeconds"),
                string(root, "stem"),
                maps(root, "options", map -> new DraftQuestion.Option(string(map, "text"), bool(map, "correct"),
                        string(map, "feedback"))),
                string(root, "trueFalseAnswer"), string(root, "feedbackTrue"), string(root, "feedbackFalse"),
                string(root, "numericAnswer"), string(root, "tolerance"), string(root, "unit"),
                strings(root, "orderingItems"),
                maps(root, "pairs", map -> new DraftQuestion.Pair(string(map, "left"), string(map, "right"))),
                strings(root, "accepted"), string(root, "explanation"),
                maps(root, "references", map -> new DraftQuestion.Reference(string(map, "title"),
                        string(map, "url"), string(map, "citation"))));
    }

    private static Map<?, ?> mapping(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(capitalised(what) + " must be a mapping of keys, found "
                + describe(value) + ".");
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("The draft document's '" + key + "' must be text, found "
                + describe(value) + ".");
    }

    private static boolean bool(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new IllegalArgumentException("The draft document's '" + key + "' must be true or false, found "
                + describe(value) + ".");
    }

    private static List<Object> sequence(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new IllegalArgumentException("The draft document's '" + key + "' must be a list, found "
                + describe(value) + ".");
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        List<String> values = new ArrayList<>();
        for (Object item : sequence(map, key)) {
            Map<String, Object> holder = new LinkedHashMap<>();
            holder.put(key + " entry", item);
            values.add(item == null ? "" : string(holder, key + " entry"));
        }
        return values;
    }

    private static <T> List<T> maps(Map<?, ?> map, String key, Function<Map<?, ?>, T> reader) {
        return sequence(map, key).stream().map(item -> reader.apply(mapping(item, "each of '" + key + "'")))
                .toList();
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

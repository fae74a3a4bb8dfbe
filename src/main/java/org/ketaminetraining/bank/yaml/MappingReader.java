package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ketaminetraining.bank.model.AuthoredText;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the keys of one YAML mapping with type checks, reporting every missing, unknown, duplicated or mistyped
 * key at the node concerned. Getters return empty when the value is unusable, so parsing carries on and the author
 * sees all problems in one run. A key whose value is left empty ({@code key:}) counts as absent.
 */
public final class MappingReader {
    private final MappingNode node;
    private final String context;
    private final FileProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MappingReader(MappingNode node, String context, FileProblems problems) {
        this.node = node;
        this.context = context;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            remember(tuple);
        }
    }

    /**
     * @param context who owns the keys, used as the start of every message ("question 'pk-001'"); empty for the
     *     top level of a file
     */
    public static Optional<MappingReader> of(Node node, String context, FileProblems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new MappingReader(mapping, context, problems));
        }
        String subject = context.isEmpty() ? "the file" : context;
        problems.at(node, subject + " must be a mapping of keys, found " + NodeDescription.of(node));
        return Optional.empty();
    }

    private void remember(NodeTuple tuple) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key) || Tag.NULL.equals(keyNode.getTag())) {
            problems.at(keyNode, prefix() + "keys must be plain words, found " + NodeDescription.of(keyNode));
            return;
        }
        NodeTuple earlier = entries.get(key.getValue());
        if (earlier != null) {
            problems.at(keyNode, prefix() + "key '" + key.getValue() + "' appears twice (first at line "
                    + problems.locationOf(earlier.getKeyNode()).line() + ")");
            return;
        }
        entries.put(key.getValue(), tuple);
    }

    /** The scalar value of a key, read without reporting anything; used to name things before they are read. */
    public static Optional<ScalarNode> peekScalar(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode keyNode && keyNode.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    public String context() {
        return context;
    }

    public MappingNode node() {
        return node;
    }

    public FileProblems problems() {
        return problems;
    }

    /** "question 'pk-001': " or nothing at the top level of a file. */
    public String prefix() {
        return context.isEmpty() ? "" : context + ": ";
    }

    /** Reports every key not in {@code allowed}, suggesting the closest allowed key. */
    public void allowOnly(Collection<String> allowed) {
        allowOnly(allowed, key -> Optional.empty());
    }

    /** As {@link #allowOnly(Collection)}, with a specific explanation for some unknown keys. */
    public void allowOnly(Collection<String> allowed, Function<String, Optional<String>> explanation) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                String why = explanation.apply(key).orElseGet(() -> KeySuggestion.closest(key, allowed)
                        .map(best -> "unknown key '" + key + "' (did you mean '" + best + "'?)")
                        .orElse("unknown key '" + key + "'"));
                problems.at(tuple.getKeyNode(), prefix() + why);
            }
        });
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    /** The value node of a key, unless the key is absent or left empty. */
    public Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || NodeDescription.isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    public Optional<Node> required(String key) {
        return required(key, "");
    }

    /** @param hint appended to the "missing" message, e.g. " (for example mg, mL, mg/kg)" */
    public Optional<Node> required(String key, String hint) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            problems.at(node, prefix() + "missing required key '" + key + "'" + hint);
        }
        return value;
    }

    /** Reports a problem about the value of a key (or the mapping if the key is absent). */
    public void reportValue(String key, String message) {
        problems.at(value(key).orElse(node), prefix() + message);
    }

    public Optional<String> requiredText(String key) {
        return required(key).flatMap(value -> text(value, "'" + key + "'"));
    }

    public Optional<String> requiredText(String key, String hint) {
        return required(key, hint).flatMap(value -> text(value, "'" + key + "'"));
    }

    public Optional<String> optionalText(String key) {
        return value(key).flatMap(value -> text(value, "'" + key + "'"));
    }

    /**
     * Reads a scalar as text. Numbers are accepted as written (an option may well be "0.5"); true/false are not,
     * because an unquoted {@code true} in a text field is nearly always a slip.
     */
    public Optional<String> text(Node value, String what) {
        if (!(value instanceof ScalarNode scalar) || Tag.BOOL.equals(value.getTag())) {
            problems.at(value, prefix() + what + " must be text, found " + NodeDescription.of(value)
                    + (Tag.BOOL.equals(value.getTag()) ? "; put it in quotes" : ""));
            return Optional.empty();
        }
        String tidy = AuthoredText.tidy(scalar.getValue());
        if (tidy.isBlank()) {
            problems.at(value, prefix() + what + " is empty");
            return Optional.empty();
        }
        return Optional.of(tidy);
    }

    public Optional<BigDecimal> requiredNumber(String key) {
        return required(key).flatMap(value -> number(key, value));
    }

    public Optional<BigDecimal> optionalNumber(String key) {
        return value(key).flatMap(value -> number(key, value));
    }

    private Optional<BigDecimal> number(String key, Node value) {
        boolean numeric = Tag.INT.equals(value.getTag()) || Tag.FLOAT.equals(value.getTag());
        if (numeric) {
            try {
                return Optional.of(new BigDecimal(((ScalarNode) value).getValue().replace("+", "")));
            } catch (NumberFormatException notDecimal) {
                // .inf, .nan, 0x1F: valid YAML numbers, but not something an author means as a dose
            }
        }
        problems.at(value, prefix() + "'" + key + "' must be a decimal number, found " + NodeDescription.of(value));
        return Optional.empty();
    }

    public Optional<Integer> requiredWholeNumber(String key, int min, int max) {
        return required(key).flatMap(value -> wholeNumber(key, value, min, max));
    }

    /** @param hint appended to the "missing" message, e.g. " (or 'total_items')" */
    public Optional<Integer> requiredWholeNumber(String key, int min, int max, String hint) {
        return required(key, hint).flatMap(value -> wholeNumber(key, value, min, max));
    }

    public Optional<Integer> optionalWholeNumber(String key, int min, int max) {
        return value(key).flatMap(value -> wholeNumber(key, value, min, max));
    }

    private Optional<Integer> wholeNumber(String key, Node value, int min, int max) {
        String expected = "'" + key + "' must be a whole number from " + min + " to " + max;
        if (!Tag.INT.equals(value.getTag())) {
            problems.at(value, prefix() + expected + ", found " + NodeDescription.of(value));
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(((ScalarNode) value).getValue().replace("+", ""));
        } catch (NumberFormatException notDecimal) {
            problems.at(value, prefix() + expected + ", written in decimal digits");
            return Optional.empty();
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.at(value, prefix() + expected + ", found " + number.toPlainString());
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    /**
     * An optional list of whole numbers, each from {@code min} to {@code max}, at most {@code maxValues} of them,
     * without repeats; every value at fault is reported at its own line.
     */
    public Optional<List<Integer>> optionalWholeNumberList(String key, int min, int max, int maxValues) {
        Optional<SequenceNode> list = optionalList(key);
        if (list.isEmpty() || list.get().getValue().size() > maxValues) {
            list.ifPresent(tooLong -> problems.at(tooLong, prefix() + "'" + key + "' may hold at most " + maxValues
                    + " values, found " + tooLong.getValue().size()));
            return Optional.empty();
        }
        int before = problems.count();
        List<Integer> values = new java.util.ArrayList<>();
        for (Node node : list.get().getValue()) {
            wholeNumber(key, node, min, max).ifPresent(value -> {
                if (values.contains(value)) {
                    problems.at(node, prefix() + "'" + key + "' lists " + value + " twice");
                } else {
                    values.add(value);
                }
            });
        }
        return problems.count() == before ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    public Optional<Boolean> requiredBoolean(String key) {
        return required(key).flatMap(value -> bool(key, value));
    }

    public Optional<Boolean> optionalBoolean(String key) {
        return value(key).flatMap(value -> bool(key, value));
    }

    private Optional<Boolean> bool(String key, Node value) {
        if (Tag.BOOL.equals(value.getTag())) {
            String text = ((ScalarNode) value).getValue().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(Boolean.parseBoolean(text));
        }
        problems.at(value, prefix() + "'" + key + "' must be true or false, found " + NodeDescription.of(value));
        return Optional.empty();
    }

    public Optional<SequenceNode> requiredList(String key) {
        return required(key).flatMap(value -> list(key, value));
    }

    public Optional<SequenceNode> requiredList(String key, String hint) {
        return required(key, hint).flatMap(value -> list(key, value));
    }

    public Optional<SequenceNode> optionalList(String key) {
        return value(key).flatMap(value -> list(key, value));
    }

    private Optional<SequenceNode> list(String key, Node value) {
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        problems.at(value, prefix() + "'" + key + "' must be a list, found " + NodeDescription.of(value));
        return Optional.empty();
    }

    public Optional<MappingReader> requiredMapping(String key, String childContext) {
        return required(key).flatMap(value -> of(value, childContext, problems));
    }

    public Optional<MappingReader> optionalMapping(String key, String childContext) {
        return value(key).flatMap(value -> of(value, childContext, problems));
    }
}

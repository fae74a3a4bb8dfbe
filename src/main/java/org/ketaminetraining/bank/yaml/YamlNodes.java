package org.ketaminetraining.bank.yaml;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds YAML node trees in the house layout (keys in the order given, multi-line text as literal blocks, short
 * lists of ids in flow style) and prints them. The emitter quotes any text that would otherwise read back as a
 * number or boolean, so "5" stays text.
 */
final class YamlNodes {
    private static final int WIDE = 10_000;

    private YamlNodes() {
    }

    /** Collects the entries of a mapping in the order they are added; absent optionals are skipped. */
    static final class MapBuilder {
        private final List<NodeTuple> entries = new ArrayList<>();

        MapBuilder put(String key, Node value) {
            entries.add(new NodeTuple(plain(key), value));
            return this;
        }

        MapBuilder text(String key, String value) {
            return put(key, YamlNodes.text(value));
        }

        MapBuilder optionalText(String key, Optional<String> value) {
            value.ifPresent(v -> text(key, v));
            return this;
        }

        MapBuilder number(String key, BigDecimal value) {
            return put(key, YamlNodes.number(value));
        }

        MapBuilder number(String key, double value) {
            return put(key, YamlNodes.number(BigDecimal.valueOf(value)));
        }

        MapBuilder integer(String key, int value) {
            return put(key, new ScalarNode(Tag.INT, Integer.toString(value), ScalarStyle.PLAIN));
        }

        MapBuilder bool(String key, boolean value) {
            return put(key, new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN));
        }

        MapBuilder idList(String key, List<String> ids) {
            List<Node> items = ids.stream().<Node>map(YamlNodes::text).toList();
            return put(key, new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW));
        }

        /** Whole numbers in flow style ({@code [30, 14, 7]}). */
        MapBuilder integerList(String key, List<Integer> values) {
            List<Node> items = values.stream().<Node>map(
                    value -> new ScalarNode(Tag.INT, Integer.toString(value), ScalarStyle.PLAIN)).toList();
            return put(key, new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW));
        }

        MappingNode build() {
            return new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK);
        }
    }

    static MapBuilder map() {
        return new MapBuilder();
    }

    static SequenceNode list(List<? extends Node> items) {
        return new SequenceNode(Tag.SEQ, List.copyOf(items), FlowStyle.BLOCK);
    }

    /** Multi-line text as a literal block ending in a line break ({@code |}), anything else plain. */
    static ScalarNode text(String value) {
        if (value.contains("\n")) {
            return new ScalarNode(Tag.STR, value.endsWith("\n") ? value : value + "\n", ScalarStyle.LITERAL);
        }
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    static ScalarNode number(BigDecimal value) {
        Tag tag = value.scale() > 0 ? Tag.FLOAT : Tag.INT;
        return new ScalarNode(tag, value.toPlainString(), ScalarStyle.PLAIN);
    }

    private static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    /**
     * Built once: a schema compiles its scalar-resolution patterns when created, which cost more than writing a
     * question. The settings are immutable and the resolver only read, so one instance serves every thread.
     */
    private static final DumpSettings DUMP_SETTINGS = DumpSettings.builder()
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(WIDE)
            .setSplitLines(false)
            .setSchema(SharedCoreSchema.INSTANCE)
            .build();

    /**
     * Prints a document on one line in flow style: every text double-quoted (control characters and the like
     * escaped), numbers and booleans plain. The result is JSON, which YAML 1.2 reads into the same
     * tree as the block layout of {@link #print}. It is for text no person edits (a stored revision): the emitter
     * analyses every scalar to choose a layout, and for a large import that costs more than the rest of the writing.
     */
    static String printFlow(Node root) {
        StringBuilder out = new StringBuilder(2048);
        appendFlow(out, root);
        return out.append('\n').toString();
    }

    private static void appendFlow(StringBuilder out, Node node) {
        if (node instanceof MappingNode mapping) {
            out.append('{');
            String separator = "";
            for (NodeTuple entry : mapping.getValue()) {
                out.append(separator);
                appendFlow(out, entry.getKeyNode());
                out.append(": ");
                appendFlow(out, entry.getValueNode());
                separator = ", ";
            }
            out.append('}');
        } else if (node instanceof SequenceNode sequence) {
            out.append('[');
            String separator = "";
            for (Node item : sequence.getValue()) {
                out.append(separator);
                appendFlow(out, item);
                separator = ", ";
            }
            out.append(']');
        } else {
            ScalarNode scalar = (ScalarNode) node;
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)) {
                out.append(scalar.getValue());
            } else {
                appendQuoted(out, scalar.getValue());
            }
        }
    }

    /**
     * A double-quoted scalar whose escapes mean the same in JSON and YAML 1.2. Only what either format cannot hold
     * as it is gets escaped: C0 and C1 controls and DEL (YAML's non-printables), line and paragraph separators,
     * the byte-order mark, non-characters and lone surrogates. Other text stays as it is, so Greek or Chinese does
     * not grow sixfold in a column with a length limit.
     */
    private static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (needsEscape(c)) {
                // JSON has only \\uXXXX (a lone surrogate too); YAML reads each such escape as that one char.
                out.append("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.append(HEX[(c >> shift) & 0xF]);
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }

    /** Prints a document, preceded by a comment line such as the yaml-language-server schema hint. */
    static String print(String headerComment, Node root) {
        DumpSettings settings = DUMP_SETTINGS;
        StringWriter out = new StringWriter();
        out.write(headerComment);
        out.write("\n");
        new Dump(settings).dumpNode(root, new StreamDataWriter() {
            @Override
            public void write(String text) {
                out.write(text);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.write(text, offset, length);
            }
        });
        return out.toString();
    }
}

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

package org.ketaminetraining.bank.yaml;

import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The {@code format} key every bank file starts with; only version 1 exists. */
final class FormatVersion {
    static final int CURRENT = 1;

    private FormatVersion() {
    }

    static void check(MappingReader root) {
        root.required("format").ifPresent(node -> {
            boolean current = node instanceof ScalarNode scalar && Tag.INT.equals(node.getTag())
                    && scalar.getValue().equals(Integer.toString(CURRENT));
            if (!current) {
                root.reportValue("format", "'format' must be " + CURRENT + " (the only version of the bank format),"
                        + " found " + NodeDescription.of(node));
            }
        });
    }
}

package org.ketaminetraining.bank.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The author's estimate of how hard a question is; optional in the files. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> fromYamlName(String name) {
        return Arrays.stream(values()).filter(d -> d.yamlName().equals(name)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Difficulty::yamlName).toList();
    }
}

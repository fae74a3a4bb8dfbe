package org.ketaminetraining.bank.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seven kinds of question the bank format knows, with the name each has in the YAML files. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_RESPONSE("multiple_response"),
    TRUE_FALSE("true_false"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    MATCHING("matching"),
    SHORT_TEXT("short_text");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The value of the {@code type} key in a module file. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<QuestionType> fromYamlName(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(name)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(QuestionType::yamlName).toList();
    }
}

package org.ketaminetraining.config;

import java.util.List;

/** Settings that make no sense; the message names every variable at fault and what it should be. */
public class InvalidSettingsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidSettingsException(List<String> problems) {
        super("The server's settings are not usable (environment variables or server-config/server.xml):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the variable's name. */
    public List<String> problems() {
        return problems;
    }
}

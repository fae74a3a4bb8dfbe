package org.ketaminetraining.bank.validation;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong in a bank, where it is and what to do about it in plain words. */
public record Problem(SourceLocation location, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::location).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(new SourceLocation(file, line, column), message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column: message}, the form compilers use, so editors turn it into a link. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}

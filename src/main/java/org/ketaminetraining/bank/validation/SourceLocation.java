package org.ketaminetraining.bank.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a bank file, with 1-based line and column as editors count them. Line 0 means the file as a whole
 * (for example a file that is missing).
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public boolean isWholeFile() {
        return line == 0;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, or just {@code file} for a whole-file location. */
    @Override
    public String toString() {
        return isWholeFile() ? file : file + ":" + line + ":" + column;
    }
}

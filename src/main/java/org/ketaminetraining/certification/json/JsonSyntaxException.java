package org.ketaminetraining.certification.json;

/**
 * A text refused by {@link JsonReader}, with where: line and column count from 1, columns in UTF-16 characters.
 * An {@link IllegalArgumentException}, because the text is the caller's argument; callers with their own exception
 * (the certificate reader's {@code CertificateFormatException}) build their message from {@link #line()},
 * {@link #column()} and {@link #reason()}.
 */
public final class JsonSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    JsonSyntaxException(int line, int column, String reason) {
        super("JSON line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The line of the refused place, from 1. */
    public int line() {
        return line;
    }

    /** The column of the refused place in its line, from 1. */
    public int column() {
        return column;
    }

    /** What is wrong there, without the place. */
    public String reason() {
        return reason;
    }
}

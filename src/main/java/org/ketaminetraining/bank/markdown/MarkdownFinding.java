package org.ketaminetraining.bank.markdown;

/**
 * Something unsafe in a piece of Markdown, with its 0-based line and column inside that text so the caller can
 * translate it into a place in the file the text came from.
 */
public record MarkdownFinding(int line, int column, String message) {
}

package org.ketaminetraining.bank.interchange.gift;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.interchange.MarkdownEscape;

/**
 * GIFT's text-format markers ({@code [html]}, {@code [moodle]}, {@code [plain]}, {@code [markdown]}) at the start of
 * a text. Moodle reads unmarked question text as its auto-format, and every other text of a question in the
 * question text's format; the bank stores Markdown, so plain and auto-format text is escaped to stay literal.
 */
final class GiftFormat {
    static final String MOODLE = "moodle";
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    private GiftFormat() {
    }

    /** The format the text is marked with, or {@code otherwise}. */
    static String formatOf(String text, String otherwise) {
        Matcher marker = MARKER.matcher(text);
        return marker.find() ? marker.group(1) : otherwise;
    }

    /** The text without its marker, for texts that are not Markdown here (typed answers, matching answers). */
    static String withoutMarker(String text) {
        Matcher marker = MARKER.matcher(text);
        return marker.find() ? text.substring(marker.end()).strip() : text;
    }

    static String markdown(String text, String defaultFormat, String what, List<Note> notes, int line) {
        String format = formatOf(text, defaultFormat);
        String body = withoutMarker(text);
        return switch (format) {
            case "markdown" -> body;
            case "plain" -> MarkdownEscape.plain(body);
            case "html" -> {
                notes.add(new Note(line, what + " is HTML; it is imported as written, but the bank needs Markdown"
                        + " and rejects raw HTML"));
                yield body;
            }
            default -> {
                if (TAG.matcher(body).find()) {
                    notes.add(new Note(line, what + " contains HTML; it is imported as written, but the bank needs"
                            + " Markdown and rejects raw HTML"));
                    yield body;
                }
                yield MarkdownEscape.autoFormat(body);
            }
        };
    }
}

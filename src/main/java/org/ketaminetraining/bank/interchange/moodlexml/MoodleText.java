package org.ketaminetraining.bank.interchange.moodlexml;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketaminetraining.bank.interchange.ImportLog.Note;
import org.ketaminetraining.bank.interchange.MarkdownEscape;

/**
 * Turns a Moodle text element ({@code <x format="..."><text>...</text></x>}) into the bank's Markdown. Markdown is
 * kept as written; plain text and Moodle's auto-format are escaped so that {@code *}, {@code _} and {@code #} stay
 * literal instead of becoming emphasis or headings; HTML is kept as written and reported, because the bank rejects
 * raw HTML and a person has to rewrite it.
 */
final class MoodleText {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    static final String PLUGINFILE = "@@PLUGINFILE@@";

    private MoodleText() {
    }

    /**
     * @param defaultFormat the format Moodle assumes when the element has none (html for question text, the
     *     question text's format for the rest)
     * @param what names the text in a note ("the stem", "option 2")
     */
    static String markdown(Optional<XmlElement> element, String defaultFormat, String what, List<Note> notes) {
        if (element.isEmpty()) {
            return "";
        }
        String text = element.get().childText("text").orElse("").strip();
        String format = element.get().attribute("format").orElse(defaultFormat).strip();
        int line = element.get().line();
        for (XmlElement file : element.get().children("file")) {
            notes.add(new Note(file.line(), "embedded file '" + file.attribute("name").orElse("(unnamed)") + "' in "
                    + what + " dropped: the bank holds no files"));
        }
        if (text.contains(PLUGINFILE)) {
            notes.add(new Note(line, what + " refers to a file embedded in Moodle (" + PLUGINFILE + "), which the"
                    + " bank cannot hold; the reference is left in the text to be replaced"));
        }
        return switch (format) {
            case "markdown" -> text;
            case "plain_text" -> MarkdownEscape.plain(text);
            case "moodle_auto_format", "wiki_like" -> {
                if (TAG.matcher(text).find()) {
                    notes.add(new Note(line, what + " contains HTML; it is imported as written, but the bank needs"
                            + " Markdown and rejects raw HTML"));
                    yield text;
                }
                yield MarkdownEscape.autoFormat(text);
            }
            default -> {
                if (!text.isEmpty()) {
                    notes.add(new Note(line, what + " is HTML; it is imported as written, but the bank needs Markdown"
                            + " and rejects raw HTML"));
                }
                yield text;
            }
        };
    }
}

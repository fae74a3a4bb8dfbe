package org.ketaminetraining.bank.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file parser's messages reworded for a form, where each stands beside its field: without the words that place
 * it in a file ("question 'dose-003', option 2: "), without the file's key name in front, with types in words.
 */
final class FormMessages {
    private static final Pattern ITEM_CONTEXT = Pattern.compile("^, (?:option|pair|reference) \\d+");
    private static final int SHORTENED = 40;
    private static final Pattern KEY_FIRST = Pattern.compile("^'[a-z_]+' (?=must |is |contains |has |repeats )");
    private static final Pattern TYPE_FIRST = Pattern.compile(
            "^(single_choice|multiple_response|true_false|numeric|ordering|matching|short_text) needs ");

    private final String questionContext;

    /** @param id the question's id as the draft has it, which the parser's messages name */
    FormMessages(String id) {
        // The parser names a question by its id as written (cut to 40 characters), or by its place when it has none.
        String oneLine = id.strip().replaceAll("\\s+", " ");
        if (oneLine.isEmpty()) {
            questionContext = "question 1";
        } else {
            questionContext = "question '"
                    + (oneLine.length() <= SHORTENED ? oneLine : oneLine.substring(0, SHORTENED) + "...") + "'";
        }
    }

    /** The message without "question 'x': " or "question 'x', option 2: " in front. */
    String withoutContext(String message) {
        if (!message.startsWith(questionContext)) {
            return message;
        }
        String rest = message.substring(questionContext.length());
        Matcher item = ITEM_CONTEXT.matcher(rest);
        if (item.find()) {
            rest = rest.substring(item.end());
        }
        return rest.startsWith(": ") ? rest.substring(2) : message;
    }

    /**
     * The message as a sentence beside its field: "'tolerance' must be ..." becomes "Must be ...", "single_choice
     * needs" becomes "A single-choice question needs", with a capital first letter and a full stop.
     */
    static String sentence(String message) {
        String text = KEY_FIRST.matcher(message).replaceFirst("");
        Matcher type = TYPE_FIRST.matcher(text);
        if (type.find()) {
            String words = type.group(1).replace('_', '-');
            text = (words.startsWith("o") ? "An " : "A ") + words + " question" + text.substring(type.end(1));
        }
        if (!text.isEmpty()) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
    }
}

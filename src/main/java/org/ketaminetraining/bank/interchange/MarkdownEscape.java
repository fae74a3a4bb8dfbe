package org.ketaminetraining.bank.interchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text that Moodle shows literally (plain text, and its auto-format) so that the bank's Markdown shows it
 * the same way: {@code 2*3*4} stays "2*3*4" rather than becoming italics, {@code #1} stays a number rather than a
 * heading. Backslash escapes of ASCII punctuation are plain CommonMark, so nothing else is needed to read them.
 */
public final class MarkdownEscape {
    private static final String PLAIN_SPECIALS = "\\`*_#[]<>|~&!";
    /** Moodle's auto-format lets HTML through, so the characters of tags and entities are left alone. */
    private static final String AUTO_FORMAT_SPECIALS = "\\`*_#[]|~!";
    private static final Pattern LINE_START_MARKER = Pattern.compile("(?m)^(\\s*)([-+=]|\\d+(?=[.)]))");

    private MarkdownEscape() {
    }

    public static String plain(String text) {
        return escape(text, PLAIN_SPECIALS);
    }

    public static String autoFormat(String text) {
        return escape(text, AUTO_FORMAT_SPECIALS);
    }

    private static String escape(String text, String specials) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // a line starting "- ", "+ ", "1. " or "=" would become a list or a heading underline
        Matcher marker = LINE_START_MARKER.matcher(out);
        StringBuilder result = new StringBuilder();
        while (marker.find()) {
            String found = marker.group(2);
            String escaped = Character.isDigit(found.charAt(0)) ? found : "\\" + found;
            marker.appendReplacement(result, Matcher.quoteReplacement(marker.group(1) + escaped));
            if (Character.isDigit(found.charAt(0))) {
                // the "." or ")" after the number is what makes the list
                result.append('\\');
            }
        }
        marker.appendTail(result);
        return result.toString();
    }
}

package org.ketaminetraining.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the violations out of a browser's report body, in either format browsers send: {@code application/csp-report}
 * (<code>{"csp-report": {"document-uri": ..., "violated-directive": ..., "blocked-uri": ...}}</code>, sent for
 * {@code report-uri}) and {@code application/reports+json} (an array of <code>{"type": "csp-violation", "body":
 * {"documentURL": ..., "effectiveDirective": ..., "blockedURL": ...}}</code>, the Reporting API's).
 *
 * <p>The body is already bounded by the caller; it is read as a stream of events, never built into a tree, and
 * refused beyond {@value #MAX_DEPTH} levels of nesting (a report has three), so no shape of input can make the
 * parser recurse or allocate beyond the body's size. Each report object yields one summary line with every value
 * cut to {@value #MAX_VALUE} characters and every control character replaced, so a report cannot forge log lines.
 */
final class CspReports {

    static final int MAX_DEPTH = 6;
    static final int MAX_VALUE = 200;
    /** Browsers batch a few reports at most; more in one body are counted, not each logged. */
    static final int MAX_LOGGED = 10;

    /** The fields a summary names, under each format's name for them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("document-uri", "page"),
            Map.entry("documentURL", "page"), Map.entry("violated-directive", "directive"),
            Map.entry("effective-directive", "directive"), Map.entry("effectiveDirective", "directive"),
            Map.entry("blocked-uri", "blocked"), Map.entry("blockedURL", "blocked"),
            Map.entry("source-file", "source"), Map.entry("sourceFile", "source"),
            Map.entry("line-number", "line"), Map.entry("lineNumber", "line"));
    private static final List<String> ORDER = List.of("directive", "blocked", "page", "source", "line");

    private CspReports() {
    }

    /** A body that is not a report; the message says why, without repeating the body. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One line per violation in {@code body}: "directive 'script-src-elem', blocked 'inline', page '...'".
     *
     * @throws Malformed when the body is not JSON, is nested too deeply, or names no violation
     */
    static List<String> summaries(byte[] body) throws Malformed {
        List<String> lines = new ArrayList<>();
        Deque<Map<String, String>> objects = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (objects.size() >= MAX_DEPTH) {
                            throw new Malformed("A violation report is nested at most " + MAX_DEPTH + " levels deep.");
                        }
                        objects.push(new HashMap<>());
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Map<String, String> closed = objects.pop();
                        if (!closed.isEmpty()) {
                            lines.add(summary(closed));
                        }
                    }
                    case KEY_NAME -> key = parser.getString();
                    case VALUE_STRING, VALUE_NUMBER -> {
                        if (key != null && FIELDS.containsKey(key) && !objects.isEmpty()) {
                            objects.peek().putIfAbsent(FIELDS.get(key), clean(parser.getString()));
                        }
                        key = null;
                    }
                    default -> key = null;
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new Malformed("A violation report is JSON as browsers send it; this body is not.");
        }
        if (lines.isEmpty()) {
            throw new Malformed("The body names no Content-Security-Policy violation.");
        }
        return lines;
    }

    private static String summary(Map<String, String> fields) {
        StringBuilder line = new StringBuilder();
        for (String name : ORDER) {
            Optional.ofNullable(fields.get(name)).ifPresent(value -> line.append(line.isEmpty() ? "" : ", ")
                    .append(name).append(" '").append(value).append('\''));
        }
        return line.toString();
    }

    /** At most {@value #MAX_VALUE} characters, with control and format characters (line breaks, U+202E) as '?'. */
    static String clean(String value) {
        String cut = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "..." : value;
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE || type == Character.UNASSIGNED;
            clean.appendCodePoint(invisible || c == '\'' ? '?' : c);
        });
        return clean.toString();
    }
}

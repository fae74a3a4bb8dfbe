package org.ketaminetraining.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records, remembering the line each record starts on so that every message can
 * say where the problem is. Quoted fields may contain commas, doubled quotes and line breaks.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** One record: its first line number (1-based) and its fields. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** Thrown for text that is not CSV at all (an unterminated quote). */
    static final class MalformedCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    static List<CsvRecord> parse(String text) throws MalformedCsvException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordLine = 1;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(recordLine, "a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            addUnlessBlank(records, recordLine, fields);
        }
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }
}

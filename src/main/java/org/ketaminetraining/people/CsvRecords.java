package org.ketaminetraining.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits RFC 4180 CSV text into records with Apache Commons CSV, remembering the line each record starts on so
 * that every message can say where the problem is. Quoted fields may contain commas, doubled quotes and line
 * breaks; empty lines and lines of only white space are skipped (but counted); a leading byte order mark is
 * dropped.
 *
 * <p>Commons CSV rather than FastCSV, which would give each record's line directly: FastCSV 4.0.0 reads a quote
 * that is never closed to the end of the text without complaint (measured: {@code a,"TRAINEE} then a line break
 * reads as the field {@code TRAINEE} and a line break), so a damaged file could import; Commons CSV refuses it.
 * Commons CSV counts records in characters, so the line is worked out here from the record's character position.
 */
final class CsvRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRecords() {
    }

    /** One record: its first line number (1-based) and its fields. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** Thrown for text that is not CSV at all (an unclosed quote, text after a closing quote). */
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
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Lines lines = new Lines(body);
        List<CsvRecord> records = new ArrayList<>();
        long lastLineRead = 0;
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (fields.size() != 1 || !fields.get(0).isBlank()) {
                    records.add(new CsvRecord(lines.lineOf(record.getCharacterPosition()), List.copyOf(fields)));
                }
                lastLineRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV says what went wrong only in its message; the place is the record after the last one
            // read, which starts on the first non-empty line after it.
            throw new MalformedCsvException(lines.firstNonEmptyAfter(lastLineRead), "a quoted field is not closed,"
                    + " or has text after its closing quote (a quote inside a quoted field is written twice: \"\")");
        }
        return records;
    }

    /** Line numbers of character positions, for line breaks CR LF, LF or CR, as Commons CSV counts them. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        /** The line (from 1) holding the character at {@code position}. */
        int lineOf(long position) {
            int found = Collections.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }

        /** The first line after line {@code line} that is not empty, or the line after it if all are. */
        int firstNonEmptyAfter(long line) {
            for (int index = (int) line; index < starts.size(); index++) {
                int start = starts.get(index);
                if (start < text.length() && text.charAt(start) != '\n' && text.charAt(start) != '\r') {
                    return index + 1;
                }
            }
            return (int) line + 1;
        }
    }
}

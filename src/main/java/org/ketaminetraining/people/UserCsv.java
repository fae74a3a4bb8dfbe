package org.ketaminetraining.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user import file: a header {@code username,display_name,email,department,roles}, optionally followed by
 * {@code start_date} (the person's start, as yyyy-mm-dd, for assignments due after it; files without the column
 * stay valid), then one person a line. Several departments or roles in one cell are separated by semicolons. Every line is checked and every problem
 * is reported with its line number; a file with any problem is not applied at all.
 */
public final class UserCsv {

    /** The header the file must start with. */
    public static final List<String> HEADER = List.of("username", "display_name", "email", "department", "roles");
    /** The header with the optional start date column. */
    public static final List<String> HEADER_WITH_START_DATE = List.of("username", "display_name", "email",
            "department", "roles", "start_date");
    /** Start dates an organisation may plausibly have: bounded, so a mistyped year is caught. */
    static final LocalDate EARLIEST_START = AccountRules.EARLIEST_START;
    static final LocalDate LATEST_START = AccountRules.LATEST_START;
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    public static final int MAX_DISPLAY_NAME = DisplayName.MAX_LENGTH;
    public static final int MAX_EMAIL = 254;
    /** Refuse absurd uploads before parsing them. */
    public static final int MAX_LINES = 10_000;

    private UserCsv() {
    }

    /** One valid line of the file. */
    public record Row(int line, String username, String displayName, String email, Set<String> departmentCodes,
            Set<Role> roles, Optional<LocalDate> startDate) {

        public Row {
            java.util.Objects.requireNonNull(startDate, "startDate");
        }

        /** A line without a start date (the column absent or empty: an existing start date stays). */
        public Row(int line, String username, String displayName, String email, Set<String> departmentCodes,
                Set<Role> roles) {
            this(line, username, displayName, email, departmentCodes, roles, Optional.empty());
        }
    }

    /** A problem and the line it is on (0 when it concerns the whole file). */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }

    /** The valid rows and the problems; the file may be applied only when there are no problems. */
    public record Parsed(List<Row> rows, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the file.
     *
     * @param text the whole file
     * @param knownDepartmentCodes the department codes that exist
     */
    public static Parsed parse(String text, Set<String> knownDepartmentCodes) {
        List<Problem> problems = new ArrayList<>();
        List<CsvRecords.CsvRecord> records;
        try {
            records = CsvRecords.parse(text == null ? "" : text);
        } catch (CsvRecords.MalformedCsvException e) {
            return new Parsed(List.of(), List.of(new Problem(e.line(), e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(0, "The file is empty; it needs the header "
                    + String.join(",", HEADER) + " and one line per person.")));
        }
        if (records.size() > MAX_LINES + 1) {
            return new Parsed(List.of(), List.of(new Problem(0, "The file has " + (records.size() - 1)
                    + " people; at most " + MAX_LINES + " can be imported at once.")));
        }
        CsvRecords.CsvRecord header = records.get(0);
        List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(HEADER) && !names.equals(HEADER_WITH_START_DATE)) {
            problems.add(new Problem(header.line(), "the header must be exactly " + String.join(",", HEADER)
                    + " (optionally followed by ,start_date) but is " + String.join(",", header.fields())));
            return new Parsed(List.of(), problems);
        }
        int columns = names.size();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            Row row = readRow(record, columns, knownDepartmentCodes, problems);
            if (row == null) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(row.username(), row.line());
            if (earlier != null) {
                problems.add(new Problem(row.line(), "username '" + row.username() + "' already appears on line "
                        + earlier));
                continue;
            }
            rows.add(row);
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    private static Row readRow(CsvRecords.CsvRecord record, int columns, Set<String> knownDepartments,
            List<Problem> problems) {
        int line = record.line();
        List<String> f = record.fields();
        List<String> header = columns == HEADER.size() ? HEADER : HEADER_WITH_START_DATE;
        if (f.size() != columns) {
            problems.add(new Problem(line, "expected " + columns + " columns (" + String.join(",", header)
                    + ") but found " + f.size()));
            return null;
        }
        int before = problems.size();
        String username = f.get(0).strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem(line, "username '" + f.get(0).strip() + "' must be 2 to 64 characters of "
                    + "a-z, 0-9, dot, dash or underscore, starting with a letter or digit"));
        }
        String displayName = f.get(1).strip();
        if (displayName.isEmpty()) {
            problems.add(new Problem(line, "display_name is empty"));
        } else {
            DisplayName.problem(displayName).ifPresent(problem -> problems.add(new Problem(line,
                    "display_name: " + problem)));
        }
        String email = f.get(2).strip();
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem(line, "email '" + email + "' is not an email address"));
        }
        Set<String> departments = new LinkedHashSet<>();
        for (String code : split(f.get(3))) {
            if (knownDepartments.contains(code)) {
                departments.add(code);
            } else {
                problems.add(new Problem(line, "department '" + code + "' does not exist; create it under "
                        + "Departments first"));
            }
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : split(f.get(4))) {
            Role.parse(name).ifPresentOrElse(roles::add, () -> problems.add(new Problem(line, "role '" + name
                    + "' is unknown; use " + Arrays.toString(Role.values()))));
        }
        if (split(f.get(4)).isEmpty()) {
            problems.add(new Problem(line, "roles is empty; give at least one of " + Arrays.toString(Role.values())));
        }
        Optional<LocalDate> startDate = columns > HEADER.size() ? startDate(f.get(5).strip(), line, problems)
                : Optional.empty();
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, username, displayName, email.isEmpty() ? null : email, Set.copyOf(departments),
                Set.copyOf(roles), startDate);
    }

    /** An empty cell is no start date; anything else must be a plausible yyyy-mm-dd date. */
    private static Optional<LocalDate> startDate(String cell, int line, List<Problem> problems) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = cell.length() == 10 ? LocalDate.parse(cell) : null;
            if (date != null && !date.isBefore(EARLIEST_START) && !date.isAfter(LATEST_START)) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        problems.add(new Problem(line, "start_date '" + (cell.length() > 20 ? cell.substring(0, 20) + "..." : cell)
                + "' must be a date as yyyy-mm-dd between " + EARLIEST_START + " and " + LATEST_START));
        return Optional.empty();
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

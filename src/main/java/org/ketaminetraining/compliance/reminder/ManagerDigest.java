package org.ketaminetraining.compliance.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ketaminetraining.compliance.DueState;

/**
 * What a manager's weekly digest says about each department they manage: certificates issued in the last 7 days,
 * due dates in the next 30, who is overdue, and certificates expiring in the next 30 days. Every department they
 * manage appears, an empty one too ("nothing to report" is news as well). Each list names at most
 * {@link #MAX_LINES} people and counts the rest, so a large ward's digest stays a mail, not a report.
 */
public final class ManagerDigest {

    public static final int WINDOW_DAYS = 30;
    public static final int COMPLETED_DAYS = 7;
    public static final int MAX_LINES = 50;

    private ManagerDigest() {
    }

    /** One person in one programme, as seen from one of their departments. */
    public record Entry(String departmentCode, String departmentName, String personName, ProgrammeFacts facts) {
        public Entry {
            Objects.requireNonNull(departmentCode, "departmentCode");
            Objects.requireNonNull(departmentName, "departmentName");
            Objects.requireNonNull(personName, "personName");
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** One name in a list: who, which programme, and the date that put them there. */
    public record Line(String personName, String programmeTitle, LocalDate date) {
    }

    /** Up to {@link #MAX_LINES} lines, soonest (or most recent, for completions) first, and how many in all. */
    public record Section(List<Line> lines, int total) {
        public Section {
            lines = List.copyOf(lines);
        }

        public boolean isEmpty() {
            return total == 0;
        }
    }

    public record Department(String code, String name, Section completed, Section dueSoon, Section overdue,
            Section expiring) {

        public boolean isQuiet() {
            return completed.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty() && expiring.isEmpty();
        }
    }

    /**
     * @param managed the departments the manager manages, code to name
     * @param entries people and programmes of those departments (others are ignored)
     */
    public static List<Department> of(LocalDate today, Map<String, String> managed, Collection<Entry> entries) {
        return of(today, managed, entries, MAX_LINES);
    }

    /** As {@link #of(LocalDate, Map, Collection)}, naming at most {@code maxLines} people a list (0: counts only). */
    public static List<Department> of(LocalDate today, Map<String, String> managed, Collection<Entry> entries,
            int maxLines) {
        Map<String, List<Entry>> byDepartment = new LinkedHashMap<>();
        managed.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(department -> byDepartment.put(department.getKey(), new ArrayList<>()));
        for (Entry entry : entries) {
            List<Entry> list = byDepartment.get(entry.departmentCode());
            if (list != null) {
                list.add(entry);
            }
        }
        List<Department> departments = new ArrayList<>();
        byDepartment.forEach((code, list) -> departments.add(new Department(code, managed.get(code),
                section(list, e -> completedOn(today, e), Comparator.reverseOrder(), maxLines),
                section(list, e -> dueWithinWindow(today, e), Comparator.naturalOrder(), maxLines),
                section(list, ManagerDigest::overdueSince, Comparator.naturalOrder(), maxLines),
                section(list, e -> expiringOn(today, e), Comparator.naturalOrder(), maxLines))));
        return List.copyOf(departments);
    }

    private static LocalDate completedOn(LocalDate today, Entry entry) {
        return entry.facts().issuedOn().filter(issued -> !issued.isAfter(today)
                && issued.isAfter(today.minusDays(COMPLETED_DAYS))).orElse(null);
    }

    private static LocalDate dueWithinWindow(LocalDate today, Entry entry) {
        DueState state = entry.facts().due().state();
        if (state != DueState.DUE && state != DueState.DUE_SOON) {
            return null;
        }
        return entry.facts().due().dueOn().filter(due -> !due.isAfter(today.plusDays(WINDOW_DAYS))).orElse(null);
    }

    private static LocalDate overdueSince(Entry entry) {
        return entry.facts().due().state() == DueState.OVERDUE ? entry.facts().due().dueOn().orElse(null) : null;
    }

    private static LocalDate expiringOn(LocalDate today, Entry entry) {
        if (!entry.facts().certificateInForce()) {
            return null;
        }
        return entry.facts().expiresOn().filter(expiry -> expiry.isAfter(today)
                && !expiry.isAfter(today.plusDays(WINDOW_DAYS))).orElse(null);
    }

    private static Section section(List<Entry> entries, Function<Entry, LocalDate> dateOf,
            Comparator<LocalDate> order, int maxLines) {
        List<Line> lines = new ArrayList<>();
        for (Entry entry : entries) {
            LocalDate date = dateOf.apply(entry);
            if (date != null) {
                lines.add(new Line(entry.personName(), entry.facts().programmeTitle(), date));
            }
        }
        lines.sort(Comparator.comparing(Line::date, order).thenComparing(Line::personName)
                .thenComparing(Line::programmeTitle));
        return new Section(lines.subList(0, Math.min(maxLines, lines.size())), lines.size());
    }
}

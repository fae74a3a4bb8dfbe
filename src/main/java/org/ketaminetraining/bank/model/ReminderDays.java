package org.ketaminetraining.bank.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How many days before a due date, and before a certificate's expiry, a programme's learners are reminded
 * (curriculum.yaml's {@code reminders}). Kept longest first, without repeats, so "the most urgent reminder reached"
 * is the last one at or before today.
 *
 * @param beforeDue    days before an assignment's due date
 * @param beforeExpiry days before the latest certificate expires
 */
public record ReminderDays(List<Integer> beforeDue, List<Integer> beforeExpiry) {

    /** At most this many values in each list, each between 1 and {@link #MAX_DAYS}. */
    public static final int MAX_VALUES = 10;
    public static final int MAX_DAYS = 365;
    public static final ReminderDays DEFAULTS = new ReminderDays(List.of(30, 14, 7), List.of(90, 60, 30));

    public ReminderDays {
        beforeDue = checked(beforeDue, "beforeDue");
        beforeExpiry = checked(beforeExpiry, "beforeExpiry");
    }

    private static List<Integer> checked(List<Integer> days, String what) {
        Objects.requireNonNull(days, what);
        if (days.size() > MAX_VALUES || days.stream().anyMatch(d -> d == null || d < 1 || d > MAX_DAYS)) {
            throw new IllegalArgumentException(what + " needs at most " + MAX_VALUES + " values of 1 to " + MAX_DAYS
                    + " days, was " + days);
        }
        return days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }
}

package org.ketaminetraining.compliance.service;

import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.compliance.DueSchedule;
import org.ketaminetraining.people.ValidationException;

/**
 * A schedule from a form's or an import's fields, refused with a message naming the field at fault. The fields
 * are {@code scheduleKind}, {@code date}, {@code days} and {@code anchor}.
 */
public final class ScheduleInput {

    /** Fixed dates an organisation may plausibly set: bounded, so a typo of a year is caught. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The kinds as the form offers them. */
    public enum Kind {
        FIXED_DATE, YEARLY, AFTER_START, ROLLING
    }

    private ScheduleInput() {
    }

    public static DueSchedule schedule(Kind kind, Optional<LocalDate> date, Optional<Integer> days,
            Optional<DueSchedule.Anchor> anchor) {
        if (kind == null) {
            throw ValidationException.of("scheduleKind", "Choose how the due date is set.");
        }
        switch (kind) {
            case FIXED_DATE, YEARLY -> {
                LocalDate day = date.orElseThrow(() -> ValidationException.of("date", "Enter the due date."));
                if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                    throw ValidationException.of("date", "Enter a date from " + EARLIEST + " to " + LATEST + ".");
                }
                return new DueSchedule.FixedDate(day, kind == Kind.YEARLY);
            }
            case AFTER_START -> {
                return new DueSchedule.AfterStart(days(days));
            }
            default -> {
                DueSchedule.Anchor from = anchor.orElseThrow(() -> ValidationException.of("anchor",
                        "Choose whether to count from the certificate's expiry or its issue."));
                return new DueSchedule.Rolling(days(days), from);
            }
        }
    }

    private static int days(Optional<Integer> days) {
        int value = days.orElseThrow(() -> ValidationException.of("days", "Enter the number of days."));
        if (value < 0 || value > DueSchedule.MAX_DAYS) {
            throw ValidationException.of("days", "Enter 0 to " + DueSchedule.MAX_DAYS + " days.");
        }
        return value;
    }

    /** The schedule in words, as lists show it. */
    public static String inWords(DueSchedule schedule) {
        if (schedule instanceof DueSchedule.FixedDate fixed) {
            String day = fixed.date().getDayOfMonth() + " " + fixed.date().getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return fixed.yearly() ? "every year by " + day + " (from " + fixed.date().getYear() + ")"
                    : "by " + day + " " + fixed.date().getYear();
        }
        if (schedule instanceof DueSchedule.AfterStart after) {
            return after.days() + " days after the person's start date";
        }
        DueSchedule.Rolling rolling = (DueSchedule.Rolling) schedule;
        return rolling.days() + " days after the last certificate " + (rolling.anchor() == DueSchedule.Anchor.EXPIRY
                ? "expires" : "was issued");
    }
}

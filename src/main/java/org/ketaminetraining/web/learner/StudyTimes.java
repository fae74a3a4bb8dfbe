package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.wicket.Component;

/**
 * When something comes in study, as a trainee reads it: "today at 14:05", "tomorrow at 04:00" or "on Monday
 * 30 November at 04:00", by the calendar in the learner's own time zone. Texts are in this package's
 * {@code wicket-package.properties}.
 */
final class StudyTimes {

    /** The interface is in English; day and month names match it. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private StudyTimes() {
    }

    static String when(Component strings, Instant at, Instant now, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String key = local.toLocalDate().equals(today) ? "when.today"
                : local.toLocalDate().equals(today.plusDays(1)) ? "when.tomorrow" : "when.on";
        return new StringResourceModel(key, strings).setParameters(DAY.format(local), TIME.format(local)).getString();
    }

    /** The time of day only, for "your study day ends at 04:00". */
    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}

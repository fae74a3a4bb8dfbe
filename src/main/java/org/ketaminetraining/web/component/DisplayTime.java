package org.ketaminetraining.web.component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages print an instant: unambiguous, sortable, and marked with its zone so no reader guesses it. */
public final class DisplayTime {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DisplayTime() {
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** In a person's own time zone, for what concerns them (their reviews, when an item comes back). */
    public static String inZone(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}

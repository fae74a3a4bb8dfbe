package org.ketaminetraining.web.component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How pages print an instant: unambiguous, sortable, and marked with its zone so no reader guesses it. */
public final class DisplayTime {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DisplayTime() {
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** As people read it in lists, in the given zone: "7 Dec 2026, 14:05". */
    public static String readable(Instant instant, ZoneId zone) {
        return instant == null ? "" : READABLE.format(instant.atZone(zone));
    }

    /**
     * The instant for a {@code <time datetime>} attribute: UTC, to the millisecond (HTML allows at most three
     * digits of a second, and nobody needs the database's nanoseconds).
     */
    public static String machineReadable(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** In a person's own time zone, for what concerns them (their reviews, when an item comes back). */
    public static String inZone(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}

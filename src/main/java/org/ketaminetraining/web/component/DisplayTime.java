package org.ketaminetraining.web.component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages print an instant: unambiguous, sortable, and marked UTC so no reader guesses the zone. */
public final class DisplayTime {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private DisplayTime() {
    }

    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}

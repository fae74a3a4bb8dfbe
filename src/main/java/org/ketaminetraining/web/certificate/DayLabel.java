package org.ketaminetraining.web.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.basic.Label;

/**
 * A day written out in words ("27 November 2026", never 11/27 against 27/11) on a {@code <time>} element whose
 * {@code datetime} gives the ISO date to machines. An absent day shows the text given for it instead.
 */
class DayLabel extends Label {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final LocalDate day;

    DayLabel(String id, LocalDate day, String whenAbsent) {
        super(id, day == null ? whenAbsent : WORDS.format(day));
        this.day = day;
    }

    static String words(LocalDate day) {
        return WORDS.format(day);
    }

    @Override
    protected void onComponentTag(ComponentTag tag) {
        super.onComponentTag(tag);
        if (day != null) {
            tag.setName("time");
            tag.put("datetime", day.toString());
        }
    }
}

package org.ketaminetraining.web.component;

import java.time.LocalDate;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.basic.Label;
import org.ketaminetraining.certification.rules.CertificateDates;

/**
 * A certificate's day written out in words ("27 November 2026", never 11/27 against 27/11) by
 * {@link CertificateDates#inWords}, as the certificate prints it, on a {@code <time>} element whose
 * {@code datetime} gives the ISO date to machines. An absent day shows the text given for it instead.
 */
public class DayLabel extends Label {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;

    public DayLabel(String id, LocalDate day, String whenAbsent) {
        super(id, day == null ? whenAbsent : CertificateDates.inWords(day));
        this.day = day;
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

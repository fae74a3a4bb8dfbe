package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}). The type is always
 * {@code about:blank}: the status says what kind of problem it is, so the title is the status's own phrase, and
 * the detail says in words what to do about this occurrence. Absent members are left out.
 *
 * @param instance the path that was asked for, when it is short enough to repeat
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String ABOUT_BLANK = "about:blank";
}

package org.ketaminetraining.compliance.reminder;

import java.util.Objects;

/** A mail ready to send: its subject, a plain-text part and an HTML part saying the same (every value escaped). */
public record ComposedMail(String subject, String text, String html) {

    public ComposedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
